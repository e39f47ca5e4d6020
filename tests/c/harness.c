#define _POSIX_C_SOURCE 200809L

#include "harness.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
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

void hostile_start(emulator *e, const char *mode) {
    const char *script = getenv("VPNCERT_HOSTILE_SERVER");
    const char *python = getenv("VPNCERT_PYTHON");
    char *argv[4];
    int out_fd, err_fd;
    posix_spawn_file_actions_t actions;
    long waited;

    if (script == NULL || *script == '\0') script = "tests/hostile/server.py";
    if (python == NULL || *python == '\0') python = "python3";
    if (access(script, R_OK) != 0) {
        fprintf(stderr, "cannot read the hostile server %s: %s\n", script, strerror(errno));
        exit(2);
    }
    memset(e, 0, sizeof *e);
    out_fd = temp_file(e->out_path, sizeof e->out_path, "hostile-out");
    err_fd = temp_file(e->err_path, sizeof e->err_path, "hostile-err");
    argv[0] = (char *)python;
    argv[1] = (char *)script;
    argv[2] = (char *)mode;
    argv[3] = NULL;

    /* Files, not pipes, as for the emulator. */
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out_fd, 1);
    posix_spawn_file_actions_adddup2(&actions, err_fd, 2);
    if (posix_spawnp(&e->pid, python, &actions, NULL, argv, environ) != 0) {
        fprintf(stderr, "cannot start %s %s: %s\n", python, script, strerror(errno));
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
                *strchr(line, '\n') = '\0';
                if (strncmp(line, prefix, strlen(prefix)) != 0) {
                    fprintf(stderr, "unexpected first line from the hostile server: %s\n", line);
                    exit(2);
                }
                snprintf(e->url, sizeof e->url, "%s", line + strlen(prefix));
                return;
            }
        }
        if (waitpid(e->pid, NULL, WNOHANG) == e->pid) {
            e->pid = 0;
            break;
        }
        sleep_ms(20);
    }
    fprintf(stderr, "the hostile server (%s) did not start; its stderr:\n", mode);
    dump_file(e->err_path);
    exit(2);
}

/* The port of an "http://127.0.0.1:PORT" URL. */
static int url_port(const char *url) {
    const char *colon = strrchr(url, ':');
    int port = colon != NULL ? atoi(colon + 1) : 0;
    if (strncmp(url, "http://127.0.0.1:", 17) != 0 || port <= 0 || port > 65535) {
        fprintf(stderr, "not a loopback URL: %s\n", url);
        exit(2);
    }
    return port;
}

/* A connected TCP socket to 127.0.0.1:port, or -1. */
static int connect_loopback(int port) {
    struct sockaddr_in addr;
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) return -1;
    memset(&addr, 0, sizeof addr);
    addr.sin_family = AF_INET;
    addr.sin_port = htons((uint16_t)port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(fd, (struct sockaddr *)&addr, sizeof addr) != 0) {
        close(fd);
        return -1;
    }
    return fd;
}

/* The integer after "\"name\": " in text, or -1. */
static int json_int(const char *text, const char *name) {
    char key[64];
    const char *at;
    snprintf(key, sizeof key, "\"%s\": ", name);
    at = strstr(text, key);
    return at != NULL ? atoi(at + strlen(key)) : -1;
}

int hostile_seen(const emulator *e, int *connections, char *log, size_t log_size) {
    static const char request[] = "GET /__hostile/requests HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n";
    char buf[65536];
    size_t used = 0;
    ssize_t n;
    const char *body;
    int requests, conns, fd = connect_loopback(url_port(e->url));

    if (fd < 0 || write(fd, request, sizeof request - 1) != (ssize_t)(sizeof request - 1)) {
        fprintf(stderr, "cannot ask %s what it saw: %s\n", e->url, strerror(errno));
        exit(2);
    }
    /* HTTP/1.0: the server closes the connection after the answer. Beyond the buffer, the log
     * is read and dropped. */
    while ((n = read(fd, buf + used, sizeof buf - 1 - used)) > 0) {
        used += (size_t)n;
        if (used == sizeof buf - 1) {
            char rest[4096];
            while (read(fd, rest, sizeof rest) > 0) {
            }
            break;
        }
    }
    close(fd);
    buf[used] = '\0';
    body = strstr(buf, "\r\n\r\n");
    requests = body != NULL ? json_int(body, "count") : -1;
    conns = body != NULL ? json_int(body, "connections") : -1;
    if (strncmp(buf, "HTTP/1.", 7) != 0 || strstr(buf, " 200 ") == NULL || requests < 0 ||
        conns < 0) {
        fprintf(stderr, "unexpected answer from %s/__hostile/requests: %.300s\n", e->url, buf);
        exit(2);
    }
    if (connections != NULL) *connections = conns;
    if (log != NULL && log_size > 0) snprintf(log, log_size, "%s", body + 4);
    return requests;
}

int closed_port(void) {
    struct sockaddr_in addr;
    socklen_t len = sizeof addr;
    int port, fd = socket(AF_INET, SOCK_STREAM, 0);
    memset(&addr, 0, sizeof addr);
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (fd < 0 || bind(fd, (struct sockaddr *)&addr, sizeof addr) != 0 ||
        getsockname(fd, (struct sockaddr *)&addr, &len) != 0) {
        perror("closed_port");
        exit(2);
    }
    port = ntohs(addr.sin_port);
    close(fd);
    return port;
}
