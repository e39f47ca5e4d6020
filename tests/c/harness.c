#define _POSIX_C_SOURCE 200809L

#include "harness.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

int checks_run = 0;
int checks_failed = 0;

void check_failed(const char *file, int line, const char *what) {
    checks_failed++;
    fprintf(stderr, "FAIL %s:%d: %s\n", file, line, what);
}

void check_status_at(const char *file, int line, vpncert_status got, vpncert_status want,
                     const vpncert_error *err) {
    checks_run++;
    if (got != want) {
        checks_failed++;
        fprintf(stderr, "FAIL %s:%d: status %s, want %s (code \"%s\", message \"%s\")\n", file,
                line, vpncert_status_name(got), vpncert_status_name(want), vpncert_error_code(err),
                vpncert_error_message(err));
    }
}

void check_str_at(const char *file, int line, const char *got, const char *want) {
    checks_run++;
    if (got == NULL || want == NULL || strcmp(got, want) != 0) {
        checks_failed++;
        fprintf(stderr, "FAIL %s:%d: got \"%s\", want \"%s\"\n", file, line,
                got ? got : "(NULL)", want ? want : "(NULL)");
    }
}

void check_contains_at(const char *file, int line, const char *got, const char *needle) {
    checks_run++;
    if (got == NULL || strstr(got, needle) == NULL) {
        checks_failed++;
        fprintf(stderr, "FAIL %s:%d: \"%s\" does not contain \"%s\"\n", file, line,
                got ? got : "(NULL)", needle);
    }
}

int finish(const char *suite) {
    printf("%s: %d passed, %d failed\n", suite, checks_run - checks_failed, checks_failed);
    return checks_failed == 0 ? 0 : 1;
}

static void sleep_ms(long ms) {
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    nanosleep(&ts, NULL);
}

static void dump_file(const char *path) {
    FILE *f = fopen(path, "r");
    char buf[512];
    if (f == NULL) return;
    while (fgets(buf, sizeof buf, f) != NULL) fprintf(stderr, "  | %s", buf);
    fclose(f);
}

static int temp_file(char *path, size_t size, const char *what) {
    int fd;
    snprintf(path, size, "/tmp/vpncert-c-%s-XXXXXX", what);
    fd = mkstemp(path);
    if (fd < 0) {
        perror("mkstemp");
        exit(2);
    }
    return fd;
}

void emu_start(emulator *e, const char *const *args) {
    const char *bin = getenv("VPNCERT_EMULATOR");
    char *argv[64];
    int argc = 0, out_fd, err_fd, i;
    posix_spawn_file_actions_t actions;
    long waited;

    if (bin == NULL || *bin == '\0') bin = "target/debug/vpncert-emulator";
    memset(e, 0, sizeof *e);
    out_fd = temp_file(e->out_path, sizeof e->out_path, "emu-out");
    err_fd = temp_file(e->err_path, sizeof e->err_path, "emu-err");

    argv[argc++] = (char *)bin;
    argv[argc++] = (char *)"--listen";
    argv[argc++] = (char *)"127.0.0.1:0";
    for (i = 0; args != NULL && args[i] != NULL && argc < 62; i++) argv[argc++] = (char *)args[i];
    argv[argc] = NULL;

    /* Output goes to files, not pipes: the emulator keeps writing after its first line, and a
     * pipe nobody reads would eventually block or break it. */
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out_fd, 1);
    posix_spawn_file_actions_adddup2(&actions, err_fd, 2);
    if (posix_spawn(&e->pid, bin, &actions, NULL, argv, environ) != 0) {
        fprintf(stderr, "cannot start %s: %s\n", bin, strerror(errno));
        exit(2);
    }
    posix_spawn_file_actions_destroy(&actions);
    close(out_fd);
    close(err_fd);

    for (waited = 0; waited < 30000; waited += 20) {
        FILE *f = fopen(e->out_path, "r");
        char line[256];
        if (f != NULL) {
            int got = fgets(line, sizeof line, f) != NULL && strchr(line, '\n') != NULL;
            fclose(f);
            if (got) {
                const char *prefix = "listening on ";
                char *nl = strchr(line, '\n');
                *nl = '\0';
                if (strncmp(line, prefix, strlen(prefix)) != 0) {
                    fprintf(stderr, "unexpected first line from the emulator: %s\n", line);
                    exit(2);
                }
                snprintf(e->url, sizeof e->url, "%s", line + strlen(prefix));
                return;
            }
        }
        if (waitpid(e->pid, NULL, WNOHANG) == e->pid) break;
        sleep_ms(20);
    }
    fprintf(stderr, "the emulator did not start; its stderr:\n");
    dump_file(e->err_path);
    exit(2);
}

void emu_stop(emulator *e) {
    if (e->pid > 0) {
        kill(e->pid, SIGTERM);
        waitpid(e->pid, NULL, 0);
        e->pid = 0;
    }
    unlink(e->out_path);
    unlink(e->err_path);
}

vpncert_client *test_client(const char *url, const char *region, const char *id,
                            const char *secret, uint32_t retries) {
    vpncert_client *c = NULL;
    vpncert_error *err = NULL;
    vpncert_client_builder *b = vpncert_client_builder_new(region);
    vpncert_status s;

    if (b == NULL) {
        fprintf(stderr, "vpncert_client_builder_new returned NULL\n");
        exit(2);
    }
    if (vpncert_client_builder_set_endpoint(b, url) != VPNCERT_OK ||
        vpncert_client_builder_set_access_key(b, id, secret, NULL) != VPNCERT_OK ||
        vpncert_client_builder_set_max_retries(b, retries) != VPNCERT_OK ||
        vpncert_client_builder_set_timeout_ms(b, 10000) != VPNCERT_OK) {
        fprintf(stderr, "a builder setter failed\n");
    }
    s = vpncert_client_build(b, &c, &err);
    if (s != VPNCERT_OK) {
        fprintf(stderr, "vpncert_client_build: %s: %s\n", vpncert_status_name(s),
                vpncert_error_message(err));
        vpncert_error_free(err);
        exit(2);
    }
    return c;
}
