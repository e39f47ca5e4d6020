/*
 * The rest of the SSL-VPN family through libvpncert's request API against the emulator
 * (issue 14): gateways and their list, who is connected, the SSL-VPN server's create, modify
 * and delete (dry run, wait, local checks), the delete result and its wait, wait_for_gateway
 * (active, timeout, FinancialLocked), the server logs, and NULL / invalid UTF-8 arguments.
 * Clients connect through the emulator's control route POST /__emulator/connect.
 */
#define _POSIX_C_SOURCE 200809L

#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "harness.h"

static const char *SERVER = "vss-emulator0001";
static const char *GATEWAY = "vpn-emulator0001";
static const char *BARE = "vpn-bare0001";
static const char *BAD = "\xff\xfe";

/* --- the emulator's control routes ------------------------------------------------------- */

static int port_of(const char *url) {
    const char *colon = strrchr(url, ':');
    return colon != NULL ? atoi(colon + 1) : 0;
}

/* One request to a control route; returns the HTTP status (-1 when unreachable) and a malloc'd
 * body in *body (when body is not NULL; free it). */
static int control(const emulator *e, const char *method, const char *path, char **body) {
    struct sockaddr_in addr;
    char head[512];
    size_t used = 0, size = 1 << 16;
    char *buf = malloc(size);
    ssize_t n;
    int status = -1, port = port_of(e->url), fd = socket(AF_INET, SOCK_STREAM, 0);
    const char *start;

    if (buf == NULL || fd < 0) {
        free(buf);
        if (fd >= 0) close(fd);
        return -1;
    }
    memset(&addr, 0, sizeof addr);
    addr.sin_family = AF_INET;
    addr.sin_port = htons((uint16_t)port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    snprintf(head, sizeof head,
             "%s %s HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
             method, path, port);
    if (connect(fd, (struct sockaddr *)&addr, sizeof addr) != 0 ||
        write(fd, head, strlen(head)) != (ssize_t)strlen(head)) {
        close(fd);
        free(buf);
        return -1;
    }
    while ((n = read(fd, buf + used, size - 1 - used)) > 0) {
        used += (size_t)n;
        if (used == size - 1) {
            char *bigger = realloc(buf, size * 2);
            if (bigger == NULL) break;
            buf = bigger;
            size *= 2;
        }
    }
    close(fd);
    buf[used] = '\0';
    if (strncmp(buf, "HTTP/1.", 7) == 0 && used > 12) status = atoi(buf + 9);
    start = strstr(buf, "\r\n\r\n");
    if (body != NULL) {
        *body = strdup(start != NULL ? start + 4 : "");
    }
    free(buf);
    return status;
}

/* The API requests the emulator has seen (its state's "requests"). */
static long emu_requests(const emulator *e) {
    char *body = NULL;
    const char *at;
    long n = -1;
    if (control(e, "GET", "/__emulator/state", &body) == 200 && body != NULL &&
        (at = strstr(body, "\"requests\":")) != NULL) {
        n = strtol(at + strlen("\"requests\":"), NULL, 10);
    }
    free(body);
    if (n < 0) {
        fprintf(stderr, "cannot read the emulator's request count\n");
        exit(2);
    }
    return n;
}

/* Whether the state's JSON contains `needle`. */
static int state_contains(const emulator *e, const char *needle) {
    char *body = NULL;
    int found = control(e, "GET", "/__emulator/state", &body) == 200 && body != NULL &&
                strstr(body, needle) != NULL;
    free(body);
    return found;
}

static void emu_connect(const emulator *e, const char *cert, const char *ip) {
    char path[256];
    if (ip != NULL) {
        snprintf(path, sizeof path, "/__emulator/connect?ssl_vpn_client_cert_id=%s&ip=%s", cert, ip);
    } else {
        snprintf(path, sizeof path, "/__emulator/connect?ssl_vpn_client_cert_id=%s", cert);
    }
    CHECK(control(e, "POST", path, NULL) == 200);
}

static void gateway_state(const emulator *e, const char *gateway, const char *state) {
    char path[256];
    snprintf(path, sizeof path, "/__emulator/server-state?VpnGatewayId=%s&State=%s", gateway, state);
    CHECK(control(e, "POST", path, NULL) == 200);
}

static double now_s(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* --- helpers over the API ---------------------------------------------------------------- */

static char *new_cert(vpncert_client *c, const char *name) {
    vpncert_cert *cert = NULL;
    vpncert_error *err = NULL;
    char *id = NULL;
    vpncert_status s = vpncert_create_ssl_vpn_client_cert(c, SERVER, name, NULL, &cert, &err);
    CHECK_STATUS(s, VPNCERT_OK, err);
    if (s == VPNCERT_OK) id = strdup(vpncert_cert_id(cert));
    vpncert_cert_free(cert);
    vpncert_error_free(err);
    return id;
}

/* The gateway's Status ("" when it cannot be read). */
static void gateway_status(vpncert_client *c, const char *id, char *out, size_t size) {
    vpncert_describe_vpn_gateway_request *r = NULL;
    vpncert_gateway *g = NULL;
    vpncert_error *err = NULL;
    out[0] = '\0';
    CHECK_STATUS(vpncert_describe_vpn_gateway_request_new(id, &r, &err), VPNCERT_OK, err);
    if (vpncert_describe_vpn_gateway_with(c, r, &g, &err) == VPNCERT_OK) {
        snprintf(out, size, "%s", vpncert_gateway_status(g));
    }
    vpncert_gateway_free(g);
    vpncert_error_free(err);
    vpncert_describe_vpn_gateway_request_free(r);
}

#define CHECK_GATEWAY_STATUS(c, id, want)                                                          \
    do {                                                                                           \
        char got_[32];                                                                             \
        gateway_status((c), (id), got_, sizeof got_);                                              \
        CHECK_STR(got_, (want));                                                                   \
    } while (0)

/* An expected refusal: the status, and the error naming `what`. */
static void refused_at(const char *file, int line, vpncert_status s, vpncert_status want,
                       vpncert_error **err, const char *what) {
    check_status_at(file, line, s, want, *err);
    if (*err != NULL) {
        check_contains_at(file, line, vpncert_error_message(*err), what);
        vpncert_error_free(*err);
        *err = NULL;
    } else {
        check_failed(file, line, "no error details");
    }
}
#define REFUSED(s, want, what) refused_at(__FILE__, __LINE__, (s), (want), &err, (what))

/* --- gateways ------------------------------------------------------------------------------ */

static void test_gateways(vpncert_client *c) {
    vpncert_describe_vpn_gateway_request *one = NULL;
    vpncert_describe_vpn_gateways_request *all = NULL;
    vpncert_gateway_list *list = NULL;
    vpncert_gateway *g = NULL;
    vpncert_error *err = NULL;
    vpncert_status s;
    int seen = 0, ours = 0, bare = 0;

    CHECK_STATUS(vpncert_describe_vpn_gateway_request_new(GATEWAY, &one, &err), VPNCERT_OK, err);
    CHECK_STATUS(vpncert_describe_vpn_gateway_request_set_include_reservation_data(one, false),
                 VPNCERT_OK, NULL);
    s = vpncert_describe_vpn_gateway_with(c, one, &g, &err);
    CHECK_STATUS(s, VPNCERT_OK, err);
    if (s == VPNCERT_OK) {
        CHECK_STR(vpncert_gateway_id(g), GATEWAY);
        CHECK_STR(vpncert_gateway_status(g), "active");
        CHECK_STR(vpncert_gateway_business_status(g), "Normal");
        CHECK_STR(vpncert_gateway_ssl_vpn(g), "enable");
        CHECK(vpncert_gateway_ssl_max_connections(g) == 5);
        CHECK(strlen(vpncert_gateway_ssl_vpn_internet_ip(g)) > 0);
        CHECK(strlen(vpncert_gateway_request_id(g)) > 0);
        CHECK(vpncert_gateway_reservation_data(g) == NULL);
    }
    vpncert_gateway_free(g);
    g = NULL;
    /* The request may be sent again. */
    s = vpncert_describe_vpn_gateway_with(c, one, &g, &err);
    CHECK_STATUS(s, VPNCERT_OK, err);
    vpncert_gateway_free(g);
    g = NULL;
    vpncert_describe_vpn_gateway_request_free(one);

    CHECK_STATUS(vpncert_describe_vpn_gateway_request_new("vpn-missing", &one, &err), VPNCERT_OK, err);
    s = vpncert_describe_vpn_gateway_with(c, one, &g, &err);
    CHECK_STATUS(s, VPNCERT_GATEWAY_NOT_FOUND, err);
    CHECK(g == NULL);
    CHECK(s == 116);
    CHECK_STR(vpncert_error_code(err), "InvalidVpnGatewayInstanceId.NotFound");
    CHECK(strlen(vpncert_error_request_id(err)) > 0);
    vpncert_error_free(err);
    err = NULL;
    vpncert_describe_vpn_gateway_request_free(one);

    CHECK_STATUS(vpncert_describe_vpn_gateways_request_new(&all, &err), VPNCERT_OK, err);
    s = vpncert_describe_vpn_gateways_with(c, all, &list, &err);
    CHECK_STATUS(s, VPNCERT_OK, err);
    while (s == VPNCERT_OK && (s = vpncert_gateway_list_next(list, &g, &err)) == VPNCERT_OK &&
           g != NULL) {
        seen++;
        if (strcmp(vpncert_gateway_id(g), GATEWAY) == 0) ours++;
        if (strcmp(vpncert_gateway_id(g), BARE) == 0) {
            bare++;
            CHECK_STR(vpncert_gateway_ssl_vpn(g), "disable");
            CHECK(vpncert_gateway_ssl_max_connections(g) == 10);
        }
        vpncert_gateway_free(g);
    }
    CHECK_STATUS(s, VPNCERT_OK, err);
    CHECK(seen == 2 && ours == 1 && bare == 1);
    vpncert_gateway_list_free(list);
    list = NULL;

    /* A filter: only the bare gateway. */
    CHECK_STATUS(vpncert_describe_vpn_gateways_request_set_vpn_gateway_id(all, BARE), VPNCERT_OK, NULL);
    s = vpncert_describe_vpn_gateways_with(c, all, &list, &err);
    CHECK_STATUS(s, VPNCERT_OK, err);
    seen = 0;
    while (s == VPNCERT_OK && (s = vpncert_gateway_list_next(list, &g, &err)) == VPNCERT_OK &&
           g != NULL) {
        seen++;
        CHECK_STR(vpncert_gateway_id(g), BARE);
        vpncert_gateway_free(g);
    }
    CHECK(seen == 1);
    vpncert_gateway_list_free(list);
    vpncert_describe_vpn_gateways_request_free(all);
}

/* --- who is connected --------------------------------------------------------------------- */

static void test_clients(const emulator *e, vpncert_client *c) {
    vpncert_describe_ssl_vpn_clients_request *r = NULL;
    vpncert_client_info_list *list = NULL;
    vpncert_client_info *info = NULL;
    vpncert_error *err = NULL;
    vpncert_status s;
    char *alice = new_cert(c, "alice"), *bob = new_cert(c, "bob");
    int seen = 0, laptop = 0, phone = 0;

    if (alice == NULL || bob == NULL) {
        free(alice);
        free(bob);
        return;
    }
    /* Alice from two devices (one certificate, one common name), Bob from one. */
    emu_connect(e, alice, "198.51.100.7");
    emu_connect(e, alice, "198.51.100.8");
    emu_connect(e, bob, NULL);

    CHECK_STATUS(vpncert_describe_ssl_vpn_clients_request_new(GATEWAY, &r, &err), VPNCERT_OK, err);
    /* The walk sees each connection once. */
    s = vpncert_describe_ssl_vpn_clients_with(c, r, &list, &err);
    CHECK_STATUS(s, VPNCERT_OK, err);
    while (s == VPNCERT_OK && (s = vpncert_client_info_list_next(list, &info, &err)) == VPNCERT_OK &&
           info != NULL) {
        seen++;
        CHECK_STR(vpncert_client_info_status(info), "online");
        CHECK(strlen(vpncert_client_info_private_ip(info)) > 0);
        CHECK(strlen(vpncert_client_info_port(info)) > 0);
        CHECK(vpncert_client_info_connected_time(info) > 0);
        if (strcmp(vpncert_client_info_ip(info), "198.51.100.7") == 0) {
            laptop++;
            CHECK_STR(vpncert_client_info_common_name(info), alice);
        }
        if (strcmp(vpncert_client_info_ip(info), "198.51.100.8") == 0) phone++;
        vpncert_client_info_free(info);
    }
    CHECK_STATUS(s, VPNCERT_OK, err);
    CHECK(seen == 3);
    CHECK(laptop == 1 && phone == 1);
    vpncert_client_info_list_free(list);
    vpncert_describe_ssl_vpn_clients_request_free(r);
    free(alice);
    free(bob);
}

/* --- the SSL-VPN server ------------------------------------------------------------------- */

static void test_server(const emulator *e, vpncert_client *c) {
    vpncert_create_ssl_vpn_server_request *create = NULL;
    vpncert_modify_ssl_vpn_server_request *modify = NULL;
    vpncert_delete_ssl_vpn_server_request *del = NULL;
    vpncert_server_created *created = NULL;
    vpncert_server_modified *modified = NULL;
    vpncert_server_deleted *deleted = NULL;
    vpncert_error *err = NULL;
    vpncert_status s;
    char id[64] = "";
    long before;
    double started;

    CHECK_STATUS(vpncert_create_ssl_vpn_server_request_new(BARE, "10.10.0.0/16, 10.20.0.0/16",
                                                           "192.168.48.0/22", &create, &err),
                 VPNCERT_OK, err);
    CHECK_STATUS(vpncert_create_ssl_vpn_server_request_set_name(create, "office"), VPNCERT_OK, NULL);
    CHECK_STATUS(vpncert_create_ssl_vpn_server_request_set_proto(create, "UDP"), VPNCERT_OK, NULL);
    CHECK_STATUS(vpncert_create_ssl_vpn_server_request_set_dns_servers(create, "10.10.0.2,10.10.0.3"),
                 VPNCERT_OK, NULL);

    /* Checked locally, nothing sent: a refused port, then a pool inside the local networks. */
    before = emu_requests(e);
    CHECK_STATUS(vpncert_create_ssl_vpn_server_request_set_port(create, 443), VPNCERT_OK, NULL);
    REFUSED(vpncert_create_ssl_vpn_server_with(c, create, &created, &err), VPNCERT_INVALID_ARGUMENT,
            "Port");
    CHECK_STATUS(vpncert_create_ssl_vpn_server_request_set_port(create, 1195), VPNCERT_OK, NULL);
    CHECK_STATUS(vpncert_create_ssl_vpn_server_request_set_cipher(create, "aes-256-cbc"), VPNCERT_OK,
                 NULL);
    REFUSED(vpncert_create_ssl_vpn_server_with(c, create, &created, &err), VPNCERT_INVALID_ARGUMENT,
            "Cipher");
    CHECK_STATUS(vpncert_create_ssl_vpn_server_request_set_cipher(create, NULL), VPNCERT_OK, NULL);
    CHECK_STATUS(vpncert_create_ssl_vpn_server_request_set_enable_multi_factor_auth(create, true),
                 VPNCERT_OK, NULL);
    REFUSED(vpncert_create_ssl_vpn_server_with(c, create, &created, &err), VPNCERT_INVALID_ARGUMENT,
            "IDaaSInstanceId");
    CHECK_STATUS(vpncert_create_ssl_vpn_server_request_set_enable_multi_factor_auth(create, false),
                 VPNCERT_OK, NULL);
    CHECK(created == NULL);
    CHECK(emu_requests(e) == before);
    {
        vpncert_create_ssl_vpn_server_request *overlap = NULL;
        CHECK_STATUS(vpncert_create_ssl_vpn_server_request_new(BARE, "10.0.0.0/8", "10.1.0.0/16",
                                                               &overlap, &err),
                     VPNCERT_OK, err);
        REFUSED(vpncert_create_ssl_vpn_server_with(c, overlap, &created, &err),
                VPNCERT_INVALID_ARGUMENT, "ClientIpPool");
        vpncert_create_ssl_vpn_server_request_free(overlap);
        CHECK(emu_requests(e) == before);
    }

    /* A dry run: the service would accept it; nothing is made. */
    CHECK_STATUS(vpncert_create_ssl_vpn_server_request_set_dry_run(create, true), VPNCERT_OK, NULL);
    s = vpncert_create_ssl_vpn_server_with(c, create, &created, &err);
    CHECK_STATUS(s, VPNCERT_OK, err);
    if (s == VPNCERT_OK) {
        CHECK(vpncert_server_created_dry_run(created));
        CHECK_STR(vpncert_server_created_id(created), "");
        CHECK(strlen(vpncert_server_created_request_id(created)) > 0);
    }
    vpncert_server_created_free(created);
    created = NULL;
    CHECK(!state_contains(e, "\"name\":\"office\""));
    CHECK_GATEWAY_STATUS(c, BARE, "active");

    /* For real, waiting for the gateway. */
    CHECK_STATUS(vpncert_create_ssl_vpn_server_request_set_dry_run(create, false), VPNCERT_OK, NULL);
    CHECK_STATUS(vpncert_create_ssl_vpn_server_request_set_client_token(create, "c-office-1"),
                 VPNCERT_OK, NULL);
    CHECK_STATUS(vpncert_create_ssl_vpn_server_request_set_wait_ms(create, 10000), VPNCERT_OK, NULL);
    started = now_s();
    s = vpncert_create_ssl_vpn_server_with(c, create, &created, &err);
    CHECK_STATUS(s, VPNCERT_OK, err);
    if (s == VPNCERT_OK) {
        CHECK(now_s() - started >= 0.06);
        CHECK(!vpncert_server_created_dry_run(created));
        CHECK_STR(vpncert_server_created_name(created), "office");
        CHECK(strncmp(vpncert_server_created_id(created), "vss-", 4) == 0);
        snprintf(id, sizeof id, "%s", vpncert_server_created_id(created));
    }
    vpncert_server_created_free(created);
    created = NULL;
    CHECK_GATEWAY_STATUS(c, BARE, "active");
    /* The same ClientToken: the same server, not a second one. */
    s = vpncert_create_ssl_vpn_server_with(c, create, &created, &err);
    CHECK_STATUS(s, VPNCERT_OK, err);
    if (s == VPNCERT_OK) CHECK_STR(vpncert_server_created_id(created), id);
    vpncert_server_created_free(created);
    vpncert_create_ssl_vpn_server_request_free(create);
    if (id[0] == '\0') return;

    /* A change: a dry run, then for real with a wait. */
    CHECK_STATUS(vpncert_modify_ssl_vpn_server_request_new(id, &modify, &err), VPNCERT_OK, err);
    CHECK_STATUS(vpncert_modify_ssl_vpn_server_request_set_port(modify, 1196), VPNCERT_OK, NULL);
    CHECK_STATUS(vpncert_modify_ssl_vpn_server_request_set_local_subnet(modify, "10.30.0.0/16"),
                 VPNCERT_OK, NULL);
    CHECK_STATUS(vpncert_modify_ssl_vpn_server_request_set_dry_run(modify, true), VPNCERT_OK, NULL);
    s = vpncert_modify_ssl_vpn_server_with(c, modify, &modified, &err);
    CHECK_STATUS(s, VPNCERT_OK, err);
    if (s == VPNCERT_OK) {
        CHECK(vpncert_server_modified_dry_run(modified));
        CHECK_STR(vpncert_server_modified_id(modified), id);
    }
    vpncert_server_modified_free(modified);
    modified = NULL;
    CHECK(state_contains(e, "\"port\":1195"));
    CHECK_STATUS(vpncert_modify_ssl_vpn_server_request_set_dry_run(modify, false), VPNCERT_OK, NULL);
    CHECK_STATUS(vpncert_modify_ssl_vpn_server_request_set_wait_ms(modify, 10000), VPNCERT_OK, NULL);
    s = vpncert_modify_ssl_vpn_server_with(c, modify, &modified, &err);
    CHECK_STATUS(s, VPNCERT_OK, err);
    if (s == VPNCERT_OK) {
        CHECK(!vpncert_server_modified_dry_run(modified));
        CHECK(vpncert_server_modified_port(modified) == 1196);
        CHECK_STR(vpncert_server_modified_local_subnet(modified), "10.30.0.0/16");
        CHECK_STR(vpncert_server_modified_vpn_gateway_id(modified), BARE);
        CHECK_STR(vpncert_server_modified_proto(modified), "UDP");
        CHECK_STR(vpncert_server_modified_region_id(modified), "cn-hangzhou");
    }
    vpncert_server_modified_free(modified);
    modified = NULL;
    CHECK_GATEWAY_STATUS(c, BARE, "active");
    /* A refused setting on a change, nothing sent. */
    before = emu_requests(e);
    CHECK_STATUS(vpncert_modify_ssl_vpn_server_request_set_proto(modify, "tcp"), VPNCERT_OK, NULL);
    REFUSED(vpncert_modify_ssl_vpn_server_with(c, modify, &modified, &err), VPNCERT_INVALID_ARGUMENT,
            "Proto");
    CHECK(emu_requests(e) == before);
    vpncert_modify_ssl_vpn_server_request_free(modify);

    /* The delete, with its wait. */
    CHECK_STATUS(vpncert_delete_ssl_vpn_server_request_new(id, &del, &err), VPNCERT_OK, err);
    CHECK_STATUS(vpncert_delete_ssl_vpn_server_request_set_wait_ms(del, 10000), VPNCERT_OK, NULL);
    s = vpncert_delete_ssl_vpn_server_with(c, del, &deleted, &err);
    CHECK_STATUS(s, VPNCERT_OK, err);
    if (s == VPNCERT_OK) CHECK(strlen(vpncert_server_deleted_request_id(deleted)) > 0);
    vpncert_server_deleted_free(deleted);
    deleted = NULL;
    CHECK_GATEWAY_STATUS(c, BARE, "active");
    CHECK(!state_contains(e, id));
    s = vpncert_delete_ssl_vpn_server_with(c, del, &deleted, &err);
    CHECK_STATUS(s, VPNCERT_SSL_VPN_SERVER_NOT_FOUND, err);
    CHECK(deleted == NULL);
    vpncert_error_free(err);
    vpncert_delete_ssl_vpn_server_request_free(del);
}

/* --- the delete result and the gateway wait ------------------------------------------------ */

static void test_delete_and_wait(const emulator *e, vpncert_client *c) {
    vpncert_delete_ssl_vpn_client_cert_request *del = NULL;
    vpncert_wait_for_gateway_request *wait = NULL;
    vpncert_delete_result *result = NULL;
    vpncert_gateway *g = NULL;
    vpncert_error *err = NULL;
    vpncert_status s;
    char *alice = new_cert(c, "alice-2"), *bob = new_cert(c, "bob-2");
    double started;

    if (alice == NULL || bob == NULL) {
        free(alice);
        free(bob);
        return;
    }
    emu_connect(e, alice, NULL);
    CHECK_STATUS(vpncert_delete_ssl_vpn_client_cert_request_new(bob, &del, &err), VPNCERT_OK, err);
    CHECK_STATUS(vpncert_delete_ssl_vpn_client_cert_request_set_wait_ms(del, 10000), VPNCERT_OK, NULL);
    started = now_s();
    s = vpncert_delete_ssl_vpn_client_cert_with(c, del, &result, &err);
    CHECK_STATUS(s, VPNCERT_OK, err);
    if (s == VPNCERT_OK) {
        CHECK(!vpncert_delete_result_already_deleted(result));
        CHECK(strlen(vpncert_delete_result_request_id(result)) > 0);
        /* Gone, and the gateway has applied it. */
        CHECK(now_s() - started >= 0.06);
    }
    vpncert_delete_result_free(result);
    result = NULL;
    CHECK_GATEWAY_STATUS(c, GATEWAY, "active");
    CHECK(!state_contains(e, bob));
    CHECK(state_contains(e, "\"connections\":[]"));
    /* Deleted already: a result that says so. */
    s = vpncert_delete_ssl_vpn_client_cert_with(c, del, &result, &err);
    CHECK_STATUS(s, VPNCERT_OK, err);
    if (s == VPNCERT_OK) CHECK(vpncert_delete_result_already_deleted(result));
    vpncert_delete_result_free(result);
    result = NULL;
    vpncert_delete_ssl_vpn_client_cert_request_free(del);

    /* Without a wait the gateway is still updating; wait_for_gateway returns once active. */
    CHECK_STATUS(vpncert_delete_ssl_vpn_client_cert_request_new(alice, &del, &err), VPNCERT_OK, err);
    s = vpncert_delete_ssl_vpn_client_cert_with(c, del, &result, &err);
    CHECK_STATUS(s, VPNCERT_OK, err);
    vpncert_delete_result_free(result);
    vpncert_delete_ssl_vpn_client_cert_request_free(del);
    CHECK_GATEWAY_STATUS(c, GATEWAY, "updating");
    CHECK_STATUS(vpncert_wait_for_gateway_request_new(GATEWAY, &wait, &err), VPNCERT_OK, err);
    CHECK_STATUS(vpncert_wait_for_gateway_request_set_timeout_ms(wait, 10000), VPNCERT_OK, NULL);
    s = vpncert_wait_for_gateway_with(c, wait, &g, &err);
    CHECK_STATUS(s, VPNCERT_OK, err);
    if (s == VPNCERT_OK) {
        CHECK_STR(vpncert_gateway_id(g), GATEWAY);
        CHECK_STR(vpncert_gateway_status(g), "active");
    }
    vpncert_gateway_free(g);
    g = NULL;
    /* A zero timeout is refused when sent, naming it. */
    CHECK_STATUS(vpncert_wait_for_gateway_request_set_timeout_ms(wait, 0), VPNCERT_OK, NULL);
    REFUSED(vpncert_wait_for_gateway_with(c, wait, &g, &err), VPNCERT_INVALID_ARGUMENT, "timeout");
    CHECK(g == NULL);
    vpncert_wait_for_gateway_request_free(wait);
    free(alice);
    free(bob);
}

/* A gateway that stays busy (settle 60 s): the wait times out; once locked it ends at once. */
static void test_wait_timeout_and_lock(const emulator *slow) {
    vpncert_client *c = test_client(slow->url, "cn-hangzhou", "testid", "testsecret", 3);
    vpncert_wait_for_gateway_request *wait = NULL;
    vpncert_gateway *g = NULL;
    vpncert_error *err = NULL;
    vpncert_status s;
    char *cert = new_cert(c, "carol");
    bool already = true;
    double started;

    if (cert != NULL) {
        s = vpncert_delete_ssl_vpn_client_cert(c, cert, NULL, 0, &already, &err);
        CHECK_STATUS(s, VPNCERT_OK, err);
        CHECK(!already);
    }
    CHECK_STATUS(vpncert_wait_for_gateway_request_new(GATEWAY, &wait, &err), VPNCERT_OK, err);
    CHECK_STATUS(vpncert_wait_for_gateway_request_set_timeout_ms(wait, 400), VPNCERT_OK, NULL);
    started = now_s();
    s = vpncert_wait_for_gateway_with(c, wait, &g, &err);
    CHECK_STATUS(s, VPNCERT_TIMEOUT, err);
    CHECK(g == NULL);
    CHECK(now_s() - started < 5.0);
    vpncert_error_free(err);
    err = NULL;

    gateway_state(slow, GATEWAY, "locked");
    CHECK_STATUS(vpncert_wait_for_gateway_request_set_timeout_ms(wait, 60000), VPNCERT_OK, NULL);
    started = now_s();
    s = vpncert_wait_for_gateway_with(c, wait, &g, &err);
    CHECK_STATUS(s, VPNCERT_FINANCIAL_LOCKED, err);
    CHECK(g == NULL);
    CHECK(now_s() - started < 2.0);
    CHECK_STR(vpncert_error_code(err), "VpnGateway.FinancialLocked");
    vpncert_error_free(err);
    vpncert_wait_for_gateway_request_free(wait);
    free(cert);
    vpncert_client_free(c);
}

/* --- logs ----------------------------------------------------------------------------------- */

static void test_logs(const emulator *e, vpncert_client *c) {
    vpncert_describe_vpn_ssl_server_logs_request *r = NULL;
    vpncert_server_logs *logs = NULL;
    vpncert_error *err = NULL;
    vpncert_status s;
    char *dave = new_cert(c, "dave");
    size_t i, connected = 0;
    time_t now = time(NULL);

    if (dave == NULL) return;
    emu_connect(e, dave, "198.51.100.44");
    CHECK_STATUS(vpncert_describe_vpn_ssl_server_logs_request_new(SERVER, &r, &err), VPNCERT_OK, err);
    CHECK_STATUS(vpncert_describe_vpn_ssl_server_logs_request_set_ssl_vpn_client_cert_id(r, dave),
                 VPNCERT_OK, NULL);
    CHECK_STATUS(vpncert_describe_vpn_ssl_server_logs_request_set_from(r, (uint64_t)now - 3600),
                 VPNCERT_OK, NULL);
    CHECK_STATUS(vpncert_describe_vpn_ssl_server_logs_request_set_to(r, (uint64_t)now + 60), VPNCERT_OK,
                 NULL);
    CHECK_STATUS(vpncert_describe_vpn_ssl_server_logs_request_set_page_size(r, 50), VPNCERT_OK, NULL);
    s = vpncert_describe_vpn_ssl_server_logs_with(c, r, &logs, &err);
    CHECK_STATUS(s, VPNCERT_OK, err);
    if (s == VPNCERT_OK) {
        /* Its creation and its connection. */
        CHECK(vpncert_server_logs_count(logs) == 2);
        CHECK(vpncert_server_logs_logs_count(logs) == 2);
        CHECK(vpncert_server_logs_is_completed(logs));
        CHECK(vpncert_server_logs_page_number(logs) == 1);
        CHECK(strlen(vpncert_server_logs_request_id(logs)) > 0);
        for (i = 0; i < vpncert_server_logs_logs_count(logs); i++) {
            CHECK_CONTAINS(vpncert_server_logs_logs_at(logs, i), dave);
            if (strstr(vpncert_server_logs_logs_at(logs, i), "198.51.100.44") != NULL) connected++;
        }
        CHECK(connected == 1);
        CHECK_STR(vpncert_server_logs_logs_at(logs, 2), ""); /* out of range */
    }
    vpncert_server_logs_free(logs);
    vpncert_describe_vpn_ssl_server_logs_request_free(r);
    r = NULL;

    CHECK_STATUS(vpncert_describe_vpn_ssl_server_logs_request_new("vss-missing", &r, &err), VPNCERT_OK,
                 err);
    CHECK_STATUS(vpncert_describe_vpn_ssl_server_logs_request_set_minute_period(r, 10), VPNCERT_OK,
                 NULL);
    logs = NULL;
    s = vpncert_describe_vpn_ssl_server_logs_with(c, r, &logs, &err);
    CHECK_STATUS(s, VPNCERT_SSL_VPN_SERVER_NOT_FOUND, err);
    CHECK(logs == NULL);
    vpncert_error_free(err);
    vpncert_describe_vpn_ssl_server_logs_request_free(r);
    free(dave);
}

/* --- arguments ------------------------------------------------------------------------------ */

static void test_arguments(const emulator *e, vpncert_client *c) {
    static char sentinel_storage;
    void *sentinel = &sentinel_storage;
    vpncert_create_ssl_vpn_server_request *create = sentinel;
    vpncert_wait_for_gateway_request *wait = sentinel;
    vpncert_modify_ssl_vpn_client_cert_request *rename = sentinel;
    vpncert_describe_vpn_gateway_request *one = NULL;
    vpncert_server_created *created = sentinel;
    vpncert_gateway *g = sentinel;
    vpncert_error *err = NULL;
    long before = emu_requests(e);

    REFUSED(vpncert_create_ssl_vpn_server_request_new(NULL, "10.0.0.0/8", "192.168.0.0/24", &create,
                                                      &err),
            VPNCERT_INVALID_ARGUMENT, "vpn_gateway_id");
    REFUSED(vpncert_create_ssl_vpn_server_request_new(BARE, BAD, "192.168.0.0/24", &create, &err),
            VPNCERT_INVALID_ARGUMENT, "local_subnet");
    REFUSED(vpncert_create_ssl_vpn_server_request_new(BARE, "10.0.0.0/8", NULL, &create, &err),
            VPNCERT_INVALID_ARGUMENT, "client_ip_pool");
    CHECK(create == sentinel);
    REFUSED(vpncert_wait_for_gateway_request_new(BAD, &wait, &err), VPNCERT_INVALID_ARGUMENT,
            "vpn_gateway_id");
    REFUSED(vpncert_wait_for_gateway_request_new(NULL, &wait, &err), VPNCERT_INVALID_ARGUMENT,
            "vpn_gateway_id");
    CHECK(wait == sentinel);
    /* A rename needs its name. */
    REFUSED(vpncert_modify_ssl_vpn_client_cert_request_new("vsc-x", NULL, &rename, &err),
            VPNCERT_INVALID_ARGUMENT, "name");
    CHECK(rename == sentinel);
    rename = NULL;
    CHECK_STATUS(vpncert_modify_ssl_vpn_client_cert_request_new("vsc-x", "", &rename, &err),
                 VPNCERT_OK, err);
    {
        vpncert_cert *renamed = NULL;
        REFUSED(vpncert_modify_ssl_vpn_client_cert_with(c, rename, &renamed, &err),
                VPNCERT_INVALID_ARGUMENT, "Name");
        CHECK(renamed == NULL);
    }
    vpncert_modify_ssl_vpn_client_cert_request_free(rename);

    /* Handles: NULL client, NULL request, NULL out. */
    CHECK_STATUS(vpncert_create_ssl_vpn_server_request_new(BARE, "10.0.0.0/8", "192.168.0.0/24",
                                                           &create, &err),
                 VPNCERT_OK, err);
    REFUSED(vpncert_create_ssl_vpn_server_with(NULL, create, &created, &err), VPNCERT_INVALID_ARGUMENT,
            "parameter c");
    REFUSED(vpncert_create_ssl_vpn_server_with(c, NULL, &created, &err), VPNCERT_INVALID_ARGUMENT,
            "request");
    REFUSED(vpncert_create_ssl_vpn_server_with(c, create, NULL, &err), VPNCERT_INVALID_ARGUMENT,
            "out");
    CHECK(created == sentinel);
    /* A setter given invalid UTF-8 refuses, and the request then fails when sent, naming it. */
    CHECK_STATUS(vpncert_create_ssl_vpn_server_request_set_name(create, BAD), VPNCERT_INVALID_ARGUMENT,
                 NULL);
    REFUSED(vpncert_create_ssl_vpn_server_with(c, create, &created, &err), VPNCERT_INVALID_ARGUMENT,
            "name");
    CHECK(created == sentinel);
    vpncert_create_ssl_vpn_server_request_free(create);
    CHECK_STATUS(vpncert_create_ssl_vpn_server_request_set_dry_run(NULL, true),
                 VPNCERT_INVALID_ARGUMENT, NULL);

    CHECK_STATUS(vpncert_describe_vpn_gateway_request_new(GATEWAY, &one, &err), VPNCERT_OK, err);
    CHECK_STATUS(vpncert_describe_vpn_gateway_request_set_region_id(one, BAD), VPNCERT_INVALID_ARGUMENT,
                 NULL);
    REFUSED(vpncert_describe_vpn_gateway_with(c, one, &g, &err), VPNCERT_INVALID_ARGUMENT, "region_id");
    CHECK(g == sentinel);
    vpncert_describe_vpn_gateway_request_free(one);
    REFUSED(vpncert_wait_for_gateway_with(c, NULL, &g, &err), VPNCERT_INVALID_ARGUMENT, "request");

    /* Frees of NULL do nothing. */
    vpncert_create_ssl_vpn_server_request_free(NULL);
    vpncert_modify_ssl_vpn_server_request_free(NULL);
    vpncert_delete_ssl_vpn_server_request_free(NULL);
    vpncert_wait_for_gateway_request_free(NULL);
    vpncert_server_created_free(NULL);
    vpncert_server_modified_free(NULL);
    vpncert_server_deleted_free(NULL);
    vpncert_server_logs_free(NULL);
    vpncert_delete_result_free(NULL);
    vpncert_gateway_list_free(NULL);
    vpncert_client_info_list_free(NULL);

    CHECK(emu_requests(e) == before);
}

/* The composite calls take a region of their own: an issue on a server in another region (its
 * create, polls, server read and gateway wait all there), and a wait for a gateway there. */
static void test_regions(vpncert_client *c) {
    vpncert_issue_client_cert_request *issue = NULL;
    vpncert_wait_for_gateway_request *wait = NULL;
    vpncert_bundle *b = NULL;
    vpncert_gateway *g = NULL;
    vpncert_error *err = NULL;
    vpncert_status s;

    CHECK_STATUS(vpncert_issue_client_cert_request_new("vss-sh0001", "there", &issue, &err),
                 VPNCERT_OK, err);
    CHECK_STATUS(vpncert_issue_client_cert_request_set_poll_interval_ms(issue, 20), VPNCERT_OK,
                 NULL);
    s = vpncert_issue_client_cert_with(c, issue, &b, &err);
    CHECK_STATUS(s, VPNCERT_SSL_VPN_SERVER_NOT_FOUND, err);
    CHECK(b == NULL);
    vpncert_error_free(err);
    err = NULL;
    CHECK_STATUS(vpncert_issue_client_cert_request_set_region_id(issue, "cn-shanghai"), VPNCERT_OK,
                 NULL);
    s = vpncert_issue_client_cert_with(c, issue, &b, &err);
    CHECK_STATUS(s, VPNCERT_OK, err);
    if (s == VPNCERT_OK) CHECK_STR(vpncert_bundle_region_id(b), "cn-shanghai");
    vpncert_bundle_free(b);
    /* NULL unsets it: the client's region applies again. */
    CHECK_STATUS(vpncert_issue_client_cert_request_set_region_id(issue, NULL), VPNCERT_OK, NULL);
    b = NULL;
    s = vpncert_issue_client_cert_with(c, issue, &b, &err);
    CHECK_STATUS(s, VPNCERT_SSL_VPN_SERVER_NOT_FOUND, err);
    vpncert_error_free(err);
    err = NULL;
    vpncert_issue_client_cert_request_free(issue);

    CHECK_STATUS(vpncert_wait_for_gateway_request_new("vpn-sh0001", &wait, &err), VPNCERT_OK, err);
    s = vpncert_wait_for_gateway_with(c, wait, &g, &err);
    CHECK_STATUS(s, VPNCERT_GATEWAY_NOT_FOUND, err);
    vpncert_error_free(err);
    err = NULL;
    CHECK_STATUS(vpncert_wait_for_gateway_request_set_region_id(wait, "cn-shanghai"), VPNCERT_OK,
                 NULL);
    s = vpncert_wait_for_gateway_with(c, wait, &g, &err);
    CHECK_STATUS(s, VPNCERT_OK, err);
    if (s == VPNCERT_OK) {
        CHECK_STR(vpncert_gateway_id(g), "vpn-sh0001");
        CHECK_STR(vpncert_gateway_status(g), "active");
    }
    vpncert_gateway_free(g);
    vpncert_wait_for_gateway_request_free(wait);
}

/* A gateway whose SSL-VPN has an address of its own, and no ClientConfig from the service: the
 * profile built from the settings names the gateway's SslVpnInternetIp, not the server's. */
static void test_fallback_profile(void) {
    emulator own;
    const char *args[] = {"--server", "cn-hangzhou:vss-own0001", "--ssl-vpn-internet-ip",
                          "vss-own0001=192.0.2.7", "--no-client-config", NULL};
    vpncert_client *c;
    vpncert_bundle *b = NULL;
    vpncert_error *err = NULL;
    char *profile = NULL;
    vpncert_status s;

    emu_start(&own, args);
    c = test_client(own.url, "cn-hangzhou", "testid", "testsecret", 3);
    s = vpncert_issue_client_cert(c, "vss-own0001", "carol", NULL, &b, &err);
    CHECK_STATUS(s, VPNCERT_OK, err);
    if (s == VPNCERT_OK) {
        CHECK_STR(vpncert_bundle_client_config(b), "");
        s = vpncert_bundle_to_ovpn(b, &profile, &err);
        CHECK_STATUS(s, VPNCERT_OK, err);
        if (s == VPNCERT_OK) CHECK_CONTAINS(profile, "\nremote 192.0.2.7 ");
        vpncert_string_free(profile);
    }
    vpncert_bundle_free(b);
    vpncert_client_free(c);
    emu_stop(&own);
}

int main(void) {
    emulator emu, slow;
    const char *args[] = {"--quota",        "1000",
                          "--settle-ms",    "60",
                          "--server",       "cn-hangzhou:vss-emulator0001",
                          "--server",       "cn-shanghai:vss-sh0001",
                          "--gateway",      "cn-hangzhou:vpn-bare0001",
                          "--ssl-max-connections", "vpn-bare0001=10",
                          NULL};
    const char *slow_args[] = {"--settle-ms", "60000", NULL};
    vpncert_client *c;

    emu_start(&emu, args);
    emu_start(&slow, slow_args);
    c = test_client(emu.url, "cn-hangzhou", "testid", "testsecret", 3);

    test_gateways(c);
    test_clients(&emu, c);
    test_server(&emu, c);
    test_delete_and_wait(&emu, c);
    test_wait_timeout_and_lock(&slow);
    test_logs(&emu, c);
    test_arguments(&emu, c);
    test_regions(c);
    test_fallback_profile();

    vpncert_client_free(c);
    emu_stop(&slow);
    emu_stop(&emu);
    return finish("c family");
}
