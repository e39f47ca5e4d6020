/*
 * Every documented error code of CreateSslVpnClientCert, reproduced by the emulator, arrives as
 * its own vpncert_status with the API's code, message, request id and HTTP status; so do the
 * gateway-level and local failures a C caller meets.
 */
#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"

static const char *SERVER = "vss-emulator0001";

/* Creates on `server` with `c` and checks the failure in full. */
static void expect_create_error(vpncert_client *c, const char *server, const char *name,
                                vpncert_status want, const char *code, int http) {
    vpncert_cert *out = (vpncert_cert *)&out; /* a sentinel: must stay untouched */
    vpncert_cert *const sentinel = out;
    vpncert_error *err = NULL;
    vpncert_status s = vpncert_create_ssl_vpn_client_cert(c, server, name, NULL, &out, &err);

    CHECK_STATUS(s, want, err);
    CHECK(out == sentinel);
    CHECK(err != NULL);
    CHECK(vpncert_error_status(err) == want);
    CHECK_STR(vpncert_error_code(err), code);
    CHECK(strlen(vpncert_error_message(err)) > 0);
    CHECK(strlen(vpncert_error_request_id(err)) > 0);
    CHECK(vpncert_error_http_status(err) == http);
    CHECK(vpncert_error_recommend(err) != NULL);
    CHECK(vpncert_error_host_id(err) != NULL);
    if (vpncert_error_http_status(err) != http)
        fprintf(stderr, "  (%s: HTTP %d, want %d)\n", code, vpncert_error_http_status(err), http);
    vpncert_error_free(err);
}

/* An emulator started with `args`, a client on it, one create error checked, both stopped. */
static void create_error_on(const char *const *args, const char *server, vpncert_status want,
                            const char *code, int http) {
    emulator emu;
    vpncert_client *c;
    emu_start(&emu, args);
    c = test_client(emu.url, "cn-hangzhou", "testid", "testsecret", 0);
    expect_create_error(c, server, "eve", want, code, http);
    vpncert_client_free(c);
    emu_stop(&emu);
}

static void test_documented_create_errors(void) {
    emulator emu;
    vpncert_client *owner, *sub, *noperm, *nowhere;
    vpncert_cert *out = NULL;
    vpncert_error *err = NULL;
    vpncert_status s;
    const char *args[] = {"--access-key", "testid:testsecret",
                          "--access-key", "sub:subsecret:subuser",
                          "--access-key", "np:npsecret:noperm",
                          "--server",     "cn-hangzhou:vss-emulator0001",
                          "--server",     "cn-hangzhou:vss-x:locked",
                          "--server",     "cn-hangzhou:vss-c:configuring=100",
                          NULL};
    const char *quota0[] = {"--quota", "0", NULL};
    const char *server_quota0[] = {"--server-quota", "0", NULL};
    const char *limit0[] = {"--create-limit", "0", NULL};

    emu_start(&emu, args);
    owner = test_client(emu.url, "cn-hangzhou", "testid", "testsecret", 0);
    sub = test_client(emu.url, "cn-hangzhou", "sub", "subsecret", 0);
    noperm = test_client(emu.url, "cn-hangzhou", "np", "npsecret", 0);
    nowhere = test_client(emu.url, "cn-nowhere-1", "testid", "testsecret", 0);

    expect_create_error(owner, "vss-c", "eve", VPNCERT_GATEWAY_CONFIGURING,
                        "VpnGateway.Configuring", 400);
    expect_create_error(owner, "vss-x", "eve", VPNCERT_FINANCIAL_LOCKED,
                        "VpnGateway.FinancialLocked", 400);
    expect_create_error(sub, SERVER, "eve", VPNCERT_SUB_USER_FORBIDDEN, "Forbbiden.SubUser", 403);
    expect_create_error(noperm, SERVER, "eve", VPNCERT_FORBIDDEN, "Forbidden", 403);
    expect_create_error(owner, "vss-doesnotexist", "eve", VPNCERT_SSL_VPN_SERVER_NOT_FOUND,
                        "InvalidSslVpnServerId.NotFound", 404);
    expect_create_error(nowhere, SERVER, "eve", VPNCERT_REGION_NOT_FOUND,
                        "InvalidRegionId.NotFound", 404);

    /* The gateway's Configuring is retryable: the caller may try again later. */
    s = vpncert_create_ssl_vpn_client_cert(owner, "vss-c", NULL, NULL, &out, &err);
    CHECK_STATUS(s, VPNCERT_GATEWAY_CONFIGURING, err);
    CHECK(vpncert_error_is_retryable(err));
    vpncert_error_free(err);
    err = NULL;

    /*
     * InvalidName: the core checks names with the API's own rules (1-100 characters, not starting
     * with http:// or https://) before sending, and the emulator applies the same rules, so no
     * name reaches the server to be refused there. The local refusal is what a C caller sees:
     * VPNCERT_INVALID_ARGUMENT naming the parameter, no code, no request. (The mapping of the
     * API's InvalidName to VPNCERT_INVALID_NAME is checked by the Rust unit tests of ffi-c.)
     */
    s = vpncert_create_ssl_vpn_client_cert(owner, SERVER, "https://alice", NULL, &out, &err);
    CHECK_STATUS(s, VPNCERT_INVALID_ARGUMENT, err);
    CHECK_CONTAINS(vpncert_error_message(err), "Name");
    CHECK_STR(vpncert_error_code(err), "");
    CHECK_STR(vpncert_error_request_id(err), "");
    CHECK(vpncert_error_http_status(err) == 0);
    CHECK(!vpncert_error_is_retryable(err));
    vpncert_error_free(err);
    err = NULL;
    {
        char long_name[102];
        memset(long_name, 'n', 101);
        long_name[101] = '\0';
        s = vpncert_create_ssl_vpn_client_cert(owner, SERVER, long_name, NULL, &out, &err);
        CHECK_STATUS(s, VPNCERT_INVALID_ARGUMENT, err);
        CHECK_CONTAINS(vpncert_error_message(err), "Name");
        vpncert_error_free(err);
        err = NULL;
    }

    vpncert_client_free(owner);
    vpncert_client_free(sub);
    vpncert_client_free(noperm);
    vpncert_client_free(nowhere);
    emu_stop(&emu);

    create_error_on(quota0, SERVER, VPNCERT_QUOTA_FULL, "Resource.QuotaFull", 400);
    create_error_on(server_quota0, SERVER, VPNCERT_QUOTA_FULL, "CreateSslCertsQuotaFull.QuotaFull",
                    400);
    create_error_on(limit0, SERVER, VPNCERT_CREATE_LIMIT_REACHED,
                    "SslVpnClientCreateTimes.ReachLimits", 400);
}

static void test_gateway_level_errors(void) {
    emulator emu;
    vpncert_client *c;
    const char *none[] = {NULL};
    const char *always503[] = {"--fault", "503:1", "--seed", "1", NULL};
    const char *always_throttled[] = {"--fault", "throttle:1", "--seed", "1", NULL};

    emu_start(&emu, none);
    c = test_client(emu.url, "cn-hangzhou", "testid", "wrong-secret", 0);
    expect_create_error(c, SERVER, "eve", VPNCERT_AUTH_FAILURE, "SignatureDoesNotMatch", 400);
    vpncert_client_free(c);
    c = test_client(emu.url, "cn-hangzhou", "nobody", "secret", 0);
    {
        vpncert_cert *out = NULL;
        vpncert_error *err = NULL;
        vpncert_status s = vpncert_create_ssl_vpn_client_cert(c, SERVER, NULL, NULL, &out, &err);
        CHECK_STATUS(s, VPNCERT_AUTH_FAILURE, err);
        CHECK_CONTAINS(vpncert_error_code(err), "InvalidAccessKeyId");
        /* The secret never appears in what the error says. */
        CHECK(strstr(vpncert_error_message(err), "wrong-secret") == NULL);
        vpncert_error_free(err);
    }
    vpncert_client_free(c);
    emu_stop(&emu);

    emu_start(&emu, always503);
    c = test_client(emu.url, "cn-hangzhou", "testid", "testsecret", 0);
    expect_create_error(c, SERVER, "eve", VPNCERT_SERVICE_UNAVAILABLE, "ServiceUnavailable", 503);
    vpncert_client_free(c);
    emu_stop(&emu);

    emu_start(&emu, always_throttled);
    c = test_client(emu.url, "cn-hangzhou", "testid", "testsecret", 0);
    {
        vpncert_cert *out = NULL;
        vpncert_error *err = NULL;
        vpncert_status s = vpncert_create_ssl_vpn_client_cert(c, SERVER, NULL, NULL, &out, &err);
        CHECK_STATUS(s, VPNCERT_THROTTLING, err);
        CHECK_CONTAINS(vpncert_error_code(err), "Throttling");
        CHECK(strlen(vpncert_error_request_id(err)) > 0);
        CHECK(vpncert_error_is_retryable(err));
        vpncert_error_free(err);
    }
    vpncert_client_free(c);
    emu_stop(&emu);
}

static void test_local_failures(void) {
    emulator emu;
    vpncert_client_builder *b;
    vpncert_client *c = NULL;
    vpncert_cert *out = NULL;
    vpncert_error *err = NULL;
    vpncert_status s;
    char home[] = "/tmp/vpncert-c-home-XXXXXX";
    char url[256];
    const char *slow[] = {"--latency-ms", "1500", NULL};

    /* Transport: nothing listens there (the emulator is stopped, its port freed). */
    emu_start(&emu, NULL);
    snprintf(url, sizeof url, "%s", emu.url);
    emu_stop(&emu);
    c = test_client(url, "cn-hangzhou", "testid", "testsecret", 0);
    s = vpncert_create_ssl_vpn_client_cert(c, SERVER, NULL, NULL, &out, &err);
    CHECK_STATUS(s, VPNCERT_TRANSPORT, err);
    CHECK_STR(vpncert_error_code(err), "");
    CHECK_STR(vpncert_error_request_id(err), "");
    CHECK(vpncert_error_http_status(err) == 0);
    CHECK(vpncert_error_is_retryable(err));
    vpncert_error_free(err);
    err = NULL;
    vpncert_client_free(c);

    /* Timeout: the answer takes longer than the client waits. */
    emu_start(&emu, slow);
    b = vpncert_client_builder_new("cn-hangzhou");
    vpncert_client_builder_set_endpoint(b, emu.url);
    vpncert_client_builder_set_access_key(b, "testid", "testsecret", NULL);
    vpncert_client_builder_set_max_retries(b, 0);
    vpncert_client_builder_set_timeout_ms(b, 300);
    s = vpncert_client_build(b, &c, &err);
    CHECK_STATUS(s, VPNCERT_OK, err);
    s = vpncert_create_ssl_vpn_client_cert(c, SERVER, NULL, NULL, &out, &err);
    CHECK_STATUS(s, VPNCERT_TIMEOUT, err);
    CHECK(vpncert_error_is_retryable(err));
    vpncert_error_free(err);
    err = NULL;
    vpncert_client_free(c);
    c = NULL;
    emu_stop(&emu);

    /* Credentials: no access key given and none anywhere the default chain looks. */
    if (mkdtemp(home) == NULL) {
        perror("mkdtemp");
        exit(2);
    }
    setenv("HOME", home, 1);
    setenv("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true", 1);
    setenv("ALIBABA_CLOUD_CLI_PROFILE_DISABLED", "true", 1);
    unsetenv("ALIBABA_CLOUD_ACCESS_KEY_ID");
    unsetenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
    unsetenv("ALIBABA_CLOUD_SECURITY_TOKEN");
    unsetenv("ALIBABACLOUD_ACCESS_KEY_ID");
    unsetenv("ALICLOUD_ACCESS_KEY_ID");
    unsetenv("ALIBABA_CLOUD_CONFIG_FILE");
    unsetenv("ALIBABA_CLOUD_CREDENTIALS_FILE");
    unsetenv("ALIBABA_CLOUD_PROFILE");
    unsetenv("ALIBABA_CLOUD_ROLE_ARN");
    unsetenv("ALIBABA_CLOUD_OIDC_PROVIDER_ARN");
    unsetenv("ALIBABA_CLOUD_OIDC_TOKEN_FILE");
    unsetenv("ALIBABA_CLOUD_CREDENTIALS_URI");
    b = vpncert_client_builder_new("cn-hangzhou");
    vpncert_client_builder_set_endpoint(b, url);
    s = vpncert_client_build(b, &c, &err);
    CHECK_STATUS(s, VPNCERT_OK, err);
    s = vpncert_create_ssl_vpn_client_cert(c, SERVER, NULL, NULL, &out, &err);
    CHECK_STATUS(s, VPNCERT_CREDENTIALS, err);
    CHECK(strlen(vpncert_error_message(err)) > 0);
    CHECK_STR(vpncert_error_code(err), "");
    vpncert_error_free(err);
    err = NULL;
    vpncert_client_free(c);
    rmdir(home);
}


/* Secrets never reach C: with STS credentials and a wrong secret the server echoes its string to
 * sign (which, signed V1, carries the token); no text of the error object may repeat the secret
 * or the token, whichever signature version is used. */
static void test_secrets_stay_out_of_errors(void) {
    static const char *SECRET = "SeCrEt+C/sweep=";
    static const char *TOKEN = "ToKeN+C/sweep=";
    const char *sts[] = {"--sts", "STS.sweep:right-secret:ToKeN+C/sweep=", NULL};
    emulator emu;
    uint32_t versions[] = {VPNCERT_SIGNATURE_V1, VPNCERT_SIGNATURE_V3};
    size_t i;

    emu_start(&emu, sts);
    for (i = 0; i < 2; i++) {
        vpncert_client_builder *b = vpncert_client_builder_new("cn-hangzhou");
        vpncert_client *c = NULL;
        vpncert_cert *out = NULL;
        vpncert_error *err = NULL;
        const char *texts[5];
        size_t t;

        vpncert_client_builder_set_endpoint(b, emu.url);
        vpncert_client_builder_set_access_key(b, "STS.sweep", SECRET, TOKEN);
        vpncert_client_builder_set_signature_version(b, versions[i]);
        vpncert_client_builder_set_max_retries(b, 0);
        CHECK_STATUS(vpncert_client_build(b, &c, &err), VPNCERT_OK, err);
        if (c == NULL) continue;
        CHECK_STATUS(vpncert_create_ssl_vpn_client_cert(c, SERVER, "x", NULL, &out, &err),
                     VPNCERT_AUTH_FAILURE, err);
        CHECK_STR(vpncert_error_code(err), "SignatureDoesNotMatch");
        texts[0] = vpncert_error_message(err);
        texts[1] = vpncert_error_code(err);
        texts[2] = vpncert_error_request_id(err);
        texts[3] = vpncert_error_recommend(err);
        texts[4] = vpncert_error_host_id(err);
        for (t = 0; t < 5; t++) {
            CHECK(texts[t] != NULL && strstr(texts[t], SECRET) == NULL);
            CHECK(texts[t] != NULL && strstr(texts[t], TOKEN) == NULL);
            CHECK(texts[t] != NULL && strstr(texts[t], "ToKeN%2BC") == NULL);
            CHECK(texts[t] != NULL && strstr(texts[t], "ToKeN%252BC") == NULL);
        }
        vpncert_error_free(err);
        vpncert_client_free(c);
    }
    emu_stop(&emu);
}

int main(void) {
    test_documented_create_errors();
    test_secrets_stay_out_of_errors();
    test_gateway_level_errors();
    test_local_failures();
    return finish("c errors");
}
