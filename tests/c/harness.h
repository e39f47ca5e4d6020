/*
 * The C test harness: starting emulators, checks that count, and the summary line.
 *
 * Each test program starts the emulators it needs (the binary named by $VPNCERT_EMULATOR), so the
 * programs are independent of each other and of run.sh's order.
 */
#ifndef VPNCERT_TEST_HARNESS_H
#define VPNCERT_TEST_HARNESS_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "vpncert.h"

typedef struct emulator {
    pid_t pid;
    char url[256];
    char out_path[64];
    char err_path[64];
} emulator;

/* Starts `vpncert-emulator --listen 127.0.0.1:0 ARGS...` (args NULL-terminated, or NULL) and
 * waits for its first line "listening on http://HOST:PORT". Exits the program on failure. */
void emu_start(emulator *e, const char *const *args);
/* SIGTERM, wait, remove its files. */
void emu_stop(emulator *e);

/* The hostile server of tests/hostile (`python3 tests/hostile/server.py MODE`; the script is
 * $VPNCERT_HOSTILE_SERVER or that path from the current directory, the interpreter
 * $VPNCERT_PYTHON or python3), started and stopped like the emulator: e->url is its address,
 * emu_stop stops it. Exits the program on failure. */
void hostile_start(emulator *e, const char *mode);
/* What the hostile server saw, from GET /__hostile/requests: returns the number of requests,
 * sets *connections (when not NULL) to the connections, and copies the start of the JSON log
 * (paths and headers of each request) into log (when not NULL; NUL-terminated, at most
 * log_size - 1 bytes). Its own request is left out. Exits the program on failure. */
int hostile_seen(const emulator *e, int *connections, char *log, size_t log_size);
/* A loopback TCP port that nothing listens on (bound and released). */
int closed_port(void);

/* A client for `url` in `region` with access key `id`/`secret`, `retries` retries, timeout 10 s.
 * Exits the program on failure. */
vpncert_client *test_client(const char *url, const char *region, const char *id,
                            const char *secret, uint32_t retries);

extern int checks_run;
extern int checks_failed;

void check_failed(const char *file, int line, const char *what);

#define CHECK(cond)                                                                                \
    do {                                                                                           \
        checks_run++;                                                                              \
        if (!(cond)) check_failed(__FILE__, __LINE__, #cond);                                      \
    } while (0)

/* Status check that prints both names and, when `err` is given, the error's message. */
void check_status_at(const char *file, int line, vpncert_status got, vpncert_status want,
                     const vpncert_error *err);
#define CHECK_STATUS(got, want, err) check_status_at(__FILE__, __LINE__, (got), (want), (err))

void check_str_at(const char *file, int line, const char *got, const char *want);
#define CHECK_STR(got, want) check_str_at(__FILE__, __LINE__, (got), (want))

/* got contains needle */
void check_contains_at(const char *file, int line, const char *got, const char *needle);
#define CHECK_CONTAINS(got, needle) check_contains_at(__FILE__, __LINE__, (got), (needle))

/* Prints "<suite>: N passed, N failed" and returns the exit code. */
int finish(const char *suite);

#endif
