/*
 * NULL and non-UTF-8 arguments for every function of libvpncert: each is
 * VPNCERT_INVALID_ARGUMENT with a message naming the argument, out-parameters stay untouched,
 * accessors of NULL give "" or 0, and every _free(NULL) is a no-op. Also the builder's rule that
 * a refused setting makes the build fail, over-long strings for every string argument, and
 * vpncert_status_name / vpncert_version.
 */
#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

static const char *BAD = "vss-\xff\xfe"; /* not UTF-8 */
static char sentinel_storage;
#define SENTINEL ((void *)&sentinel_storage)

static void invalid_at(const char *file, int line, vpncert_status s, vpncert_error **err,
                       const char *arg) {
    check_status_at(file, line, s, VPNCERT_INVALID_ARGUMENT, *err);
    checks_run++;
    if (*err == NULL) {
        check_failed(file, line, "no vpncert_error was written");
        return;
    }
    check_contains_at(file, line, vpncert_error_message(*err), arg);
    check_str_at(file, line, vpncert_error_code(*err), "");
    checks_run++;
    if (vpncert_error_status(*err) != VPNCERT_INVALID_ARGUMENT)
        check_failed(file, line, "vpncert_error_status differs from the returned status");
    vpncert_error_free(*err);
    *err = NULL;
}
#define EXPECT_INVALID(s, arg) invalid_at(__FILE__, __LINE__, (s), &err, (arg))

/* A setter's refusal is reported by its status and again, with the argument named, by build. */
static void build_fails_at(const char *file, int line, vpncert_client_builder *b,
                           const char *arg) {
    vpncert_client *c = SENTINEL;
    vpncert_error *err = NULL;
    vpncert_status s = vpncert_client_build(b, &c, &err);
    invalid_at(file, line, s, &err, arg);
    checks_run++;
    if (c != SENTINEL) check_failed(file, line, "build wrote *out on failure");
}
#define BUILD_FAILS(b, arg) build_fails_at(__FILE__, __LINE__, (b), (arg))

static vpncert_client_builder *builder(void) {
    vpncert_client_builder *b = vpncert_client_builder_new("cn-hangzhou");
    vpncert_client_builder_set_endpoint(b, "http://127.0.0.1:1");
    vpncert_client_builder_set_access_key(b, "testid", "testsecret", NULL);
    return b;
}

static void test_builder(void) {
    vpncert_client_builder *b;
    vpncert_client *c = SENTINEL;
    vpncert_error *err = NULL;
    vpncert_status s;

    /* NULL builder: every setter says so (there is no error object to carry the name). */
    CHECK_STATUS(vpncert_client_builder_set_access_key(NULL, "a", "b", NULL),
                 VPNCERT_INVALID_ARGUMENT, NULL);
    CHECK_STATUS(vpncert_client_builder_set_endpoint(NULL, "http://127.0.0.1:1"),
                 VPNCERT_INVALID_ARGUMENT, NULL);
    CHECK_STATUS(vpncert_client_builder_set_max_retries(NULL, 1), VPNCERT_INVALID_ARGUMENT, NULL);
    CHECK_STATUS(vpncert_client_builder_set_timeout_ms(NULL, 1), VPNCERT_INVALID_ARGUMENT, NULL);
    CHECK_STATUS(vpncert_client_builder_set_configuring_budget_ms(NULL, 0), VPNCERT_INVALID_ARGUMENT,
                 NULL);
    CHECK_STATUS(vpncert_client_builder_set_connect_timeout_ms(NULL, 1), VPNCERT_INVALID_ARGUMENT,
                 NULL);
    CHECK_STATUS(vpncert_client_builder_set_signature_version(NULL, VPNCERT_SIGNATURE_V3),
                 VPNCERT_INVALID_ARGUMENT, NULL);
    CHECK_STATUS(vpncert_client_builder_set_ca_bundle_pem(NULL, "x"), VPNCERT_INVALID_ARGUMENT,
                 NULL);
    CHECK_STATUS(vpncert_client_builder_set_proxy(NULL, "http://p:1"), VPNCERT_INVALID_ARGUMENT,
                 NULL);
    CHECK_STATUS(vpncert_client_builder_set_user_agent(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
    CHECK_STATUS(vpncert_client_builder_set_profile(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
    s = vpncert_client_build(NULL, &c, &err);
    EXPECT_INVALID(s, "b");
    CHECK(c == SENTINEL);
    vpncert_client_builder_free(NULL);
    vpncert_client_free(NULL);

    /* build consumes the builder even when out is NULL (LSan would see a leak otherwise). */
    b = builder();
    s = vpncert_client_build(b, NULL, &err);
    EXPECT_INVALID(s, "out");
    /* ... and with err NULL the status alone comes back. */
    b = builder();
    CHECK_STATUS(vpncert_client_build(b, NULL, NULL), VPNCERT_INVALID_ARGUMENT, NULL);

    /* NULL and non-UTF-8 values of each setter; the build then fails naming the argument. */
    b = builder();
    CHECK_STATUS(vpncert_client_builder_set_access_key(b, NULL, "s", NULL),
                 VPNCERT_INVALID_ARGUMENT, NULL);
    BUILD_FAILS(b, "access_key_id");
    b = builder();
    CHECK_STATUS(vpncert_client_builder_set_access_key(b, "id", BAD, NULL),
                 VPNCERT_INVALID_ARGUMENT, NULL);
    BUILD_FAILS(b, "access_key_secret");
    b = builder();
    CHECK_STATUS(vpncert_client_builder_set_access_key(b, "id", "s", BAD),
                 VPNCERT_INVALID_ARGUMENT, NULL);
    BUILD_FAILS(b, "security_token");
    b = builder();
    CHECK_STATUS(vpncert_client_builder_set_access_key(b, BAD, "s", NULL),
                 VPNCERT_INVALID_ARGUMENT, NULL);
    BUILD_FAILS(b, "access_key_id");
    b = builder();
    CHECK_STATUS(vpncert_client_builder_set_endpoint(b, NULL), VPNCERT_INVALID_ARGUMENT, NULL);
    BUILD_FAILS(b, "endpoint");
    b = builder();
    CHECK_STATUS(vpncert_client_builder_set_endpoint(b, BAD), VPNCERT_INVALID_ARGUMENT, NULL);
    BUILD_FAILS(b, "endpoint");
    b = builder();
    CHECK_STATUS(vpncert_client_builder_set_endpoint(b, "ftp://example.com"),
                 VPNCERT_INVALID_ARGUMENT, NULL);
    BUILD_FAILS(b, "endpoint");
    b = builder();
    CHECK_STATUS(vpncert_client_builder_set_timeout_ms(b, 0), VPNCERT_INVALID_ARGUMENT, NULL);
    BUILD_FAILS(b, "timeout_ms");
    b = builder();
    CHECK_STATUS(vpncert_client_builder_set_connect_timeout_ms(b, 0), VPNCERT_INVALID_ARGUMENT,
                 NULL);
    BUILD_FAILS(b, "connect_timeout_ms");
    /* Durations are capped at a day (no overflow deep inside, no "wait forever" by accident). */
    b = builder();
    CHECK_STATUS(vpncert_client_builder_set_timeout_ms(b, UINT64_MAX), VPNCERT_INVALID_ARGUMENT,
                 NULL);
    BUILD_FAILS(b, "timeout_ms");
    b = builder();
    CHECK_STATUS(vpncert_client_builder_set_connect_timeout_ms(b, 86400001u),
                 VPNCERT_INVALID_ARGUMENT, NULL);
    BUILD_FAILS(b, "connect_timeout_ms");
    b = builder();
    CHECK_STATUS(vpncert_client_builder_set_configuring_budget_ms(b, 86400001u),
                 VPNCERT_INVALID_ARGUMENT, NULL);
    BUILD_FAILS(b, "budget_ms");
    b = builder();
    CHECK_STATUS(vpncert_client_builder_set_signature_version(b, 2), VPNCERT_INVALID_ARGUMENT,
                 NULL);
    BUILD_FAILS(b, "version");
    /* Retry modes by name: the two there are, nothing else, never NULL or invalid UTF-8. */
    CHECK_STATUS(vpncert_client_builder_set_retry_mode(NULL, "adaptive"), VPNCERT_INVALID_ARGUMENT,
                 NULL);
    b = builder();
    CHECK_STATUS(vpncert_client_builder_set_retry_mode(b, "fast"), VPNCERT_INVALID_ARGUMENT, NULL);
    BUILD_FAILS(b, "retry_mode");
    b = builder();
    CHECK_STATUS(vpncert_client_builder_set_retry_mode(b, NULL), VPNCERT_INVALID_ARGUMENT, NULL);
    BUILD_FAILS(b, "mode");
    b = builder();
    CHECK_STATUS(vpncert_client_builder_set_retry_mode(b, "adapt\xffive"), VPNCERT_INVALID_ARGUMENT,
                 NULL);
    BUILD_FAILS(b, "mode");
    b = builder();
    CHECK_STATUS(vpncert_client_builder_set_retry_mode(b, "adaptive"), VPNCERT_OK, NULL);
    CHECK_STATUS(vpncert_client_builder_set_retry_mode(b, "standard"), VPNCERT_OK, NULL);
    vpncert_client_builder_free(b);
    b = builder();
    CHECK_STATUS(vpncert_client_builder_set_ca_bundle_pem(b, NULL), VPNCERT_INVALID_ARGUMENT,
                 NULL);
    BUILD_FAILS(b, "pem");
    b = builder();
    CHECK_STATUS(vpncert_client_builder_set_ca_bundle_pem(b, BAD), VPNCERT_INVALID_ARGUMENT, NULL);
    BUILD_FAILS(b, "pem");
    b = builder();
    CHECK_STATUS(vpncert_client_builder_set_ca_bundle_pem(b, "no certificate in here"),
                 VPNCERT_OK, NULL);
    BUILD_FAILS(b, "ca_bundle");
    b = builder();
    CHECK_STATUS(vpncert_client_builder_set_proxy(b, NULL), VPNCERT_INVALID_ARGUMENT, NULL);
    BUILD_FAILS(b, "proxy_url");
    b = builder();
    CHECK_STATUS(vpncert_client_builder_set_proxy(b, BAD), VPNCERT_INVALID_ARGUMENT, NULL);
    BUILD_FAILS(b, "proxy_url");
    b = builder();
    CHECK_STATUS(vpncert_client_builder_set_user_agent(b, NULL), VPNCERT_INVALID_ARGUMENT, NULL);
    BUILD_FAILS(b, "user_agent");
    b = builder();
    CHECK_STATUS(vpncert_client_builder_set_user_agent(b, BAD), VPNCERT_INVALID_ARGUMENT, NULL);
    BUILD_FAILS(b, "user_agent");
    b = builder();
    CHECK_STATUS(vpncert_client_builder_set_user_agent(b, "tool\r\nX-Injected: 1"), VPNCERT_OK,
                 NULL);
    BUILD_FAILS(b, "user_agent");
    b = builder();
    CHECK_STATUS(vpncert_client_builder_set_profile(b, NULL), VPNCERT_INVALID_ARGUMENT, NULL);
    BUILD_FAILS(b, "profile");
    b = builder();
    CHECK_STATUS(vpncert_client_builder_set_profile(b, BAD), VPNCERT_INVALID_ARGUMENT, NULL);
    BUILD_FAILS(b, "profile");
    /* An empty name is refused by the build, as in Rust and Python. */
    b = builder();
    CHECK_STATUS(vpncert_client_builder_set_profile(b, " "), VPNCERT_OK, NULL);
    BUILD_FAILS(b, "profile");

    /* The first refusal is the one reported, even after later good settings. */
    b = builder();
    vpncert_client_builder_set_timeout_ms(b, 0);
    vpncert_client_builder_set_endpoint(b, "http://127.0.0.1:2");
    BUILD_FAILS(b, "timeout_ms");

    /* Region: non-UTF-8 is reported by build; NULL means ALIBABA_CLOUD_REGION_ID. */
    b = vpncert_client_builder_new(BAD);
    CHECK(b != NULL);
    vpncert_client_builder_set_endpoint(b, "http://127.0.0.1:1");
    BUILD_FAILS(b, "region_id");
    unsetenv("ALIBABA_CLOUD_REGION_ID");
    b = vpncert_client_builder_new(NULL);
    vpncert_client_builder_set_endpoint(b, "http://127.0.0.1:1");
    BUILD_FAILS(b, "RegionId");
    setenv("ALIBABA_CLOUD_REGION_ID", "cn-shanghai", 1);
    b = vpncert_client_builder_new(NULL);
    vpncert_client_builder_set_endpoint(b, "http://127.0.0.1:1");
    c = NULL;
    s = vpncert_client_build(b, &c, &err);
    CHECK_STATUS(s, VPNCERT_OK, err);
    CHECK(c != NULL);
    vpncert_client_free(c);
    unsetenv("ALIBABA_CLOUD_REGION_ID");

    /* A builder that is never built is freed. */
    b = builder();
    CHECK_STATUS(vpncert_client_builder_set_profile(b, "dev"), VPNCERT_OK, NULL);
    CHECK_STATUS(vpncert_client_builder_set_proxy(b, "http://127.0.0.1:3128"), VPNCERT_OK, NULL);
    vpncert_client_builder_free(b);
}

/* Calls on a client: NULL client, NULL and non-UTF-8 strings, NULL out-parameters. */
static void test_client_calls(vpncert_client *c) {
    vpncert_cert *cert = SENTINEL;
    vpncert_bundle *bundle = SENTINEL;
    vpncert_cert_list *clist = SENTINEL;
    vpncert_server_list *slist = SENTINEL;
    vpncert_error *err = NULL;
    bool already = true;

    EXPECT_INVALID(vpncert_create_ssl_vpn_client_cert(NULL, "vss-1", NULL, NULL, &cert, &err),
                   "c");
    EXPECT_INVALID(vpncert_create_ssl_vpn_client_cert(c, NULL, NULL, NULL, &cert, &err),
                   "ssl_vpn_server_id");
    EXPECT_INVALID(vpncert_create_ssl_vpn_client_cert(c, BAD, NULL, NULL, &cert, &err),
                   "ssl_vpn_server_id");
    EXPECT_INVALID(vpncert_create_ssl_vpn_client_cert(c, "vss-1", BAD, NULL, &cert, &err), "name");
    EXPECT_INVALID(vpncert_create_ssl_vpn_client_cert(c, "vss-1", "n", BAD, &cert, &err),
                   "client_token");
    EXPECT_INVALID(vpncert_create_ssl_vpn_client_cert(c, "vss-1", "n", NULL, NULL, &err), "out");
    EXPECT_INVALID(vpncert_create_ssl_vpn_client_cert(c, "", "n", NULL, &cert, &err),
                   "SslVpnServerId");
    EXPECT_INVALID(vpncert_create_ssl_vpn_client_cert(c, "vss-1", "n", "t\xc3\xa9", &cert, &err),
                   "ClientToken");
    CHECK(cert == SENTINEL);
    CHECK_STATUS(vpncert_create_ssl_vpn_client_cert(c, NULL, NULL, NULL, &cert, NULL),
                 VPNCERT_INVALID_ARGUMENT, NULL);

    EXPECT_INVALID(vpncert_describe_ssl_vpn_client_cert(NULL, "vsc-1", &bundle, &err), "c");
    EXPECT_INVALID(vpncert_describe_ssl_vpn_client_cert(c, NULL, &bundle, &err),
                   "ssl_vpn_client_cert_id");
    EXPECT_INVALID(vpncert_describe_ssl_vpn_client_cert(c, BAD, &bundle, &err),
                   "ssl_vpn_client_cert_id");
    EXPECT_INVALID(vpncert_describe_ssl_vpn_client_cert(c, "vsc-1", NULL, &err), "out");
    CHECK(bundle == SENTINEL);

    EXPECT_INVALID(vpncert_modify_ssl_vpn_client_cert(NULL, "vsc-1", "n", NULL, &cert, &err), "c");
    EXPECT_INVALID(vpncert_modify_ssl_vpn_client_cert(c, NULL, "n", NULL, &cert, &err),
                   "ssl_vpn_client_cert_id");
    EXPECT_INVALID(vpncert_modify_ssl_vpn_client_cert(c, BAD, "n", NULL, &cert, &err),
                   "ssl_vpn_client_cert_id");
    EXPECT_INVALID(vpncert_modify_ssl_vpn_client_cert(c, "vsc-1", NULL, NULL, &cert, &err),
                   "name");
    EXPECT_INVALID(vpncert_modify_ssl_vpn_client_cert(c, "vsc-1", BAD, NULL, &cert, &err), "name");
    EXPECT_INVALID(vpncert_modify_ssl_vpn_client_cert(c, "vsc-1", "n", BAD, &cert, &err),
                   "client_token");
    EXPECT_INVALID(vpncert_modify_ssl_vpn_client_cert(c, "vsc-1", "", NULL, &cert, &err), "Name");
    CHECK(cert == SENTINEL);

    EXPECT_INVALID(vpncert_delete_ssl_vpn_client_cert(NULL, "vsc-1", NULL, 0, &already, &err),
                   "c");
    EXPECT_INVALID(vpncert_delete_ssl_vpn_client_cert(c, NULL, NULL, 0, &already, &err),
                   "ssl_vpn_client_cert_id");
    EXPECT_INVALID(vpncert_delete_ssl_vpn_client_cert(c, BAD, NULL, 0, &already, &err),
                   "ssl_vpn_client_cert_id");
    EXPECT_INVALID(vpncert_delete_ssl_vpn_client_cert(c, "vsc-1", BAD, 0, &already, &err),
                   "client_token");
    EXPECT_INVALID(vpncert_delete_ssl_vpn_client_cert(c, "vsc-1", NULL, UINT64_MAX, &already, &err),
                   "wait_ms");
    CHECK(already == true);

    EXPECT_INVALID(vpncert_issue_client_cert(NULL, "vss-1", "n", NULL, &bundle, &err), "c");
    EXPECT_INVALID(vpncert_issue_client_cert(c, NULL, "n", NULL, &bundle, &err),
                   "ssl_vpn_server_id");
    EXPECT_INVALID(vpncert_issue_client_cert(c, BAD, "n", NULL, &bundle, &err),
                   "ssl_vpn_server_id");
    EXPECT_INVALID(vpncert_issue_client_cert(c, "vss-1", NULL, NULL, &bundle, &err), "name");
    EXPECT_INVALID(vpncert_issue_client_cert(c, "vss-1", BAD, NULL, &bundle, &err), "name");
    EXPECT_INVALID(vpncert_issue_client_cert(c, "vss-1", "n", BAD, &bundle, &err), "client_token");
    EXPECT_INVALID(vpncert_issue_client_cert(c, "vss-1", "n", NULL, NULL, &err), "out");
    CHECK(bundle == SENTINEL);

    EXPECT_INVALID(vpncert_cert_list_new(NULL, NULL, &clist, &err), "c");
    EXPECT_INVALID(vpncert_cert_list_new(c, BAD, &clist, &err), "ssl_vpn_server_id");
    EXPECT_INVALID(vpncert_cert_list_new(c, NULL, NULL, &err), "out");
    CHECK(clist == SENTINEL);
    EXPECT_INVALID(vpncert_server_list_new(NULL, &slist, &err), "c");
    EXPECT_INVALID(vpncert_server_list_new(c, NULL, &err), "out");
    CHECK(slist == SENTINEL);
}

/* Over-long strings (1 MiB) for every string argument: refused before any request, naming the
 * API parameter, or (builder settings that have no length rule) accepted without harm. */
static void test_overlong(vpncert_client *c) {
    size_t n = (size_t)1 << 20;
    char *big = malloc(n + 1);
    char *url = malloc(n + 16);
    vpncert_cert *cert = SENTINEL;
    vpncert_bundle *bundle = SENTINEL;
    vpncert_cert_list *clist = SENTINEL;
    vpncert_error *err = NULL;
    bool already = true;
    vpncert_client_builder *b;
    vpncert_client *built = NULL;
    vpncert_status s;

    if (big == NULL || url == NULL) {
        check_failed(__FILE__, __LINE__, "out of memory");
        free(big);
        free(url);
        return;
    }
    memset(big, 'a', n);
    big[n] = '\0';
    memcpy(url, "https://", 8);
    memcpy(url + 8, big, n + 1);

    EXPECT_INVALID(vpncert_create_ssl_vpn_client_cert(c, big, NULL, NULL, &cert, &err),
                   "SslVpnServerId");
    EXPECT_INVALID(vpncert_create_ssl_vpn_client_cert(c, "vss-1", big, NULL, &cert, &err), "Name");
    EXPECT_INVALID(vpncert_create_ssl_vpn_client_cert(c, "vss-1", "n", big, &cert, &err),
                   "ClientToken");
    EXPECT_INVALID(vpncert_describe_ssl_vpn_client_cert(c, big, &bundle, &err),
                   "SslVpnClientCertId");
    EXPECT_INVALID(vpncert_modify_ssl_vpn_client_cert(c, big, "n", NULL, &cert, &err),
                   "SslVpnClientCertId");
    EXPECT_INVALID(vpncert_modify_ssl_vpn_client_cert(c, "vsc-1", big, NULL, &cert, &err), "Name");
    EXPECT_INVALID(vpncert_modify_ssl_vpn_client_cert(c, "vsc-1", "n", big, &cert, &err),
                   "ClientToken");
    EXPECT_INVALID(vpncert_delete_ssl_vpn_client_cert(c, big, NULL, 0, &already, &err),
                   "SslVpnClientCertId");
    EXPECT_INVALID(vpncert_delete_ssl_vpn_client_cert(c, "vsc-1", big, 0, &already, &err),
                   "ClientToken");
    EXPECT_INVALID(vpncert_issue_client_cert(c, big, "n", NULL, &bundle, &err), "SslVpnServerId");
    EXPECT_INVALID(vpncert_issue_client_cert(c, "vss-1", big, NULL, &bundle, &err), "Name");
    EXPECT_INVALID(vpncert_issue_client_cert(c, "vss-1", "n", big, &bundle, &err), "ClientToken");
    s = vpncert_cert_list_new(c, big, &clist, &err);
    if (s == VPNCERT_OK) {
        vpncert_cert_summary *item = SENTINEL;
        EXPECT_INVALID(vpncert_cert_list_next(clist, &item, &err), "SslVpnServerId");
        vpncert_cert_list_free(clist);
    } else {
        EXPECT_INVALID(s, "SslVpnServerId");
    }
    CHECK(cert == SENTINEL && bundle == SENTINEL && already == true);

    /* Builder settings: a long region is refused; the rest must not crash or leak. */
    b = vpncert_client_builder_new(big);
    BUILD_FAILS(b, "RegionId");
    b = builder();
    vpncert_client_builder_set_access_key(b, big, big, big);
    vpncert_client_builder_set_user_agent(b, big);
    vpncert_client_builder_set_profile(b, big);
    s = vpncert_client_build(b, &built, &err);
    if (s == VPNCERT_OK) {
        vpncert_client_free(built);
    } else {
        vpncert_error_free(err);
        err = NULL;
    }
    b = builder();
    vpncert_client_builder_set_endpoint(b, url);
    vpncert_client_builder_set_proxy(b, url);
    vpncert_client_builder_set_ca_bundle_pem(b, big);
    built = NULL;
    s = vpncert_client_build(b, &built, &err);
    CHECK(s != VPNCERT_OK || built != NULL);
    if (s == VPNCERT_OK) {
        vpncert_client_free(built);
    } else {
        vpncert_error_free(err);
        err = NULL;
    }
    free(big);
    free(url);
}

/* Calls on the handles a real certificate gives. */
static void test_handles(vpncert_client *c) {
    vpncert_cert *cert = NULL;
    vpncert_bundle *bundle = NULL;
    vpncert_cert_list *clist = NULL;
    vpncert_server_list *slist = NULL;
    vpncert_cert_summary *summary = SENTINEL;
    vpncert_server *server = SENTINEL;
    vpncert_error *err = NULL;
    char *ovpn = SENTINEL;
    vpncert_status s;

    s = vpncert_create_ssl_vpn_client_cert(c, "vss-emulator0001", "args", NULL, &cert, &err);
    CHECK_STATUS(s, VPNCERT_OK, err);
    s = vpncert_describe_ssl_vpn_client_cert(c, vpncert_cert_id(cert), &bundle, &err);
    CHECK_STATUS(s, VPNCERT_OK, err);

    EXPECT_INVALID(vpncert_bundle_to_ovpn(NULL, &ovpn, &err), "b");
    EXPECT_INVALID(vpncert_bundle_to_ovpn(bundle, NULL, &err), "out");
    CHECK(ovpn == SENTINEL);
    EXPECT_INVALID(vpncert_bundle_write_ovpn(NULL, "/tmp/x.ovpn", false, &err), "b");
    EXPECT_INVALID(vpncert_bundle_write_ovpn(bundle, NULL, false, &err), "path");
    EXPECT_INVALID(vpncert_bundle_write_ovpn(bundle, "", false, &err), "path");

    s = vpncert_cert_list_new(c, NULL, &clist, &err);
    CHECK_STATUS(s, VPNCERT_OK, err);
    EXPECT_INVALID(vpncert_cert_list_next(NULL, &summary, &err), "list");
    EXPECT_INVALID(vpncert_cert_list_next(clist, NULL, &err), "out");
    CHECK(summary == SENTINEL);
    /* The refused call did not advance the walk: the certificate is still there. */
    summary = NULL;
    s = vpncert_cert_list_next(clist, &summary, &err);
    CHECK_STATUS(s, VPNCERT_OK, err);
    CHECK(summary != NULL);
    vpncert_cert_summary_free(summary);
    vpncert_cert_list_free(clist);

    /* An invalid filter is reported by the first next, after which the walk is over. */
    s = vpncert_cert_list_new(c, "vss with spaces", &clist, &err);
    CHECK_STATUS(s, VPNCERT_OK, err);
    summary = SENTINEL;
    EXPECT_INVALID(vpncert_cert_list_next(clist, &summary, &err), "SslVpnServerId");
    CHECK(summary == SENTINEL);
    s = vpncert_cert_list_next(clist, &summary, &err);
    CHECK_STATUS(s, VPNCERT_OK, err);
    CHECK(summary == NULL);
    vpncert_cert_list_free(clist);

    s = vpncert_server_list_new(c, &slist, &err);
    CHECK_STATUS(s, VPNCERT_OK, err);
    EXPECT_INVALID(vpncert_server_list_next(NULL, &server, &err), "list");
    EXPECT_INVALID(vpncert_server_list_next(slist, NULL, &err), "out");
    CHECK(server == SENTINEL);
    vpncert_server_list_free(slist);

    vpncert_bundle_free(bundle);
    vpncert_cert_free(cert);
}

/* Accessors of NULL handles give "" or 0; every _free(NULL) does nothing. */
static void test_null_handles(void) {
    CHECK_STR(vpncert_cert_id(NULL), "");
    CHECK_STR(vpncert_cert_name(NULL), "");
    CHECK_STR(vpncert_cert_request_id(NULL), "");
    CHECK_STR(vpncert_bundle_id(NULL), "");
    CHECK_STR(vpncert_bundle_name(NULL), "");
    CHECK_STR(vpncert_bundle_server_id(NULL), "");
    CHECK_STR(vpncert_bundle_region_id(NULL), "");
    CHECK_STR(vpncert_bundle_ca_cert(NULL), "");
    CHECK_STR(vpncert_bundle_client_cert(NULL), "");
    CHECK_STR(vpncert_bundle_client_key(NULL), "");
    CHECK_STR(vpncert_bundle_client_config(NULL), "");
    CHECK_STR(vpncert_bundle_status(NULL), "");
    CHECK_STR(vpncert_bundle_resource_group_id(NULL), "");
    CHECK_STR(vpncert_bundle_request_id(NULL), "");
    CHECK(vpncert_bundle_create_time(NULL) == 0);
    CHECK(vpncert_bundle_end_time(NULL) == 0);
    CHECK_STR(vpncert_cert_summary_id(NULL), "");
    CHECK_STR(vpncert_cert_summary_name(NULL), "");
    CHECK_STR(vpncert_cert_summary_server_id(NULL), "");
    CHECK_STR(vpncert_cert_summary_region_id(NULL), "");
    CHECK_STR(vpncert_cert_summary_status(NULL), "");
    CHECK_STR(vpncert_cert_summary_resource_group_id(NULL), "");
    CHECK(vpncert_cert_summary_create_time(NULL) == 0);
    CHECK(vpncert_cert_summary_end_time(NULL) == 0);
    CHECK_STR(vpncert_server_id(NULL), "");
    CHECK_STR(vpncert_server_vpn_gateway_id(NULL), "");
    CHECK_STR(vpncert_server_region_id(NULL), "");
    CHECK_STR(vpncert_server_name(NULL), "");
    CHECK_STR(vpncert_server_internet_ip(NULL), "");
    CHECK_STR(vpncert_server_client_ip_pool(NULL), "");
    CHECK_STR(vpncert_server_local_subnet(NULL), "");
    CHECK_STR(vpncert_server_dns_servers(NULL), "");
    CHECK_STR(vpncert_server_proto(NULL), "");
    CHECK_STR(vpncert_server_cipher(NULL), "");
    CHECK_STR(vpncert_server_resource_group_id(NULL), "");
    CHECK(vpncert_server_port(NULL) == 0);
    CHECK(!vpncert_server_compress(NULL));
    CHECK(vpncert_server_connections(NULL) == 0);
    CHECK(vpncert_server_max_connections(NULL) == 0);
    CHECK(vpncert_server_create_time(NULL) == 0);
    CHECK(!vpncert_server_enable_multi_factor_auth(NULL));
    CHECK_STR(vpncert_server_idaas_instance_id(NULL), "");
    CHECK_STR(vpncert_server_idaas_region_id(NULL), "");
    CHECK_STR(vpncert_server_idaas_application_id(NULL), "");
    CHECK_STR(vpncert_server_idaas_instance_version(NULL), "");
    CHECK(vpncert_error_status(NULL) == VPNCERT_OK);
    CHECK_STR(vpncert_error_code(NULL), "");
    CHECK_STR(vpncert_error_message(NULL), "");
    CHECK_STR(vpncert_error_request_id(NULL), "");
    CHECK_STR(vpncert_error_recommend(NULL), "");
    CHECK_STR(vpncert_error_host_id(NULL), "");
    CHECK(vpncert_error_http_status(NULL) == 0);
    CHECK(!vpncert_error_is_retryable(NULL));

    vpncert_client_builder_free(NULL);
    vpncert_client_free(NULL);
    vpncert_cert_free(NULL);
    vpncert_bundle_free(NULL);
    vpncert_cert_list_free(NULL);
    vpncert_cert_summary_free(NULL);
    vpncert_server_list_free(NULL);
    vpncert_server_free(NULL);
    vpncert_error_free(NULL);
    vpncert_string_free(NULL);
    checks_run++; /* reaching here is the check */
}

static void test_names_and_version(void) {
    static const struct {
        vpncert_status status;
        unsigned number;
        const char *name;
    } table[] = {
        {VPNCERT_OK, 0, "VPNCERT_OK"},
        {VPNCERT_INVALID_ARGUMENT, 1, "VPNCERT_INVALID_ARGUMENT"},
        {VPNCERT_CREDENTIALS, 2, "VPNCERT_CREDENTIALS"},
        {VPNCERT_TRANSPORT, 3, "VPNCERT_TRANSPORT"},
        {VPNCERT_TIMEOUT, 4, "VPNCERT_TIMEOUT"},
        {VPNCERT_DECODE, 5, "VPNCERT_DECODE"},
        {VPNCERT_PANIC, 6, "VPNCERT_PANIC"},
        {VPNCERT_IO, 7, "VPNCERT_IO"},
        {VPNCERT_API_ERROR, 100, "VPNCERT_API_ERROR"},
        {VPNCERT_QUOTA_FULL, 101, "VPNCERT_QUOTA_FULL"},
        {VPNCERT_GATEWAY_CONFIGURING, 102, "VPNCERT_GATEWAY_CONFIGURING"},
        {VPNCERT_FINANCIAL_LOCKED, 103, "VPNCERT_FINANCIAL_LOCKED"},
        {VPNCERT_INVALID_NAME, 104, "VPNCERT_INVALID_NAME"},
        {VPNCERT_CREATE_LIMIT_REACHED, 105, "VPNCERT_CREATE_LIMIT_REACHED"},
        {VPNCERT_SUB_USER_FORBIDDEN, 106, "VPNCERT_SUB_USER_FORBIDDEN"},
        {VPNCERT_FORBIDDEN, 107, "VPNCERT_FORBIDDEN"},
        {VPNCERT_SSL_VPN_SERVER_NOT_FOUND, 108, "VPNCERT_SSL_VPN_SERVER_NOT_FOUND"},
        {VPNCERT_REGION_NOT_FOUND, 109, "VPNCERT_REGION_NOT_FOUND"},
        {VPNCERT_CERT_NOT_FOUND, 110, "VPNCERT_CERT_NOT_FOUND"},
        {VPNCERT_THROTTLING, 111, "VPNCERT_THROTTLING"},
        {VPNCERT_SERVICE_UNAVAILABLE, 112, "VPNCERT_SERVICE_UNAVAILABLE"},
        {VPNCERT_AUTH_FAILURE, 113, "VPNCERT_AUTH_FAILURE"},
        {VPNCERT_CLOCK_SKEW, 114, "VPNCERT_CLOCK_SKEW"},
    };
    size_t i;
    for (i = 0; i < sizeof table / sizeof table[0]; i++) {
        CHECK((unsigned)table[i].status == table[i].number);
        CHECK_STR(vpncert_status_name(table[i].status), table[i].name);
    }
    CHECK_STR(vpncert_status_name(8), "VPNCERT_UNKNOWN");
    CHECK_STR(vpncert_status_name(99), "VPNCERT_UNKNOWN");
    CHECK_STR(vpncert_status_name(0xffffffffu), "VPNCERT_UNKNOWN");
    CHECK(sizeof(vpncert_status) == 4);
    CHECK(vpncert_version() != NULL && vpncert_version()[0] >= '0' && vpncert_version()[0] <= '9');
}

int main(void) {
    emulator emu;
    vpncert_client *c;

    test_names_and_version();
    test_null_handles();
    test_builder();
    emu_start(&emu, NULL);
    c = test_client(emu.url, "cn-hangzhou", "testid", "testsecret", 0);
    test_client_calls(c);
    test_overlong(c);
    test_handles(c);
    vpncert_client_free(c);
    emu_stop(&emu);
    return finish("c arguments");
}
