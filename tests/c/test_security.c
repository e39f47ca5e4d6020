/*
 * The attacks of the security review, from C, against the hostile server of tests/hostile: a
 * region that redirects the signed request, pages that echo the STS token, SOCKS and unsupported
 * proxies, a list that never ends, a proxy for a loopback endpoint, durations that overflow the
 * clock, a private key in a wrong-typed field, an endpoint with a password, and an owned string
 * the caller scribbled over before freeing it. Everything talks to 127.0.0.1 only.
 */
#define _POSIX_C_SOURCE 200809L

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

/* As in tests/hostile/server.py: the server quotes this secret, and KEY_BODY is the base64 of
 * the key it puts in EndTime. The token is echoed as received. */
static const char *const ID = "STS.hostile-id";
static const char *const SECRET = "Hostile+Echo/Secret=0001~";
static const char *const TOKEN = "CAIS+hostile/token=value~1";
static const char *const KEY_BODY = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7";
static const char *const SERVER = "vss-emulator0001";

/* The API's percent-encoding (RFC 3986 unreserved characters kept), hex in `hex`'s case. */
static void percent_encode(const char *in, char *out, size_t size, const char *hex) {
    size_t n = 0;
    for (; *in != '\0' && n + 4 < size; in++) {
        unsigned char c = (unsigned char)*in;
        if (isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
            out[n++] = (char)c;
        } else {
            out[n++] = '%';
            out[n++] = hex[c >> 4];
            out[n++] = hex[c & 15];
        }
    }
    out[n] = '\0';
}

/* The token and the secret as they travel: bare, percent-encoded once (the V1 query) and twice
 * (the string to sign), with upper- and lower-case hex. */
#define FORMS 10
static char forms[FORMS][160];

static void make_forms(void) {
    const char *values[2];
    int v, i = 0;
    values[0] = SECRET;
    values[1] = TOKEN;
    for (v = 0; v < 2; v++) {
        char once[160];
        snprintf(forms[i++], sizeof forms[0], "%s", values[v]);
        percent_encode(values[v], once, sizeof once, "0123456789ABCDEF");
        snprintf(forms[i++], sizeof forms[0], "%s", once);
        percent_encode(once, forms[i++], sizeof forms[0], "0123456789ABCDEF");
        percent_encode(values[v], once, sizeof once, "0123456789abcdef");
        snprintf(forms[i++], sizeof forms[0], "%s", once);
        percent_encode(once, forms[i++], sizeof forms[0], "0123456789abcdef");
    }
}

static void lacks_at(const char *file, int line, const char *what, const char *text,
                     const char *needle) {
    checks_run++;
    if (text == NULL || strstr(text, needle) != NULL) {
        checks_failed++;
        fprintf(stderr, "FAIL %s:%d: %s leaks \"%s\": \"%s\"\n", file, line, what, needle,
                text ? text : "(NULL)");
    }
}
#define CHECK_LACKS(what, text, needle) lacks_at(__FILE__, __LINE__, (what), (text), (needle))

/* Every string accessor of the error, against every needle. */
static void check_error_lacks(const vpncert_error *err, const char *const *needles, int n) {
    int i;
    for (i = 0; i < n; i++) {
        CHECK_LACKS("code", vpncert_error_code(err), needles[i]);
        CHECK_LACKS("message", vpncert_error_message(err), needles[i]);
        CHECK_LACKS("request id", vpncert_error_request_id(err), needles[i]);
        CHECK_LACKS("recommend", vpncert_error_recommend(err), needles[i]);
        CHECK_LACKS("host id", vpncert_error_host_id(err), needles[i]);
    }
}

static void check_error_clean(const vpncert_error *err) {
    const char *needles[FORMS];
    int i;
    for (i = 0; i < FORMS; i++) needles[i] = forms[i];
    check_error_lacks(err, needles, FORMS);
}

static int port_of(const emulator *e) {
    return atoi(strrchr(e->url, ':') + 1);
}

static int connections_seen(const emulator *e) {
    int connections = -1;
    hostile_seen(e, &connections, NULL, 0);
    return connections;
}

/* Builds; on an unexpected success frees the client. Returns the status, error in *err. */
static vpncert_status build(vpncert_client_builder *b, vpncert_error **err) {
    vpncert_client *c = NULL;
    vpncert_status s = vpncert_client_build(b, &c, err);
    vpncert_client_free(c);
    return s;
}

static vpncert_client *sts_client(const char *url, uint32_t version) {
    vpncert_client_builder *b = vpncert_client_builder_new("cn-hangzhou");
    vpncert_client *c = NULL;
    vpncert_error *err = NULL;
    vpncert_status s;
    CHECK_STATUS(vpncert_client_builder_set_access_key(b, ID, SECRET, TOKEN), VPNCERT_OK, NULL);
    CHECK_STATUS(vpncert_client_builder_set_endpoint(b, url), VPNCERT_OK, NULL);
    CHECK_STATUS(vpncert_client_builder_set_max_retries(b, 0), VPNCERT_OK, NULL);
    CHECK_STATUS(vpncert_client_builder_set_signature_version(b, version), VPNCERT_OK, NULL);
    s = vpncert_client_build(b, &c, &err);
    if (s != VPNCERT_OK) {
        fprintf(stderr, "sts_client: %s: %s\n", vpncert_status_name(s), vpncert_error_message(err));
        exit(2);
    }
    return c;
}

/* 1. A region is part of the default endpoint's host: one with '@', '/', '#' or '?' would send
 * the signed request (and the token) to a host of the attacker's choosing. */
static void test_region_cannot_redirect_the_request(void) {
    emulator listener;
    char regions[4][96];
    int i;

    hostile_start(&listener, "count");
    snprintf(regions[0], sizeof regions[0], "x@127.0.0.1:%d/", port_of(&listener));
    snprintf(regions[1], sizeof regions[1], "x@127.0.0.1:%d#", port_of(&listener));
    snprintf(regions[2], sizeof regions[2], "x.127.0.0.1:%d?", port_of(&listener));
    snprintf(regions[3], sizeof regions[3], "cn-hangzhou.evil.example");
    for (i = 0; i < 4; i++) {
        int from_env;
        for (from_env = 0; from_env < 2; from_env++) {
            vpncert_client_builder *b;
            vpncert_error *err = NULL;
            if (from_env) setenv("ALIBABA_CLOUD_REGION_ID", regions[i], 1);
            b = vpncert_client_builder_new(from_env ? NULL : regions[i]);
            vpncert_client_builder_set_access_key(b, ID, SECRET, TOKEN);
            CHECK_STATUS(build(b, &err), VPNCERT_INVALID_ARGUMENT, err);
            CHECK_CONTAINS(vpncert_error_message(err), "RegionId");
            vpncert_error_free(err);
            unsetenv("ALIBABA_CLOUD_REGION_ID");
        }
    }
    CHECK(connections_seen(&listener) == 0);
    emu_stop(&listener);
}

/* 2. Gateways and APIs that echo the request put the token (and a server that learnt it, the
 * secret) into the answer; no accessor of the error may hand it on. */
static void test_echoed_token_never_reaches_the_error(void) {
    static const struct {
        const char *mode;
        vpncert_status status;
        int http;
    } cases[] = {
        {"echo-gateway", VPNCERT_SERVICE_UNAVAILABLE, 502},
        {"echo-api", VPNCERT_FORBIDDEN, 403},
        {"echo-text", VPNCERT_DECODE, 400},
    };
    static const uint32_t versions[] = {VPNCERT_SIGNATURE_V1, VPNCERT_SIGNATURE_V3};
    size_t i, v;

    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        for (v = 0; v < 2; v++) {
            emulator server;
            vpncert_client *c;
            vpncert_bundle *bundle = NULL;
            vpncert_error *err = NULL;
            char log[8192];

            hostile_start(&server, cases[i].mode);
            c = sts_client(server.url, versions[v]);
            CHECK_STATUS(vpncert_describe_ssl_vpn_client_cert(c, "vsc-1", &bundle, &err),
                         cases[i].status, err);
            CHECK(bundle == NULL);
            CHECK(vpncert_error_http_status(err) == cases[i].http);
            check_error_clean(err);
            if (cases[i].status == VPNCERT_FORBIDDEN) {
                /* Scrubbed, not dropped: the rest of the API's answer is still there. */
                CHECK_STR(vpncert_error_code(err), "Forbidden");
                CHECK_CONTAINS(vpncert_error_message(err), "are not allowed");
                CHECK_CONTAINS(vpncert_error_recommend(err), "https://help.example/");
                CHECK_CONTAINS(vpncert_error_host_id(err), "vpc.");
            }
            /* The server really had the token to echo: V1 sends it percent-encoded in the
             * query, V3 bare in a header. */
            CHECK(hostile_seen(&server, NULL, log, sizeof log) == 1);
            CHECK_CONTAINS(log, versions[v] == VPNCERT_SIGNATURE_V1 ? forms[6] : TOKEN);
            vpncert_error_free(err);
            vpncert_client_free(c);
            emu_stop(&server);
        }
    }
}

/* 3. A SOCKS proxy is used (and a dead one is a transport error, not a panic); a scheme no
 * client speaks is refused at build, naming where it came from, before anything is sent. */
static void test_proxies_socks_and_unsupported(void) {
    static const char *const schemes[] = {"socks5h", "socks5"};
    emulator listener;
    char proxy[96];
    const char *endpoints[2];
    size_t i, j;
    vpncert_client_builder *b;
    vpncert_error *err = NULL;
    int port = closed_port();

    hostile_start(&listener, "count");
    endpoints[0] = listener.url;
    endpoints[1] = "https://vpc.example.invalid";
    for (i = 0; i < 2; i++) {
        for (j = 0; j < 2; j++) {
            vpncert_client *c = NULL;
            vpncert_bundle *bundle = NULL;
            snprintf(proxy, sizeof proxy, "%s://127.0.0.1:%d", schemes[i], port);
            b = vpncert_client_builder_new("cn-hangzhou");
            vpncert_client_builder_set_access_key(b, "testid", "testsecret", NULL);
            vpncert_client_builder_set_endpoint(b, endpoints[j]);
            vpncert_client_builder_set_max_retries(b, 0);
            CHECK_STATUS(vpncert_client_builder_set_proxy(b, proxy), VPNCERT_OK, NULL);
            CHECK_STATUS(vpncert_client_build(b, &c, &err), VPNCERT_OK, err);
            CHECK_STATUS(vpncert_describe_ssl_vpn_client_cert(c, "vsc-1", &bundle, &err),
                         VPNCERT_TRANSPORT, err);
            vpncert_error_free(err);
            err = NULL;
            vpncert_client_free(c);
        }
    }
    /* An explicit proxy applies to a loopback endpoint too: nothing went around it. */
    CHECK(connections_seen(&listener) == 0);

    snprintf(proxy, sizeof proxy, "gopher://127.0.0.1:%d", port_of(&listener));
    b = vpncert_client_builder_new("cn-hangzhou");
    vpncert_client_builder_set_access_key(b, "testid", "testsecret", NULL);
    vpncert_client_builder_set_endpoint(b, "https://vpc.example.invalid");
    vpncert_client_builder_set_proxy(b, proxy);
    CHECK_STATUS(build(b, &err), VPNCERT_INVALID_ARGUMENT, err);
    CHECK_CONTAINS(vpncert_error_message(err), "proxy");
    vpncert_error_free(err);
    err = NULL;

    /* A password in the variable must not be repeated either. */
    snprintf(proxy, sizeof proxy, "gopher://user:hunter2-proxy@127.0.0.1:%d", port_of(&listener));
    setenv("HTTPS_PROXY", proxy, 1);
    b = vpncert_client_builder_new("cn-hangzhou");
    vpncert_client_builder_set_access_key(b, "testid", "testsecret", NULL);
    vpncert_client_builder_set_endpoint(b, "https://vpc.example.invalid");
    CHECK_STATUS(build(b, &err), VPNCERT_INVALID_ARGUMENT, err);
    CHECK_CONTAINS(vpncert_error_message(err), "HTTPS_PROXY");
    {
        const char *needles[] = {"hunter2"};
        check_error_lacks(err, needles, 1);
    }
    vpncert_error_free(err);
    unsetenv("HTTPS_PROXY");
    CHECK(connections_seen(&listener) == 0);
    emu_stop(&listener);
}

/* 5. Two full pages served in turn with a TotalCount that never comes: the walk must stop with
 * VPNCERT_DECODE after the 100 distinct items, having asked for 3 pages. */
static void test_alternating_pages_end_the_walk(void) {
    int servers;
    for (servers = 0; servers < 2; servers++) {
        emulator server;
        vpncert_client *c;
        vpncert_error *err = NULL;
        vpncert_status s = VPNCERT_OK;
        int items = 0, guard;

        hostile_start(&server, "alternate-pages");
        c = sts_client(server.url, VPNCERT_SIGNATURE_V1);
        if (servers) {
            vpncert_server_list *list = NULL;
            vpncert_server *item = NULL;
            CHECK_STATUS(vpncert_server_list_new(c, &list, &err), VPNCERT_OK, err);
            for (guard = 0; guard < 1000; guard++) {
                item = NULL;
                s = vpncert_server_list_next(list, &item, &err);
                if (s != VPNCERT_OK || item == NULL) break;
                items++;
                vpncert_server_free(item);
            }
            CHECK_STATUS(s, VPNCERT_DECODE, err);
            /* The walk is over after the error. */
            CHECK_STATUS(vpncert_server_list_next(list, &item, NULL), VPNCERT_OK, NULL);
            CHECK(item == NULL);
            vpncert_server_list_free(list);
        } else {
            vpncert_cert_list *list = NULL;
            vpncert_cert_summary *item = NULL;
            CHECK_STATUS(vpncert_cert_list_new(c, NULL, &list, &err), VPNCERT_OK, err);
            for (guard = 0; guard < 1000; guard++) {
                item = NULL;
                s = vpncert_cert_list_next(list, &item, &err);
                if (s != VPNCERT_OK || item == NULL) break;
                items++;
                vpncert_cert_summary_free(item);
            }
            CHECK_STATUS(s, VPNCERT_DECODE, err);
            CHECK_STATUS(vpncert_cert_list_next(list, &item, NULL), VPNCERT_OK, NULL);
            CHECK(item == NULL);
            vpncert_cert_list_free(list);
        }
        CHECK(items == 100);
        CHECK(hostile_seen(&server, NULL, NULL, 0) == 3);
        check_error_clean(err);
        vpncert_error_free(err);
        vpncert_client_free(c);
        emu_stop(&server);
    }
}

/* 6. A proxy elsewhere cannot reach this machine's loopback, and a plain-http request carries
 * the token in cleartext: the environment's proxy is not for a loopback endpoint. */
static void test_loopback_endpoint_ignores_the_environments_proxy(void) {
    static const char *const vars[] = {"HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy"};
    emulator proxy, emu;
    vpncert_client *c;
    vpncert_cert *cert = NULL;
    vpncert_server_list *list = NULL;
    vpncert_server *server = NULL;
    vpncert_error *err = NULL;
    size_t i;

    hostile_start(&proxy, "count");
    emu_start(&emu, NULL);
    for (i = 0; i < 4; i++) setenv(vars[i], proxy.url, 1);
    c = test_client(emu.url, "cn-hangzhou", "testid", "testsecret", 0);
    CHECK_STATUS(vpncert_create_ssl_vpn_client_cert(c, SERVER, "alice", NULL, &cert, &err),
                 VPNCERT_OK, err);
    vpncert_cert_free(cert);
    CHECK_STATUS(vpncert_server_list_new(c, &list, &err), VPNCERT_OK, err);
    CHECK_STATUS(vpncert_server_list_next(list, &server, &err), VPNCERT_OK, err);
    CHECK(server != NULL);
    CHECK_STR(vpncert_server_id(server), SERVER);
    vpncert_server_free(server);
    vpncert_server_list_free(list);
    vpncert_client_free(c);
    for (i = 0; i < 4; i++) unsetenv(vars[i]);
    CHECK(connections_seen(&proxy) == 0);
    emu_stop(&emu);
    emu_stop(&proxy);
}

/* 10. Durations beyond a day overflow clocks somewhere (1e19 s panicked in the core): each
 * setter refuses them, and the builder remembers the refusal. */
static void test_huge_durations_are_refused(void) {
    typedef vpncert_status (*setter)(vpncert_client_builder *, uint64_t);
    static const struct {
        setter set;
        const char *name;
    } setters[] = {
        /* Messages name the C argument, as for every invalid argument. */
        {vpncert_client_builder_set_timeout_ms, "timeout_ms"},
        {vpncert_client_builder_set_connect_timeout_ms, "connect_timeout_ms"},
        {vpncert_client_builder_set_configuring_budget_ms, "budget_ms"},
    };
    static const uint64_t values[] = {UINT64_MAX, UINT64_MAX / 2, 86400001};
    emulator listener;
    vpncert_client *c;
    vpncert_error *err = NULL;
    size_t i, v;

    for (i = 0; i < sizeof setters / sizeof setters[0]; i++) {
        for (v = 0; v < sizeof values / sizeof values[0]; v++) {
            vpncert_client_builder *b = vpncert_client_builder_new("cn-hangzhou");
            vpncert_client_builder_set_access_key(b, "testid", "testsecret", NULL);
            vpncert_client_builder_set_endpoint(b, "http://127.0.0.1:9");
            CHECK_STATUS(setters[i].set(b, values[v]), VPNCERT_INVALID_ARGUMENT, NULL);
            CHECK_STATUS(build(b, &err), VPNCERT_INVALID_ARGUMENT, err);
            CHECK_CONTAINS(vpncert_error_message(err), setters[i].name);
            vpncert_error_free(err);
            err = NULL;
        }
    }

    hostile_start(&listener, "count");
    c = sts_client(listener.url, VPNCERT_SIGNATURE_V1);
    for (v = 0; v < sizeof values / sizeof values[0]; v++) {
        bool already = true;
        CHECK_STATUS(vpncert_delete_ssl_vpn_client_cert(c, "vsc-1", NULL, values[v], &already, &err),
                     VPNCERT_INVALID_ARGUMENT, err);
        CHECK_CONTAINS(vpncert_error_message(err), "wait");
        CHECK(already); /* untouched */
        vpncert_error_free(err);
        err = NULL;
    }
    vpncert_client_free(c);
    CHECK(connections_seen(&listener) == 0);
    emu_stop(&listener);
}

/* 11. A describe answer whose EndTime holds the private key: the decode error may say the field
 * is wrong, never quote it. */
static void test_key_in_a_wrong_typed_field_is_not_quoted(void) {
    emulator server;
    vpncert_client *c;
    vpncert_bundle *bundle = NULL;
    vpncert_error *err = NULL;
    char start[13];
    const char *needles[2];

    memcpy(start, KEY_BODY, sizeof start - 1);
    start[sizeof start - 1] = '\0';
    needles[0] = KEY_BODY;
    needles[1] = start; /* any stretch of the key is a leak, not only all of it */
    hostile_start(&server, "key-in-field");
    c = sts_client(server.url, VPNCERT_SIGNATURE_V1);
    CHECK_STATUS(vpncert_describe_ssl_vpn_client_cert(c, "vsc-1", &bundle, &err), VPNCERT_DECODE,
                 err);
    CHECK(bundle == NULL);
    check_error_lacks(err, needles, 2);
    check_error_clean(err);
    CHECK(hostile_seen(&server, NULL, NULL, 0) == 1);
    vpncert_error_free(err);
    vpncert_client_free(c);
    emu_stop(&server);
}

/* 12. An endpoint with user information is refused, and the password is never repeated. */
static void test_endpoint_password_is_never_repeated(void) {
    static const char *const endpoints[] = {
        "https://admin:hunter2-pass@vpc.example.com",
        "https://admin:hunter2-pass@vpc.example.com/path",
        "ftp://admin:hunter2-pass@vpc.example.com",
        "admin:hunter2-pass@vpc.example.com",
    };
    const char *needles[] = {"hunter2"};
    size_t i;

    for (i = 0; i < sizeof endpoints / sizeof endpoints[0]; i++) {
        vpncert_client_builder *b = vpncert_client_builder_new("cn-hangzhou");
        vpncert_error *err = NULL;
        vpncert_client_builder_set_access_key(b, "testid", "testsecret", NULL);
        /* The setter may refuse at once or leave it to the build; either way the build fails. */
        vpncert_client_builder_set_endpoint(b, endpoints[i]);
        CHECK_STATUS(build(b, &err), VPNCERT_INVALID_ARGUMENT, err);
        CHECK_CONTAINS(vpncert_error_message(err), "endpoint");
        check_error_lacks(err, needles, 1);
        vpncert_error_free(err);
    }
}

/* 16. The profile string is the caller's: a caller that truncates it, rewrites it, or leaves no
 * NUL at all still hands vpncert_string_free something it frees (and wipes) in full. ASan and
 * valgrind (run.sh runs this under both) catch a free that goes by strlen. */
static void test_owned_profile_string_survives_the_caller(void) {
    emulator emu;
    vpncert_client *c;
    vpncert_bundle *issued = NULL, *bundle = NULL;
    vpncert_error *err = NULL;
    int round;

    emu_start(&emu, NULL);
    c = test_client(emu.url, "cn-hangzhou", "testid", "testsecret", 0);
    CHECK_STATUS(vpncert_issue_client_cert(c, SERVER, "alice", NULL, &issued, &err), VPNCERT_OK,
                 err);
    if (issued == NULL) {
        vpncert_error_free(err);
        vpncert_client_free(c);
        emu_stop(&emu);
        return;
    }
    CHECK_STATUS(vpncert_describe_ssl_vpn_client_cert(c, vpncert_bundle_id(issued), &bundle, &err),
                 VPNCERT_OK, err);
    for (round = 0; bundle != NULL && round < 3; round++) {
        char *profile = NULL;
        size_t len;
        CHECK_STATUS(vpncert_bundle_to_ovpn(bundle, &profile, &err), VPNCERT_OK, err);
        if (profile == NULL) break;
        len = strlen(profile);
        CHECK(len > 200);
        CHECK_CONTAINS(profile, "<key>");
        switch (round) {
        case 0: /* truncated in the middle */
            profile[len / 2] = '\0';
            break;
        case 1: /* truncated, and the text before and after the NUL rewritten */
            profile[len / 2] = '\0';
            memset(profile, '#', len / 4);
            memset(profile + len / 2 + 1, 'x', len - len / 2 - 1);
            break;
        default: /* every byte rewritten, the terminator too */
            memset(profile, 'x', len + 1);
            break;
        }
        vpncert_string_free(profile);
    }
    vpncert_bundle_free(bundle);
    vpncert_bundle_free(issued);
    vpncert_client_free(c);
    emu_stop(&emu);
}

int main(void) {
    static const char *const ambient[] = {
        "ALIBABA_CLOUD_REGION_ID",   "ALIBABA_CLOUD_ENDPOINT_VPC",     "ALIBABA_CLOUD_PROFILE",
        "ALIBABA_CLOUD_CONFIG_FILE", "ALIBABA_CLOUD_CREDENTIALS_FILE", "ALIBABA_CLOUD_CREDENTIALS_URI",
        "ALIBABA_CLOUD_CA_BUNDLE",   "HTTPS_PROXY",                    "https_proxy",
        "HTTP_PROXY",                "http_proxy",                     "ALL_PROXY",
        "all_proxy",                 "NO_PROXY",                       "no_proxy",
    };
    size_t i;

    /* Only what each test sets: no credential chain goes looking, no setting of the runner's. */
    setenv("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true", 1);
    setenv("HOME", "/nonexistent/vpncert-test-security", 1);
    for (i = 0; i < sizeof ambient / sizeof ambient[0]; i++) unsetenv(ambient[i]);
    make_forms();

    test_region_cannot_redirect_the_request();
    test_echoed_token_never_reaches_the_error();
    test_proxies_socks_and_unsupported();
    test_alternating_pages_end_the_walk();
    test_loopback_endpoint_ignores_the_environments_proxy();
    test_huge_durations_are_refused();
    test_key_in_a_wrong_typed_field_is_not_quoted();
    test_endpoint_password_is_never_repeated();
    test_owned_profile_string_survives_the_caller();
    return finish("c security");
}
