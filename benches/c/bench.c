/*
 * Calls per second and memory growth through libvpncert against a running emulator.
 *
 *   bench URL [CHEAP_CALLS [CREATES [THREADS [SECONDS]]]]
 *
 * URL is the emulator's base URL (key testid:testsecret, server cn-hangzhou:vss-emulator0001).
 * Defaults: 100000 cheap calls, 2000 creates, 8 threads, 3 seconds at most per threaded phase
 * (which also stops after as many calls as its serial phase made).
 *
 * The cheap call is one DescribeSslVpnServers request: a server walk (vpncert_server_list_new,
 * _next until NULL, _free) over a region with one server is exactly one request. Creates are
 * bound by the emulator, which issues a real X.509 certificate for each.
 *
 * Prints one JSON object on stdout; progress goes to stderr. Exits 1 on any failed call.
 */
#define _POSIX_C_SOURCE 200809L

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "vpncert.h"

#define SERVER_ID "vss-emulator0001"

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* CPU time (user + system, all threads) this process has used, in seconds. */
static double cpu_s(void) {
    struct rusage ru;
    if (getrusage(RUSAGE_SELF, &ru) != 0) {
        return 0.0;
    }
    return (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
           (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

/* Resident set size of this process in KiB, from /proc/self/status. */
static long rss_kib(void) {
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long kib = -1;
    if (f == NULL) {
        return -1;
    }
    while (fgets(line, sizeof line, f) != NULL) {
        if (strncmp(line, "VmRSS:", 6) == 0) {
            kib = strtol(line + 6, NULL, 10);
            break;
        }
    }
    fclose(f);
    return kib;
}

static void fail(const char *what, vpncert_status s, vpncert_error *err) {
    fprintf(stderr, "bench: %s failed: %s %s: %s\n", what, vpncert_status_name(s),
            vpncert_error_code(err), vpncert_error_message(err));
    vpncert_error_free(err);
    exit(1);
}

static void cheap_call(const vpncert_client *c) {
    vpncert_server_list *list = NULL;
    vpncert_server *server = NULL;
    vpncert_error *err = NULL;
    int seen = 0;
    vpncert_status s = vpncert_server_list_new(c, &list, &err);
    if (s != VPNCERT_OK) {
        fail("vpncert_server_list_new", s, err);
    }
    for (;;) {
        s = vpncert_server_list_next(list, &server, &err);
        if (s != VPNCERT_OK) {
            fail("vpncert_server_list_next", s, err);
        }
        if (server == NULL) {
            break;
        }
        seen += strcmp(vpncert_server_id(server), SERVER_ID) == 0;
        vpncert_server_free(server);
    }
    vpncert_server_list_free(list);
    if (seen != 1) {
        fprintf(stderr, "bench: the walk did not return %s\n", SERVER_ID);
        exit(1);
    }
}

static void create_call(const vpncert_client *c) {
    vpncert_cert *cert = NULL;
    vpncert_error *err = NULL;
    vpncert_status s = vpncert_create_ssl_vpn_client_cert(c, SERVER_ID, "bench-c", NULL, &cert, &err);
    if (s != VPNCERT_OK) {
        fail("vpncert_create_ssl_vpn_client_cert", s, err);
    }
    if (strncmp(vpncert_cert_id(cert), "vsc-", 4) != 0) {
        fprintf(stderr, "bench: unexpected certificate id %s\n", vpncert_cert_id(cert));
        exit(1);
    }
    vpncert_cert_free(cert);
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* The q-quantile (0..1) of n sorted values, nearest rank. */
static double quantile(const double *sorted, size_t n, double q) {
    size_t i = (size_t)(q * (double)(n - 1) + 0.5);
    return sorted[i < n ? i : n - 1];
}

struct timed {
    double calls_per_s, p50_us, p99_us, cpu_us_per_call;
};

/* Runs `n` calls one after the other, timing each. */
static struct timed run_serial(const vpncert_client *c, void (*call)(const vpncert_client *), size_t n) {
    double *lat = malloc(n * sizeof *lat);
    struct timed t;
    double start, end, cpu0;
    size_t i;
    if (lat == NULL) {
        fprintf(stderr, "bench: out of memory\n");
        exit(1);
    }
    cpu0 = cpu_s();
    start = now_s();
    for (i = 0; i < n; i++) {
        double t0 = now_s();
        call(c);
        lat[i] = (now_s() - t0) * 1e6;
    }
    end = now_s();
    t.cpu_us_per_call = (cpu_s() - cpu0) / (double)n * 1e6;
    qsort(lat, n, sizeof *lat, cmp_double);
    t.calls_per_s = (double)n / (end - start);
    t.p50_us = quantile(lat, n, 0.50);
    t.p99_us = quantile(lat, n, 0.99);
    free(lat);
    return t;
}

struct worker {
    const vpncert_client *client;
    void (*call)(const vpncert_client *);
    double deadline;
    atomic_long *budget;
    long calls;
    pthread_t thread;
};

static void *work(void *arg) {
    struct worker *w = arg;
    while (now_s() < w->deadline && atomic_fetch_sub(w->budget, 1) > 0) {
        w->call(w->client);
        w->calls++;
    }
    return NULL;
}

/* `threads` threads share one client and call until `seconds` have passed or `max_calls` calls
 * have been made between them. */
static double run_threads(const vpncert_client *c, void (*call)(const vpncert_client *), int threads,
                          double seconds, long max_calls) {
    atomic_long budget = max_calls;
    struct worker *ws = calloc((size_t)threads, sizeof *ws);
    double start = now_s(), end;
    long total = 0;
    int i;
    if (ws == NULL) {
        fprintf(stderr, "bench: out of memory\n");
        exit(1);
    }
    for (i = 0; i < threads; i++) {
        ws[i].client = c;
        ws[i].call = call;
        ws[i].deadline = start + seconds;
        ws[i].budget = &budget;
        if (pthread_create(&ws[i].thread, NULL, work, &ws[i]) != 0) {
            fprintf(stderr, "bench: pthread_create failed\n");
            exit(1);
        }
    }
    for (i = 0; i < threads; i++) {
        pthread_join(ws[i].thread, NULL);
        total += ws[i].calls;
    }
    end = now_s();
    free(ws);
    return (double)total / (end - start);
}

int main(int argc, char **argv) {
    const char *url;
    size_t cheap = 100000, creates = 2000, i;
    int threads = 8;
    double seconds = 3.0;
    vpncert_client_builder *b;
    vpncert_client *client = NULL;
    vpncert_error *err = NULL;
    vpncert_status s;
    long rss_before, rss_1k, rss_all;
    struct timed serial_cheap, serial_create;
    double threaded_cheap, threaded_create;

    if (argc < 2) {
        fprintf(stderr, "usage: %s URL [CHEAP_CALLS [CREATES [THREADS [SECONDS]]]]\n", argv[0]);
        return 2;
    }
    url = argv[1];
    if (argc > 2) cheap = strtoul(argv[2], NULL, 10);
    if (argc > 3) creates = strtoul(argv[3], NULL, 10);
    if (argc > 4) threads = atoi(argv[4]);
    if (argc > 5) seconds = atof(argv[5]);
    if (cheap < 2000 || creates < 1 || threads < 1 || seconds <= 0) {
        fprintf(stderr, "bench: need CHEAP_CALLS >= 2000, CREATES >= 1, THREADS >= 1, SECONDS > 0\n");
        return 2;
    }

    b = vpncert_client_builder_new("cn-hangzhou");
    if (b == NULL) {
        fprintf(stderr, "bench: vpncert_client_builder_new failed\n");
        return 1;
    }
    if ((s = vpncert_client_builder_set_access_key(b, "testid", "testsecret", NULL)) != VPNCERT_OK ||
        (s = vpncert_client_builder_set_endpoint(b, url)) != VPNCERT_OK ||
        (s = vpncert_client_builder_set_max_retries(b, 0)) != VPNCERT_OK) {
        fprintf(stderr, "bench: builder setting failed: %s\n", vpncert_status_name(s));
        vpncert_client_builder_free(b);
        return 1;
    }
    s = vpncert_client_build(b, &client, &err);
    if (s != VPNCERT_OK) {
        fail("vpncert_client_build", s, err);
    }

    /* Memory: RSS after the first 1,000 cheap calls against RSS after all of them. */
    rss_before = rss_kib();
    for (i = 0; i < 1000; i++) {
        cheap_call(client);
    }
    rss_1k = rss_kib();
    fprintf(stderr, "bench: %zu cheap calls...\n", cheap - 1000);
    serial_cheap = run_serial(client, cheap_call, cheap - 1000);
    rss_all = rss_kib();

    fprintf(stderr, "bench: %d threads of cheap calls for %.1f s...\n", threads, seconds);
    threaded_cheap = run_threads(client, cheap_call, threads, seconds, (long)cheap);
    fprintf(stderr, "bench: %zu creates...\n", creates);
    serial_create = run_serial(client, create_call, creates);
    /* The emulator's create cost grows with the live certificates it holds: cap the count so
     * the threaded phase runs against about as many as the serial one. */
    fprintf(stderr, "bench: %d threads of creates, %zu at most or %.1f s...\n", threads, creates,
            seconds);
    threaded_create = run_threads(client, create_call, threads, seconds, (long)creates);

    vpncert_client_free(client);

    printf("{\"library\": \"libvpncert %s\", \"cheap_call\": \"DescribeSslVpnServers\", "
           "\"cheap_calls\": %zu, \"rss_kib_start\": %ld, \"rss_kib_after_1000\": %ld, "
           "\"rss_kib_after_all\": %ld, "
           "\"cheap_serial_calls_per_s\": %.1f, \"cheap_serial_p50_us\": %.1f, "
           "\"cheap_serial_p99_us\": %.1f, \"cheap_serial_cpu_us_per_call\": %.1f, "
           "\"cheap_threads\": %d, \"cheap_threaded_calls_per_s\": %.1f, "
           "\"creates\": %zu, \"create_serial_calls_per_s\": %.1f, \"create_serial_p50_us\": %.1f, "
           "\"create_serial_p99_us\": %.1f, \"create_serial_cpu_us_per_call\": %.1f, "
           "\"create_threaded_calls_per_s\": %.1f}\n",
           vpncert_version(), cheap, rss_before, rss_1k, rss_all, serial_cheap.calls_per_s,
           serial_cheap.p50_us, serial_cheap.p99_us, serial_cheap.cpu_us_per_call, threads,
           threaded_cheap, creates, serial_create.calls_per_s, serial_create.p50_us,
           serial_create.p99_us, serial_create.cpu_us_per_call, threaded_create);
    return 0;
}
