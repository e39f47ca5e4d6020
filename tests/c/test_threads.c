/*
 * One vpncert_client shared by 4 threads at once: each creates, describes and renames its own
 * certificates, walks the list, and meets errors, all concurrently. Every certificate id must be
 * distinct and present at the end, and nothing may leak or race (run under ASan/LSan; the
 * sanitizer build also checks UB).
 */
#define _POSIX_C_SOURCE 200809L

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

#define THREADS 4
#define PER_THREAD 6

static const char *SERVER = "vss-emulator0001";

struct work {
    const vpncert_client *client;
    int index;
    char ids[PER_THREAD][64];
    int checks;
    int failures;
};

/* Checks counted per thread (the harness counters are not atomic), merged by main. */
#define T_CHECK(w, cond)                                                                           \
    do {                                                                                           \
        (w)->checks++;                                                                             \
        if (!(cond)) {                                                                             \
            (w)->failures++;                                                                       \
            fprintf(stderr, "FAIL thread %d %s:%d: %s\n", (w)->index, __FILE__, __LINE__, #cond);  \
        }                                                                                          \
    } while (0)

static void *run(void *arg) {
    struct work *w = arg;
    int i;
    for (i = 0; i < PER_THREAD; i++) {
        vpncert_cert *cert = NULL, *renamed = NULL;
        vpncert_bundle *b = NULL;
        vpncert_error *err = NULL;
        char name[64], token[64];
        vpncert_status s;

        snprintf(name, sizeof name, "thread-%d-cert-%d", w->index, i);
        snprintf(token, sizeof token, "threads-%d-%d", w->index, i);
        s = vpncert_create_ssl_vpn_client_cert(w->client, SERVER, name, token, &cert, &err);
        T_CHECK(w, s == VPNCERT_OK);
        if (s != VPNCERT_OK) {
            fprintf(stderr, "  %s: %s\n", vpncert_status_name(s), vpncert_error_message(err));
            vpncert_error_free(err);
            continue;
        }
        snprintf(w->ids[i], sizeof w->ids[i], "%s", vpncert_cert_id(cert));
        T_CHECK(w, strcmp(vpncert_cert_name(cert), name) == 0);

        s = vpncert_describe_ssl_vpn_client_cert(w->client, w->ids[i], &b, &err);
        T_CHECK(w, s == VPNCERT_OK);
        if (s == VPNCERT_OK) {
            T_CHECK(w, strcmp(vpncert_bundle_name(b), name) == 0);
            T_CHECK(w, strstr(vpncert_bundle_client_key(b), "PRIVATE KEY") != NULL);
            vpncert_bundle_free(b);
        } else {
            vpncert_error_free(err);
            err = NULL;
        }

        strcat(name, "-renamed");
        s = vpncert_modify_ssl_vpn_client_cert(w->client, w->ids[i], name, NULL, &renamed, &err);
        T_CHECK(w, s == VPNCERT_OK);
        if (s == VPNCERT_OK) {
            T_CHECK(w, strcmp(vpncert_cert_name(renamed), name) == 0);
            vpncert_cert_free(renamed);
        } else {
            vpncert_error_free(err);
            err = NULL;
        }

        /* Errors from several threads at once each keep their own details. */
        s = vpncert_create_ssl_vpn_client_cert(w->client, "vss-missing", name, NULL, &cert, &err);
        T_CHECK(w, s == VPNCERT_SSL_VPN_SERVER_NOT_FOUND);
        T_CHECK(w, strcmp(vpncert_error_code(err), "InvalidSslVpnServerId.NotFound") == 0);
        T_CHECK(w, strlen(vpncert_error_request_id(err)) > 0);
        vpncert_error_free(err);
        err = NULL;
        s = vpncert_describe_ssl_vpn_client_cert(w->client, "vsc-missing", &b, &err);
        T_CHECK(w, s == VPNCERT_CERT_NOT_FOUND);
        vpncert_error_free(err);

        vpncert_cert_free(cert);
    }
    {
        /* A walk of the list while the others keep creating. */
        vpncert_cert_list *list = NULL;
        vpncert_cert_summary *item = NULL;
        vpncert_error *err = NULL;
        int n = 0;
        T_CHECK(w, vpncert_cert_list_new(w->client, SERVER, &list, &err) == VPNCERT_OK);
        while (vpncert_cert_list_next(list, &item, &err) == VPNCERT_OK && item != NULL) {
            n++;
            vpncert_cert_summary_free(item);
        }
        T_CHECK(w, err == NULL);
        T_CHECK(w, n >= PER_THREAD);
        vpncert_cert_list_free(list);
    }
    return NULL;
}

int main(void) {
    emulator emu;
    const char *args[] = {"--quota", "1000", NULL};
    vpncert_client *c;
    pthread_t threads[THREADS];
    struct work work[THREADS];
    vpncert_cert_list *list = NULL;
    vpncert_cert_summary *item = NULL;
    vpncert_error *err = NULL;
    int i, j, k, listed = 0, found = 0;

    emu_start(&emu, args);
    c = test_client(emu.url, "cn-hangzhou", "testid", "testsecret", 3);

    for (i = 0; i < THREADS; i++) {
        memset(&work[i], 0, sizeof work[i]);
        work[i].client = c;
        work[i].index = i;
        CHECK(pthread_create(&threads[i], NULL, run, &work[i]) == 0);
    }
    for (i = 0; i < THREADS; i++) {
        CHECK(pthread_join(threads[i], NULL) == 0);
        checks_run += work[i].checks;
        checks_failed += work[i].failures;
    }

    /* All distinct. */
    for (i = 0; i < THREADS; i++)
        for (j = 0; j < PER_THREAD; j++)
            for (k = j + 1; k < PER_THREAD; k++) CHECK(strcmp(work[i].ids[j], work[i].ids[k]) != 0);
    for (i = 0; i < THREADS; i++)
        for (j = i + 1; j < THREADS; j++)
            for (k = 0; k < PER_THREAD; k++) CHECK(strcmp(work[i].ids[k], work[j].ids[k]) != 0);

    /* All there, and nothing more. */
    CHECK_STATUS(vpncert_cert_list_new(c, SERVER, &list, &err), VPNCERT_OK, err);
    while (vpncert_cert_list_next(list, &item, &err) == VPNCERT_OK && item != NULL) {
        listed++;
        for (i = 0; i < THREADS; i++)
            for (j = 0; j < PER_THREAD; j++)
                if (strcmp(vpncert_cert_summary_id(item), work[i].ids[j]) == 0) found++;
        vpncert_cert_summary_free(item);
    }
    CHECK(err == NULL);
    CHECK(listed == THREADS * PER_THREAD);
    CHECK(found == THREADS * PER_THREAD);
    vpncert_cert_list_free(list);

    vpncert_client_free(c);
    emu_stop(&emu);
    return finish("c threads");
}
