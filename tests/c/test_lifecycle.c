/*
 * The certificate lifecycle through libvpncert against the emulator: create (and its
 * idempotency), describe with every accessor, the OpenVPN profile in memory and on disk, list
 * with the iterator, servers (with and without DNS servers), rename, delete (and deleting again),
 * issue, signature V3.
 */
#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "harness.h"

static const char *SERVER = "vss-emulator0001";
/* The DNS servers the emulator gives SERVER (--dns-servers), and a second server without any. */
static const char *SERVER_DNS = "10.0.0.2,10.0.0.3,fd00::53";
static const char *SERVER_NO_DNS = "vss-nodns0001";
/* A server with two-factor authentication: every IDaaS value differs from the others, so an
 * accessor that returned another field's value would fail. */
static const char *SERVER_MFA = "vss-mfa00001";
static const char *MFA_IDAAS = "vss-mfa00001=idaas-cn-mfa0001:cn-shanghai:app-mfa0001:2.0";
static const char *MFA_INSTANCE = "idaas-cn-mfa0001";
static const char *MFA_REGION = "cn-shanghai";
static const char *MFA_APPLICATION = "app-mfa0001";
static const char *MFA_VERSION = "2.0";

static char *read_file(const char *path) {
    FILE *f = fopen(path, "rb");
    char *buf;
    long n;
    if (f == NULL) return NULL;
    fseek(f, 0, SEEK_END);
    n = ftell(f);
    fseek(f, 0, SEEK_SET);
    buf = malloc((size_t)n + 1);
    if (buf != NULL && fread(buf, 1, (size_t)n, f) == (size_t)n) {
        buf[n] = '\0';
    } else {
        free(buf);
        buf = NULL;
    }
    fclose(f);
    return buf;
}

static void test_create_and_describe(vpncert_client *c, const char *dir) {
    vpncert_cert *cert = NULL, *again = NULL;
    vpncert_bundle *b = NULL;
    vpncert_error *err = NULL;
    char *ovpn = NULL, *on_disk, path[512], latin1[512];
    struct stat st;
    vpncert_status s;

    s = vpncert_create_ssl_vpn_client_cert(c, SERVER, "alice", "c-test-alice-1", &cert, &err);
    CHECK_STATUS(s, VPNCERT_OK, err);
    CHECK(err == NULL);
    if (s != VPNCERT_OK) return;
    CHECK(strncmp(vpncert_cert_id(cert), "vsc-", 4) == 0);
    CHECK_STR(vpncert_cert_name(cert), "alice");
    CHECK(strlen(vpncert_cert_request_id(cert)) > 0);

    /* Same ClientToken: the same certificate, not a second one. */
    s = vpncert_create_ssl_vpn_client_cert(c, SERVER, "alice", "c-test-alice-1", &again, &err);
    CHECK_STATUS(s, VPNCERT_OK, err);
    CHECK_STR(vpncert_cert_id(again), vpncert_cert_id(cert));
    vpncert_cert_free(again);

    s = vpncert_describe_ssl_vpn_client_cert(c, vpncert_cert_id(cert), &b, &err);
    CHECK_STATUS(s, VPNCERT_OK, err);
    if (s == VPNCERT_OK) {
        CHECK_STR(vpncert_bundle_id(b), vpncert_cert_id(cert));
        CHECK_STR(vpncert_bundle_name(b), "alice");
        CHECK_STR(vpncert_bundle_server_id(b), SERVER);
        CHECK_STR(vpncert_bundle_region_id(b), "cn-hangzhou");
        CHECK_STR(vpncert_bundle_status(b), "normal");
        CHECK_CONTAINS(vpncert_bundle_ca_cert(b), "-----BEGIN CERTIFICATE-----");
        CHECK_CONTAINS(vpncert_bundle_client_cert(b), "-----BEGIN CERTIFICATE-----");
        CHECK_CONTAINS(vpncert_bundle_client_key(b), "PRIVATE KEY-----");
        CHECK(strlen(vpncert_bundle_client_config(b)) > 0);
        CHECK(vpncert_bundle_resource_group_id(b) != NULL);
        CHECK(strlen(vpncert_bundle_request_id(b)) > 0);
        CHECK(vpncert_bundle_create_time(b) > 1600000000000LL);
        /* Three years, give or take a leap day. */
        CHECK(vpncert_bundle_end_time(b) - vpncert_bundle_create_time(b) > 1090LL * 86400000LL);

        s = vpncert_bundle_to_ovpn(b, &ovpn, &err);
        CHECK_STATUS(s, VPNCERT_OK, err);
        CHECK_CONTAINS(ovpn, "client");
        CHECK_CONTAINS(ovpn, "<ca>");
        CHECK_CONTAINS(ovpn, "<cert>");
        CHECK_CONTAINS(ovpn, "<key>");

        snprintf(path, sizeof path, "%s/alice.ovpn", dir);
        s = vpncert_bundle_write_ovpn(b, path, false, &err);
        CHECK_STATUS(s, VPNCERT_OK, err);
        CHECK(stat(path, &st) == 0 && (st.st_mode & 0777) == 0600);
        on_disk = read_file(path);
        CHECK(on_disk != NULL && ovpn != NULL && strcmp(on_disk, ovpn) == 0);
        free(on_disk);

        /* An existing file is VPNCERT_IO unless overwriting is asked for. */
        s = vpncert_bundle_write_ovpn(b, path, false, &err);
        CHECK_STATUS(s, VPNCERT_IO, err);
        CHECK_CONTAINS(vpncert_error_message(err), "alice.ovpn");
        CHECK_STR(vpncert_error_code(err), "");
        vpncert_error_free(err);
        err = NULL;
        s = vpncert_bundle_write_ovpn(b, path, true, &err);
        CHECK_STATUS(s, VPNCERT_OK, err);

        /* On Unix a path is bytes: a Latin-1 file name is still a file name. */
        snprintf(latin1, sizeof latin1, "%s/caf\xe9.ovpn", dir);
        s = vpncert_bundle_write_ovpn(b, latin1, false, &err);
        CHECK_STATUS(s, VPNCERT_OK, err);
        CHECK(access(latin1, F_OK) == 0);
        unlink(latin1);
        unlink(path);

        vpncert_string_free(ovpn);
        vpncert_bundle_free(b);
    }
    vpncert_cert_free(cert);
}

static int list_contains(vpncert_client *c, const char *server, const char *id, int *count) {
    vpncert_cert_list *list = NULL;
    vpncert_cert_summary *item = NULL;
    vpncert_error *err = NULL;
    vpncert_status s;
    int found = 0;

    *count = 0;
    s = vpncert_cert_list_new(c, server, &list, &err);
    CHECK_STATUS(s, VPNCERT_OK, err);
    if (s != VPNCERT_OK) return 0;
    for (;;) {
        s = vpncert_cert_list_next(list, &item, &err);
        CHECK_STATUS(s, VPNCERT_OK, err);
        if (s != VPNCERT_OK || item == NULL) break;
        (*count)++;
        if (strcmp(vpncert_cert_summary_id(item), id) == 0) {
            found = 1;
            CHECK_STR(vpncert_cert_summary_server_id(item), SERVER);
            CHECK_STR(vpncert_cert_summary_region_id(item), "cn-hangzhou");
            CHECK_STR(vpncert_cert_summary_status(item), "normal");
            CHECK(strlen(vpncert_cert_summary_name(item)) > 0);
            CHECK(vpncert_cert_summary_resource_group_id(item) != NULL);
            CHECK(vpncert_cert_summary_create_time(item) > 0);
            CHECK(vpncert_cert_summary_end_time(item) > vpncert_cert_summary_create_time(item));
        }
        vpncert_cert_summary_free(item);
    }
    /* The end stays the end. */
    item = (vpncert_cert_summary *)&item;
    s = vpncert_cert_list_next(list, &item, &err);
    CHECK_STATUS(s, VPNCERT_OK, err);
    CHECK(item == NULL);
    vpncert_cert_list_free(list);
    return found;
}

static void test_list_rename_delete(vpncert_client *c) {
    vpncert_cert *cert = NULL, *renamed = NULL;
    vpncert_bundle *b = NULL;
    vpncert_error *err = NULL;
    vpncert_status s;
    bool already = true;
    int count = 0, i;
    char name[32];

    /* Enough certificates for two pages of 50. */
    for (i = 0; i < 45; i++) {
        vpncert_cert *extra = NULL;
        snprintf(name, sizeof name, "bulk-%02d", i);
        s = vpncert_create_ssl_vpn_client_cert(c, SERVER, name, NULL, &extra, &err);
        CHECK_STATUS(s, VPNCERT_OK, err);
        vpncert_cert_free(extra);
        if (s != VPNCERT_OK) {
            vpncert_error_free(err);
            err = NULL;
            break;
        }
    }
    s = vpncert_create_ssl_vpn_client_cert(c, SERVER, "bob", NULL, &cert, &err);
    CHECK_STATUS(s, VPNCERT_OK, err);
    if (s != VPNCERT_OK) return;

    CHECK(list_contains(c, NULL, vpncert_cert_id(cert), &count));
    CHECK(count >= 47);
    CHECK(list_contains(c, SERVER, vpncert_cert_id(cert), &count));
    CHECK(!list_contains(c, "vss-unknown", vpncert_cert_id(cert), &count));
    CHECK(count == 0);

    s = vpncert_modify_ssl_vpn_client_cert(c, vpncert_cert_id(cert), "bob-renamed", NULL, &renamed,
                                           &err);
    CHECK_STATUS(s, VPNCERT_OK, err);
    CHECK_STR(vpncert_cert_name(renamed), "bob-renamed");
    CHECK_STR(vpncert_cert_id(renamed), vpncert_cert_id(cert));
    CHECK(strlen(vpncert_cert_request_id(renamed)) > 0);
    vpncert_cert_free(renamed);
    /* The answer may be ignored. */
    s = vpncert_modify_ssl_vpn_client_cert(c, vpncert_cert_id(cert), "bob-2", "rename-bob-2", NULL,
                                           &err);
    CHECK_STATUS(s, VPNCERT_OK, err);
    s = vpncert_describe_ssl_vpn_client_cert(c, vpncert_cert_id(cert), &b, &err);
    CHECK_STATUS(s, VPNCERT_OK, err);
    CHECK_STR(vpncert_bundle_name(b), "bob-2");
    vpncert_bundle_free(b);
    b = NULL;

    s = vpncert_delete_ssl_vpn_client_cert(c, vpncert_cert_id(cert), NULL, 10000, &already, &err);
    CHECK_STATUS(s, VPNCERT_OK, err);
    CHECK(!already);

    /* Gone: describe and rename say so, with the API's details. */
    s = vpncert_describe_ssl_vpn_client_cert(c, vpncert_cert_id(cert), &b, &err);
    CHECK_STATUS(s, VPNCERT_CERT_NOT_FOUND, err);
    CHECK(b == NULL);
    CHECK(strstr(vpncert_error_code(err), "NotFound") != NULL);
    CHECK(strlen(vpncert_error_request_id(err)) > 0);
    CHECK(vpncert_error_http_status(err) == 400 || vpncert_error_http_status(err) == 404);
    vpncert_error_free(err);
    err = NULL;
    s = vpncert_modify_ssl_vpn_client_cert(c, vpncert_cert_id(cert), "x", NULL, NULL, &err);
    CHECK_STATUS(s, VPNCERT_CERT_NOT_FOUND, err);
    vpncert_error_free(err);
    err = NULL;

    /* Deleting again is not an error. */
    already = false;
    s = vpncert_delete_ssl_vpn_client_cert(c, vpncert_cert_id(cert), NULL, 0, &already, &err);
    CHECK_STATUS(s, VPNCERT_OK, err);
    CHECK(already);
    s = vpncert_delete_ssl_vpn_client_cert(c, vpncert_cert_id(cert), NULL, 0, NULL, NULL);
    CHECK_STATUS(s, VPNCERT_OK, NULL);
    vpncert_cert_free(cert);
}

static void test_servers(vpncert_client *c) {
    vpncert_server_list *list = NULL;
    vpncert_server *server = NULL;
    vpncert_error *err = NULL;
    vpncert_status s;
    int found = 0, found_no_dns = 0, found_mfa = 0;

    s = vpncert_server_list_new(c, &list, &err);
    CHECK_STATUS(s, VPNCERT_OK, err);
    if (s != VPNCERT_OK) return;
    while ((s = vpncert_server_list_next(list, &server, &err)) == VPNCERT_OK && server != NULL) {
        if (strcmp(vpncert_server_id(server), SERVER_MFA) == 0) {
            found_mfa = 1;
            CHECK(vpncert_server_enable_multi_factor_auth(server));
            CHECK_STR(vpncert_server_idaas_instance_id(server), MFA_INSTANCE);
            CHECK_STR(vpncert_server_idaas_region_id(server), MFA_REGION);
            CHECK_STR(vpncert_server_idaas_application_id(server), MFA_APPLICATION);
            CHECK_STR(vpncert_server_idaas_instance_version(server), MFA_VERSION);
        } else {
            /* Without two-factor authentication every IDaaS field is empty. */
            CHECK(!vpncert_server_enable_multi_factor_auth(server));
            CHECK_STR(vpncert_server_idaas_instance_id(server), "");
            CHECK_STR(vpncert_server_idaas_region_id(server), "");
            CHECK_STR(vpncert_server_idaas_application_id(server), "");
            CHECK_STR(vpncert_server_idaas_instance_version(server), "");
        }
        if (strcmp(vpncert_server_id(server), SERVER_NO_DNS) == 0) {
            found_no_dns = 1;
            CHECK_STR(vpncert_server_dns_servers(server), "");
            CHECK_STR(vpncert_server_region_id(server), "cn-hangzhou");
        }
        if (strcmp(vpncert_server_id(server), SERVER) == 0) {
            found = 1;
            CHECK_STR(vpncert_server_dns_servers(server), SERVER_DNS);
            CHECK_STR(vpncert_server_region_id(server), "cn-hangzhou");
            CHECK(strlen(vpncert_server_internet_ip(server)) > 0);
            CHECK(strlen(vpncert_server_vpn_gateway_id(server)) > 0);
            CHECK(strlen(vpncert_server_name(server)) > 0);
            CHECK(strlen(vpncert_server_client_ip_pool(server)) > 0);
            CHECK(strlen(vpncert_server_local_subnet(server)) > 0);
            CHECK(strlen(vpncert_server_proto(server)) > 0);
            CHECK(strlen(vpncert_server_cipher(server)) > 0);
            CHECK(vpncert_server_resource_group_id(server) != NULL);
            CHECK(vpncert_server_port(server) > 0);
            CHECK(vpncert_server_max_connections(server) >= vpncert_server_connections(server));
            CHECK(vpncert_server_create_time(server) > 0);
            (void)vpncert_server_compress(server);
        }
        vpncert_server_free(server);
    }
    CHECK_STATUS(s, VPNCERT_OK, err);
    CHECK(found);
    CHECK(found_no_dns);
    CHECK(found_mfa);
    vpncert_server_list_free(list);
}

static void test_issue(vpncert_client *c, const char *dir) {
    vpncert_bundle *b = NULL, *again = NULL;
    vpncert_error *err = NULL;
    char *ovpn = NULL, path[512];
    vpncert_status s;

    s = vpncert_issue_client_cert(c, SERVER, "carol", "issue-carol-1", &b, &err);
    CHECK_STATUS(s, VPNCERT_OK, err);
    if (s != VPNCERT_OK) return;
    CHECK_STR(vpncert_bundle_name(b), "carol");
    CHECK_STR(vpncert_bundle_status(b), "normal");
    CHECK_CONTAINS(vpncert_bundle_client_key(b), "PRIVATE KEY");
    s = vpncert_bundle_to_ovpn(b, &ovpn, &err);
    CHECK_STATUS(s, VPNCERT_OK, err);
    CHECK_CONTAINS(ovpn, "<key>");
    vpncert_string_free(ovpn);
    snprintf(path, sizeof path, "%s/carol.ovpn", dir);
    s = vpncert_bundle_write_ovpn(b, path, false, &err);
    CHECK_STATUS(s, VPNCERT_OK, err);
    unlink(path);

    /* A rerun with the same token gives back the same certificate. */
    s = vpncert_issue_client_cert(c, SERVER, "carol", "issue-carol-1", &again, &err);
    CHECK_STATUS(s, VPNCERT_OK, err);
    CHECK_STR(vpncert_bundle_id(again), vpncert_bundle_id(b));
    vpncert_bundle_free(again);
    vpncert_bundle_free(b);
}

static void test_signature_v3_and_list_outliving_client(const char *url) {
    vpncert_client_builder *builder = vpncert_client_builder_new("cn-hangzhou");
    vpncert_client *c = NULL;
    vpncert_cert *cert = NULL;
    vpncert_cert_list *list = NULL;
    vpncert_cert_summary *item = NULL;
    vpncert_error *err = NULL;
    vpncert_status s;

    CHECK_STATUS(vpncert_client_builder_set_endpoint(builder, url), VPNCERT_OK, NULL);
    CHECK_STATUS(vpncert_client_builder_set_access_key(builder, "testid", "testsecret", NULL),
                 VPNCERT_OK, NULL);
    CHECK_STATUS(vpncert_client_builder_set_signature_version(builder, VPNCERT_SIGNATURE_V3),
                 VPNCERT_OK, NULL);
    CHECK_STATUS(vpncert_client_builder_set_connect_timeout_ms(builder, 2000), VPNCERT_OK, NULL);
    CHECK_STATUS(vpncert_client_builder_set_user_agent(builder, "vpncert-c-tests/1"), VPNCERT_OK,
                 NULL);
    s = vpncert_client_build(builder, &c, &err);
    CHECK_STATUS(s, VPNCERT_OK, err);
    if (s != VPNCERT_OK) return;
    s = vpncert_create_ssl_vpn_client_cert(c, SERVER, "dave-v3", NULL, &cert, &err);
    CHECK_STATUS(s, VPNCERT_OK, err);
    s = vpncert_cert_list_new(c, SERVER, &list, &err);
    CHECK_STATUS(s, VPNCERT_OK, err);
    /* The list holds its own reference to the connections. */
    vpncert_client_free(c);
    s = vpncert_cert_list_next(list, &item, &err);
    CHECK_STATUS(s, VPNCERT_OK, err);
    CHECK(item != NULL);
    vpncert_cert_summary_free(item);
    vpncert_cert_list_free(list);
    vpncert_cert_free(cert);
}

/* Revoking several certificates in a row: each delete leaves the gateway configuring for a
 * moment (100 ms here), and the next delete waits that out even with no retries in the policy. */
static void test_revoke_in_a_row(const char *url) {
    vpncert_client *c = test_client(url, "cn-hangzhou", "testid", "testsecret", 3);
    vpncert_client *impatient = test_client(url, "cn-hangzhou", "testid", "testsecret", 0);
    vpncert_cert *certs[3] = {NULL, NULL, NULL};
    vpncert_error *err = NULL;
    vpncert_status s;
    struct timespec settle = {0, 150000000L};
    bool already = true;
    int i;

    nanosleep(&settle, NULL); /* past the Configuring window of the tests before */
    for (i = 0; i < 3; i++) {
        s = vpncert_create_ssl_vpn_client_cert(c, SERVER, "revoked", NULL, &certs[i], &err);
        CHECK_STATUS(s, VPNCERT_OK, err);
    }
    for (i = 0; i < 3; i++) {
        if (certs[i] == NULL) {
            continue;
        }
        already = true;
        s = vpncert_delete_ssl_vpn_client_cert(impatient, vpncert_cert_id(certs[i]), NULL, 0, &already,
                                               &err);
        CHECK_STATUS(s, VPNCERT_OK, err);
        CHECK(!already);
        vpncert_cert_free(certs[i]);
    }
    vpncert_client_free(impatient);

    /* With no configuring budget (and no retries), the gateway's Configuring reaches the caller. */
    {
        vpncert_client_builder *b = vpncert_client_builder_new("cn-hangzhou");
        vpncert_client *no_wait = NULL;
        vpncert_cert *a = NULL, *z = NULL;
        CHECK_STATUS(vpncert_client_builder_set_access_key(b, "testid", "testsecret", NULL), VPNCERT_OK,
                     NULL);
        CHECK_STATUS(vpncert_client_builder_set_endpoint(b, url), VPNCERT_OK, NULL);
        CHECK_STATUS(vpncert_client_builder_set_max_retries(b, 0), VPNCERT_OK, NULL);
        CHECK_STATUS(vpncert_client_builder_set_configuring_budget_ms(b, 0), VPNCERT_OK, NULL);
        s = vpncert_client_build(b, &no_wait, &err);
        CHECK_STATUS(s, VPNCERT_OK, err);
        nanosleep(&settle, NULL);
        s = vpncert_create_ssl_vpn_client_cert(c, SERVER, "kept-a", NULL, &a, &err);
        CHECK_STATUS(s, VPNCERT_OK, err);
        s = vpncert_create_ssl_vpn_client_cert(c, SERVER, "kept-z", NULL, &z, &err);
        CHECK_STATUS(s, VPNCERT_OK, err);
        if (no_wait != NULL && a != NULL && z != NULL) {
            s = vpncert_delete_ssl_vpn_client_cert(no_wait, vpncert_cert_id(a), NULL, 0, NULL, &err);
            CHECK_STATUS(s, VPNCERT_OK, err);
            s = vpncert_delete_ssl_vpn_client_cert(no_wait, vpncert_cert_id(z), NULL, 0, NULL, &err);
            CHECK_STATUS(s, VPNCERT_GATEWAY_CONFIGURING, err);
            vpncert_error_free(err);
            err = NULL;
        }
        vpncert_cert_free(a);
        vpncert_cert_free(z);
        vpncert_client_free(no_wait);
    }
    vpncert_client_free(c);
}

int main(void) {
    emulator emu;
    char dns[128];
    const char *args[] = {"--quota",            "1000",
                          "--delete-settle-ms", "100",
                          "--server",           "cn-hangzhou:vss-emulator0001",
                          "--server",           "cn-hangzhou:vss-nodns0001",
                          "--server",           "cn-hangzhou:vss-mfa00001",
                          "--server-idaas",     MFA_IDAAS,
                          "--dns-servers",      dns,
                          NULL};
    vpncert_client *c;
    char dir[] = "/tmp/vpncert-c-files-XXXXXX";

    snprintf(dns, sizeof dns, "%s=%s", SERVER, SERVER_DNS);

    if (mkdtemp(dir) == NULL) {
        perror("mkdtemp");
        return 2;
    }
    emu_start(&emu, args);
    c = test_client(emu.url, "cn-hangzhou", "testid", "testsecret", 3);

    test_create_and_describe(c, dir);
    test_list_rename_delete(c);
    test_servers(c);
    test_issue(c, dir);
    test_signature_v3_and_list_outliving_client(emu.url);
    test_revoke_in_a_row(emu.url);

    vpncert_client_free(c);
    emu_stop(&emu);
    rmdir(dir);
    return finish("c lifecycle");
}
