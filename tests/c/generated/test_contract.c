/* generated from spec/api.toml; edit the spec, then run cargo xtask gen */
/*
 * Every function of the generated C layer, called with NULL handles and bad strings: accessors
 * give "", 0, false or NULL, calls give VPNCERT_INVALID_ARGUMENT naming the argument with
 * out-parameters untouched, _free(NULL) does nothing; a setter's refusal fails the request when
 * sent. Run under AddressSanitizer and valgrind by tests/c/run.sh.
 */
#define _POSIX_C_SOURCE 200809L

#include <stddef.h>
#include <string.h>

#include "harness.h"

static char sentinel_storage;
#define SENTINEL ((void *)&sentinel_storage)

static void refused(const char *file, int line, vpncert_status s, vpncert_error **err,
                    const char *arg) {
    check_status_at(file, line, s, VPNCERT_INVALID_ARGUMENT, *err);
    if (*err) {
        check_contains_at(file, line, vpncert_error_message(*err), arg);
        vpncert_error_free(*err);
        *err = NULL;
    }
}
#define REFUSED(s, arg) refused(__FILE__, __LINE__, (s), &err, (arg))

int main(void) {
    vpncert_error *err = NULL;
    /* Never contacted: every call below is refused before anything is sent. */
    vpncert_client *client = test_client("http://127.0.0.1:9", "cn-hangzhou", "id", "secret", 0);

    /* vpncert_bundle */
    CHECK_STR(vpncert_bundle_request_id(NULL), "");
    CHECK_STR(vpncert_bundle_region_id(NULL), "");
    CHECK_STR(vpncert_bundle_id(NULL), "");
    CHECK_STR(vpncert_bundle_server_id(NULL), "");
    CHECK_STR(vpncert_bundle_name(NULL), "");
    CHECK_STR(vpncert_bundle_ca_cert(NULL), "");
    CHECK_STR(vpncert_bundle_client_cert(NULL), "");
    CHECK_STR(vpncert_bundle_client_key(NULL), "");
    CHECK_STR(vpncert_bundle_client_config(NULL), "");
    CHECK(vpncert_bundle_create_time(NULL) == 0);
    CHECK(vpncert_bundle_end_time(NULL) == 0);
    CHECK_STR(vpncert_bundle_status(NULL), "");
    CHECK_STR(vpncert_bundle_resource_group_id(NULL), "");
    CHECK(vpncert_bundle_server(NULL) == NULL);
    vpncert_bundle_free(NULL);

    /* vpncert_cert */
    CHECK_STR(vpncert_cert_request_id(NULL), "");
    CHECK_STR(vpncert_cert_name(NULL), "");
    CHECK_STR(vpncert_cert_id(NULL), "");
    vpncert_cert_free(NULL);

    /* vpncert_cert_summary */
    CHECK_STR(vpncert_cert_summary_id(NULL), "");
    CHECK_STR(vpncert_cert_summary_server_id(NULL), "");
    CHECK_STR(vpncert_cert_summary_name(NULL), "");
    CHECK_STR(vpncert_cert_summary_region_id(NULL), "");
    CHECK_STR(vpncert_cert_summary_status(NULL), "");
    CHECK(vpncert_cert_summary_create_time(NULL) == 0);
    CHECK(vpncert_cert_summary_end_time(NULL) == 0);
    CHECK_STR(vpncert_cert_summary_resource_group_id(NULL), "");
    vpncert_cert_summary_free(NULL);

    /* vpncert_client_info */
    CHECK_STR(vpncert_client_info_common_name(NULL), "");
    CHECK_STR(vpncert_client_info_ip(NULL), "");
    CHECK_STR(vpncert_client_info_port(NULL), "");
    CHECK_STR(vpncert_client_info_private_ip(NULL), "");
    CHECK(vpncert_client_info_connected_time(NULL) == 0);
    CHECK(vpncert_client_info_receive_bytes(NULL) == 0);
    CHECK(vpncert_client_info_send_bytes(NULL) == 0);
    CHECK_STR(vpncert_client_info_status(NULL), "");
    vpncert_client_info_free(NULL);

    /* vpncert_delete_result */
    CHECK_STR(vpncert_delete_result_request_id(NULL), "");
    CHECK(!vpncert_delete_result_already_deleted(NULL));
    vpncert_delete_result_free(NULL);

    /* vpncert_gateway */
    CHECK_STR(vpncert_gateway_request_id(NULL), "");
    CHECK_STR(vpncert_gateway_id(NULL), "");
    CHECK_STR(vpncert_gateway_vpc_id(NULL), "");
    CHECK_STR(vpncert_gateway_v_switch_id(NULL), "");
    CHECK_STR(vpncert_gateway_name(NULL), "");
    CHECK_STR(vpncert_gateway_description(NULL), "");
    CHECK_STR(vpncert_gateway_status(NULL), "");
    CHECK_STR(vpncert_gateway_business_status(NULL), "");
    CHECK_STR(vpncert_gateway_ssl_vpn(NULL), "");
    CHECK(vpncert_gateway_ssl_max_connections(NULL) == 0);
    CHECK_STR(vpncert_gateway_ssl_vpn_internet_ip(NULL), "");
    CHECK_STR(vpncert_gateway_ipsec_vpn(NULL), "");
    CHECK_STR(vpncert_gateway_internet_ip(NULL), "");
    CHECK_STR(vpncert_gateway_disaster_recovery_internet_ip(NULL), "");
    CHECK_STR(vpncert_gateway_disaster_recovery_v_switch_id(NULL), "");
    CHECK_STR(vpncert_gateway_spec(NULL), "");
    CHECK_STR(vpncert_gateway_charge_type(NULL), "");
    CHECK(vpncert_gateway_create_time(NULL) == 0);
    CHECK(vpncert_gateway_end_time(NULL) == 0);
    CHECK_STR(vpncert_gateway_gateway_type(NULL), "");
    CHECK_STR(vpncert_gateway_network_type(NULL), "");
    CHECK_STR(vpncert_gateway_vpn_type(NULL), "");
    CHECK(!vpncert_gateway_auto_propagate(NULL));
    CHECK(!vpncert_gateway_enable_bgp(NULL));
    CHECK_STR(vpncert_gateway_resource_group_id(NULL), "");
    CHECK_STR(vpncert_gateway_tag(NULL), "");
    CHECK(vpncert_gateway_tags_count(NULL) == 0);
    CHECK(vpncert_gateway_tags_at(NULL, 0) == NULL);
    CHECK(vpncert_gateway_eni_instance_ids_count(NULL) == 0);
    CHECK_STR(vpncert_gateway_eni_instance_ids_at(NULL, 0), "");
    CHECK(vpncert_gateway_reservation_data(NULL) == NULL);
    vpncert_gateway_free(NULL);

    /* vpncert_reservation */
    CHECK_STR(vpncert_reservation_reservation_end_time(NULL), "");
    CHECK_STR(vpncert_reservation_reservation_ipsec(NULL), "");
    CHECK(vpncert_reservation_reservation_max_connections(NULL) == 0);
    CHECK_STR(vpncert_reservation_reservation_order_type(NULL), "");
    CHECK_STR(vpncert_reservation_reservation_spec(NULL), "");
    CHECK_STR(vpncert_reservation_reservation_ssl(NULL), "");
    CHECK_STR(vpncert_reservation_status(NULL), "");
    vpncert_reservation_free(NULL);

    /* vpncert_server */
    CHECK_STR(vpncert_server_id(NULL), "");
    CHECK_STR(vpncert_server_vpn_gateway_id(NULL), "");
    CHECK_STR(vpncert_server_region_id(NULL), "");
    CHECK_STR(vpncert_server_name(NULL), "");
    CHECK_STR(vpncert_server_internet_ip(NULL), "");
    CHECK_STR(vpncert_server_client_ip_pool(NULL), "");
    CHECK_STR(vpncert_server_local_subnet(NULL), "");
    CHECK_STR(vpncert_server_proto(NULL), "");
    CHECK(vpncert_server_port(NULL) == 0);
    CHECK_STR(vpncert_server_cipher(NULL), "");
    CHECK(!vpncert_server_compress(NULL));
    CHECK(vpncert_server_connections(NULL) == 0);
    CHECK(vpncert_server_max_connections(NULL) == 0);
    CHECK(vpncert_server_create_time(NULL) == 0);
    CHECK(!vpncert_server_enable_multi_factor_auth(NULL));
    CHECK_STR(vpncert_server_idaas_instance_id(NULL), "");
    CHECK_STR(vpncert_server_idaas_region_id(NULL), "");
    CHECK_STR(vpncert_server_idaas_application_id(NULL), "");
    CHECK_STR(vpncert_server_idaas_instance_version(NULL), "");
    CHECK_STR(vpncert_server_resource_group_id(NULL), "");
    CHECK_STR(vpncert_server_dns_servers(NULL), "");
    vpncert_server_free(NULL);

    /* vpncert_server_created */
    CHECK_STR(vpncert_server_created_request_id(NULL), "");
    CHECK_STR(vpncert_server_created_id(NULL), "");
    CHECK_STR(vpncert_server_created_name(NULL), "");
    CHECK(!vpncert_server_created_dry_run(NULL));
    vpncert_server_created_free(NULL);

    /* vpncert_server_deleted */
    CHECK_STR(vpncert_server_deleted_request_id(NULL), "");
    vpncert_server_deleted_free(NULL);

    /* vpncert_server_logs */
    CHECK_STR(vpncert_server_logs_request_id(NULL), "");
    CHECK(vpncert_server_logs_count(NULL) == 0);
    CHECK(vpncert_server_logs_page_number(NULL) == 0);
    CHECK(vpncert_server_logs_page_size(NULL) == 0);
    CHECK(!vpncert_server_logs_is_completed(NULL));
    CHECK(vpncert_server_logs_logs_count(NULL) == 0);
    CHECK_STR(vpncert_server_logs_logs_at(NULL, 0), "");
    vpncert_server_logs_free(NULL);

    /* vpncert_server_modified */
    CHECK_STR(vpncert_server_modified_request_id(NULL), "");
    CHECK_STR(vpncert_server_modified_id(NULL), "");
    CHECK_STR(vpncert_server_modified_vpn_gateway_id(NULL), "");
    CHECK_STR(vpncert_server_modified_region_id(NULL), "");
    CHECK_STR(vpncert_server_modified_name(NULL), "");
    CHECK_STR(vpncert_server_modified_internet_ip(NULL), "");
    CHECK_STR(vpncert_server_modified_client_ip_pool(NULL), "");
    CHECK_STR(vpncert_server_modified_local_subnet(NULL), "");
    CHECK_STR(vpncert_server_modified_proto(NULL), "");
    CHECK(vpncert_server_modified_port(NULL) == 0);
    CHECK_STR(vpncert_server_modified_cipher(NULL), "");
    CHECK(!vpncert_server_modified_compress(NULL));
    CHECK(vpncert_server_modified_connections(NULL) == 0);
    CHECK(vpncert_server_modified_max_connections(NULL) == 0);
    CHECK(vpncert_server_modified_create_time(NULL) == 0);
    CHECK(!vpncert_server_modified_enable_multi_factor_auth(NULL));
    CHECK_STR(vpncert_server_modified_idaas_instance_id(NULL), "");
    CHECK_STR(vpncert_server_modified_idaas_application_id(NULL), "");
    CHECK_STR(vpncert_server_modified_idaas_instance_version(NULL), "");
    CHECK_STR(vpncert_server_modified_resource_group_id(NULL), "");
    CHECK(!vpncert_server_modified_dry_run(NULL));
    vpncert_server_modified_free(NULL);

    /* vpncert_tag */
    CHECK_STR(vpncert_tag_key(NULL), "");
    CHECK_STR(vpncert_tag_value(NULL), "");
    vpncert_tag_free(NULL);

    {
        vpncert_cert_summary *item = SENTINEL;
        REFUSED(vpncert_cert_list_next(NULL, &item, &err), "list");
        CHECK(item == SENTINEL);
        vpncert_cert_list_free(NULL);
    }

    {
        vpncert_client_info *item = SENTINEL;
        REFUSED(vpncert_client_info_list_next(NULL, &item, &err), "list");
        CHECK(item == SENTINEL);
        vpncert_client_info_list_free(NULL);
    }

    {
        vpncert_gateway *item = SENTINEL;
        REFUSED(vpncert_gateway_list_next(NULL, &item, &err), "list");
        CHECK(item == SENTINEL);
        vpncert_gateway_list_free(NULL);
    }

    {
        vpncert_server *item = SENTINEL;
        REFUSED(vpncert_server_list_next(NULL, &item, &err), "list");
        CHECK(item == SENTINEL);
        vpncert_server_list_free(NULL);
    }

    /* CreateSslVpnClientCert */
    {
        vpncert_create_ssl_vpn_client_cert_request *r = SENTINEL;
        REFUSED(vpncert_create_ssl_vpn_client_cert_request_new(NULL, &r, &err), "ssl_vpn_server_id");
        CHECK(r == SENTINEL);
        REFUSED(vpncert_create_ssl_vpn_client_cert_request_new("\xff\xfe", &r, &err), "ssl_vpn_server_id");
        CHECK(r == SENTINEL);
        REFUSED(vpncert_create_ssl_vpn_client_cert_request_new("x-1", NULL, &err), "out");
        r = NULL;
        CHECK_STATUS(vpncert_create_ssl_vpn_client_cert_request_new("x-1", &r, &err), VPNCERT_OK, err);
        CHECK_STATUS(vpncert_create_ssl_vpn_client_cert_request_set_name(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_create_ssl_vpn_client_cert_request_set_name(r, NULL), VPNCERT_OK, NULL);
        CHECK_STATUS(vpncert_create_ssl_vpn_client_cert_request_set_client_token(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_create_ssl_vpn_client_cert_request_set_client_token(r, NULL), VPNCERT_OK, NULL);
        CHECK_STATUS(vpncert_create_ssl_vpn_client_cert_request_set_region_id(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_create_ssl_vpn_client_cert_request_set_region_id(r, NULL), VPNCERT_OK, NULL);
        vpncert_cert *out = SENTINEL;
        REFUSED(vpncert_create_ssl_vpn_client_cert_with(NULL, r, &out, &err), "c");
        REFUSED(vpncert_create_ssl_vpn_client_cert_with(client, NULL, &out, &err), "request");
        REFUSED(vpncert_create_ssl_vpn_client_cert_with(client, r, NULL, &err), "out");
        CHECK(out == SENTINEL);
        CHECK_STATUS(vpncert_create_ssl_vpn_client_cert_request_set_name(r, "\xff"), VPNCERT_INVALID_ARGUMENT, NULL);
        REFUSED(vpncert_create_ssl_vpn_client_cert_with(client, r, &out, &err), "name");
        CHECK(out == SENTINEL);
        vpncert_create_ssl_vpn_client_cert_request_free(r);
        vpncert_create_ssl_vpn_client_cert_request_free(NULL);
    }

    /* CreateSslVpnServer */
    {
        vpncert_create_ssl_vpn_server_request *r = SENTINEL;
        REFUSED(vpncert_create_ssl_vpn_server_request_new(NULL, "x-1", "x-1", &r, &err), "vpn_gateway_id");
        CHECK(r == SENTINEL);
        REFUSED(vpncert_create_ssl_vpn_server_request_new("\xff\xfe", "x-1", "x-1", &r, &err), "vpn_gateway_id");
        CHECK(r == SENTINEL);
        REFUSED(vpncert_create_ssl_vpn_server_request_new("x-1", NULL, "x-1", &r, &err), "local_subnet");
        CHECK(r == SENTINEL);
        REFUSED(vpncert_create_ssl_vpn_server_request_new("x-1", "\xff\xfe", "x-1", &r, &err), "local_subnet");
        CHECK(r == SENTINEL);
        REFUSED(vpncert_create_ssl_vpn_server_request_new("x-1", "x-1", NULL, &r, &err), "client_ip_pool");
        CHECK(r == SENTINEL);
        REFUSED(vpncert_create_ssl_vpn_server_request_new("x-1", "x-1", "\xff\xfe", &r, &err), "client_ip_pool");
        CHECK(r == SENTINEL);
        REFUSED(vpncert_create_ssl_vpn_server_request_new("x-1", "x-1", "x-1", NULL, &err), "out");
        r = NULL;
        CHECK_STATUS(vpncert_create_ssl_vpn_server_request_new("x-1", "x-1", "x-1", &r, &err), VPNCERT_OK, err);
        CHECK_STATUS(vpncert_create_ssl_vpn_server_request_set_name(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_create_ssl_vpn_server_request_set_name(r, NULL), VPNCERT_OK, NULL);
        CHECK_STATUS(vpncert_create_ssl_vpn_server_request_set_cipher(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_create_ssl_vpn_server_request_set_cipher(r, NULL), VPNCERT_OK, NULL);
        CHECK_STATUS(vpncert_create_ssl_vpn_server_request_set_port(NULL, 1), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_create_ssl_vpn_server_request_set_proto(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_create_ssl_vpn_server_request_set_proto(r, NULL), VPNCERT_OK, NULL);
        CHECK_STATUS(vpncert_create_ssl_vpn_server_request_set_compress(NULL, true), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_create_ssl_vpn_server_request_set_enable_multi_factor_auth(NULL, true), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_create_ssl_vpn_server_request_set_idaas_instance_id(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_create_ssl_vpn_server_request_set_idaas_instance_id(r, NULL), VPNCERT_OK, NULL);
        CHECK_STATUS(vpncert_create_ssl_vpn_server_request_set_idaas_region_id(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_create_ssl_vpn_server_request_set_idaas_region_id(r, NULL), VPNCERT_OK, NULL);
        CHECK_STATUS(vpncert_create_ssl_vpn_server_request_set_idaas_application_id(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_create_ssl_vpn_server_request_set_idaas_application_id(r, NULL), VPNCERT_OK, NULL);
        CHECK_STATUS(vpncert_create_ssl_vpn_server_request_set_dns_servers(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_create_ssl_vpn_server_request_set_dns_servers(r, NULL), VPNCERT_OK, NULL);
        CHECK_STATUS(vpncert_create_ssl_vpn_server_request_set_dry_run(NULL, true), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_create_ssl_vpn_server_request_set_client_token(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_create_ssl_vpn_server_request_set_client_token(r, NULL), VPNCERT_OK, NULL);
        CHECK_STATUS(vpncert_create_ssl_vpn_server_request_set_region_id(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_create_ssl_vpn_server_request_set_region_id(r, NULL), VPNCERT_OK, NULL);
        CHECK_STATUS(vpncert_create_ssl_vpn_server_request_set_wait_ms(NULL, 1), VPNCERT_INVALID_ARGUMENT, NULL);
        vpncert_server_created *out = SENTINEL;
        REFUSED(vpncert_create_ssl_vpn_server_with(NULL, r, &out, &err), "c");
        REFUSED(vpncert_create_ssl_vpn_server_with(client, NULL, &out, &err), "request");
        REFUSED(vpncert_create_ssl_vpn_server_with(client, r, NULL, &err), "out");
        CHECK(out == SENTINEL);
        CHECK_STATUS(vpncert_create_ssl_vpn_server_request_set_name(r, "\xff"), VPNCERT_INVALID_ARGUMENT, NULL);
        REFUSED(vpncert_create_ssl_vpn_server_with(client, r, &out, &err), "name");
        CHECK(out == SENTINEL);
        vpncert_create_ssl_vpn_server_request_free(r);
        vpncert_create_ssl_vpn_server_request_free(NULL);
    }

    /* DeleteSslVpnClientCert */
    {
        vpncert_delete_ssl_vpn_client_cert_request *r = SENTINEL;
        REFUSED(vpncert_delete_ssl_vpn_client_cert_request_new(NULL, &r, &err), "ssl_vpn_client_cert_id");
        CHECK(r == SENTINEL);
        REFUSED(vpncert_delete_ssl_vpn_client_cert_request_new("\xff\xfe", &r, &err), "ssl_vpn_client_cert_id");
        CHECK(r == SENTINEL);
        REFUSED(vpncert_delete_ssl_vpn_client_cert_request_new("x-1", NULL, &err), "out");
        r = NULL;
        CHECK_STATUS(vpncert_delete_ssl_vpn_client_cert_request_new("x-1", &r, &err), VPNCERT_OK, err);
        CHECK_STATUS(vpncert_delete_ssl_vpn_client_cert_request_set_client_token(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_delete_ssl_vpn_client_cert_request_set_client_token(r, NULL), VPNCERT_OK, NULL);
        CHECK_STATUS(vpncert_delete_ssl_vpn_client_cert_request_set_region_id(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_delete_ssl_vpn_client_cert_request_set_region_id(r, NULL), VPNCERT_OK, NULL);
        CHECK_STATUS(vpncert_delete_ssl_vpn_client_cert_request_set_wait_ms(NULL, 1), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_delete_ssl_vpn_client_cert_request_set_configuring_budget_ms(NULL, 1), VPNCERT_INVALID_ARGUMENT, NULL);
        vpncert_delete_result *out = SENTINEL;
        REFUSED(vpncert_delete_ssl_vpn_client_cert_with(NULL, r, &out, &err), "c");
        REFUSED(vpncert_delete_ssl_vpn_client_cert_with(client, NULL, &out, &err), "request");
        REFUSED(vpncert_delete_ssl_vpn_client_cert_with(client, r, NULL, &err), "out");
        CHECK(out == SENTINEL);
        CHECK_STATUS(vpncert_delete_ssl_vpn_client_cert_request_set_client_token(r, "\xff"), VPNCERT_INVALID_ARGUMENT, NULL);
        REFUSED(vpncert_delete_ssl_vpn_client_cert_with(client, r, &out, &err), "client_token");
        CHECK(out == SENTINEL);
        vpncert_delete_ssl_vpn_client_cert_request_free(r);
        vpncert_delete_ssl_vpn_client_cert_request_free(NULL);
    }

    /* DeleteSslVpnServer */
    {
        vpncert_delete_ssl_vpn_server_request *r = SENTINEL;
        REFUSED(vpncert_delete_ssl_vpn_server_request_new(NULL, &r, &err), "ssl_vpn_server_id");
        CHECK(r == SENTINEL);
        REFUSED(vpncert_delete_ssl_vpn_server_request_new("\xff\xfe", &r, &err), "ssl_vpn_server_id");
        CHECK(r == SENTINEL);
        REFUSED(vpncert_delete_ssl_vpn_server_request_new("x-1", NULL, &err), "out");
        r = NULL;
        CHECK_STATUS(vpncert_delete_ssl_vpn_server_request_new("x-1", &r, &err), VPNCERT_OK, err);
        CHECK_STATUS(vpncert_delete_ssl_vpn_server_request_set_client_token(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_delete_ssl_vpn_server_request_set_client_token(r, NULL), VPNCERT_OK, NULL);
        CHECK_STATUS(vpncert_delete_ssl_vpn_server_request_set_region_id(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_delete_ssl_vpn_server_request_set_region_id(r, NULL), VPNCERT_OK, NULL);
        CHECK_STATUS(vpncert_delete_ssl_vpn_server_request_set_wait_ms(NULL, 1), VPNCERT_INVALID_ARGUMENT, NULL);
        vpncert_server_deleted *out = SENTINEL;
        REFUSED(vpncert_delete_ssl_vpn_server_with(NULL, r, &out, &err), "c");
        REFUSED(vpncert_delete_ssl_vpn_server_with(client, NULL, &out, &err), "request");
        REFUSED(vpncert_delete_ssl_vpn_server_with(client, r, NULL, &err), "out");
        CHECK(out == SENTINEL);
        CHECK_STATUS(vpncert_delete_ssl_vpn_server_request_set_client_token(r, "\xff"), VPNCERT_INVALID_ARGUMENT, NULL);
        REFUSED(vpncert_delete_ssl_vpn_server_with(client, r, &out, &err), "client_token");
        CHECK(out == SENTINEL);
        vpncert_delete_ssl_vpn_server_request_free(r);
        vpncert_delete_ssl_vpn_server_request_free(NULL);
    }

    /* DescribeSslVpnClientCert */
    {
        vpncert_describe_ssl_vpn_client_cert_request *r = SENTINEL;
        REFUSED(vpncert_describe_ssl_vpn_client_cert_request_new(NULL, &r, &err), "ssl_vpn_client_cert_id");
        CHECK(r == SENTINEL);
        REFUSED(vpncert_describe_ssl_vpn_client_cert_request_new("\xff\xfe", &r, &err), "ssl_vpn_client_cert_id");
        CHECK(r == SENTINEL);
        REFUSED(vpncert_describe_ssl_vpn_client_cert_request_new("x-1", NULL, &err), "out");
        r = NULL;
        CHECK_STATUS(vpncert_describe_ssl_vpn_client_cert_request_new("x-1", &r, &err), VPNCERT_OK, err);
        CHECK_STATUS(vpncert_describe_ssl_vpn_client_cert_request_set_region_id(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_describe_ssl_vpn_client_cert_request_set_region_id(r, NULL), VPNCERT_OK, NULL);
        vpncert_bundle *out = SENTINEL;
        REFUSED(vpncert_describe_ssl_vpn_client_cert_with(NULL, r, &out, &err), "c");
        REFUSED(vpncert_describe_ssl_vpn_client_cert_with(client, NULL, &out, &err), "request");
        REFUSED(vpncert_describe_ssl_vpn_client_cert_with(client, r, NULL, &err), "out");
        CHECK(out == SENTINEL);
        CHECK_STATUS(vpncert_describe_ssl_vpn_client_cert_request_set_region_id(r, "\xff"), VPNCERT_INVALID_ARGUMENT, NULL);
        REFUSED(vpncert_describe_ssl_vpn_client_cert_with(client, r, &out, &err), "region_id");
        CHECK(out == SENTINEL);
        vpncert_describe_ssl_vpn_client_cert_request_free(r);
        vpncert_describe_ssl_vpn_client_cert_request_free(NULL);
    }

    /* DescribeSslVpnClientCerts */
    {
        vpncert_describe_ssl_vpn_client_certs_request *r = SENTINEL;
        REFUSED(vpncert_describe_ssl_vpn_client_certs_request_new(NULL, &err), "out");
        r = NULL;
        CHECK_STATUS(vpncert_describe_ssl_vpn_client_certs_request_new(&r, &err), VPNCERT_OK, err);
        CHECK_STATUS(vpncert_describe_ssl_vpn_client_certs_request_set_ssl_vpn_server_id(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_describe_ssl_vpn_client_certs_request_set_ssl_vpn_server_id(r, NULL), VPNCERT_OK, NULL);
        CHECK_STATUS(vpncert_describe_ssl_vpn_client_certs_request_set_ssl_vpn_client_cert_id(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_describe_ssl_vpn_client_certs_request_set_ssl_vpn_client_cert_id(r, NULL), VPNCERT_OK, NULL);
        CHECK_STATUS(vpncert_describe_ssl_vpn_client_certs_request_set_name(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_describe_ssl_vpn_client_certs_request_set_name(r, NULL), VPNCERT_OK, NULL);
        CHECK_STATUS(vpncert_describe_ssl_vpn_client_certs_request_set_resource_group_id(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_describe_ssl_vpn_client_certs_request_set_resource_group_id(r, NULL), VPNCERT_OK, NULL);
        CHECK_STATUS(vpncert_describe_ssl_vpn_client_certs_request_set_region_id(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_describe_ssl_vpn_client_certs_request_set_region_id(r, NULL), VPNCERT_OK, NULL);
        vpncert_cert_list *out = SENTINEL;
        REFUSED(vpncert_describe_ssl_vpn_client_certs_with(NULL, r, &out, &err), "c");
        REFUSED(vpncert_describe_ssl_vpn_client_certs_with(client, NULL, &out, &err), "request");
        REFUSED(vpncert_describe_ssl_vpn_client_certs_with(client, r, NULL, &err), "out");
        CHECK(out == SENTINEL);
        CHECK_STATUS(vpncert_describe_ssl_vpn_client_certs_request_set_ssl_vpn_server_id(r, "\xff"), VPNCERT_INVALID_ARGUMENT, NULL);
        REFUSED(vpncert_describe_ssl_vpn_client_certs_with(client, r, &out, &err), "ssl_vpn_server_id");
        CHECK(out == SENTINEL);
        vpncert_describe_ssl_vpn_client_certs_request_free(r);
        vpncert_describe_ssl_vpn_client_certs_request_free(NULL);
    }

    /* DescribeSslVpnClients */
    {
        vpncert_describe_ssl_vpn_clients_request *r = SENTINEL;
        REFUSED(vpncert_describe_ssl_vpn_clients_request_new(NULL, &r, &err), "vpn_gateway_id");
        CHECK(r == SENTINEL);
        REFUSED(vpncert_describe_ssl_vpn_clients_request_new("\xff\xfe", &r, &err), "vpn_gateway_id");
        CHECK(r == SENTINEL);
        REFUSED(vpncert_describe_ssl_vpn_clients_request_new("x-1", NULL, &err), "out");
        r = NULL;
        CHECK_STATUS(vpncert_describe_ssl_vpn_clients_request_new("x-1", &r, &err), VPNCERT_OK, err);
        CHECK_STATUS(vpncert_describe_ssl_vpn_clients_request_set_region_id(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_describe_ssl_vpn_clients_request_set_region_id(r, NULL), VPNCERT_OK, NULL);
        vpncert_client_info_list *out = SENTINEL;
        REFUSED(vpncert_describe_ssl_vpn_clients_with(NULL, r, &out, &err), "c");
        REFUSED(vpncert_describe_ssl_vpn_clients_with(client, NULL, &out, &err), "request");
        REFUSED(vpncert_describe_ssl_vpn_clients_with(client, r, NULL, &err), "out");
        CHECK(out == SENTINEL);
        CHECK_STATUS(vpncert_describe_ssl_vpn_clients_request_set_region_id(r, "\xff"), VPNCERT_INVALID_ARGUMENT, NULL);
        REFUSED(vpncert_describe_ssl_vpn_clients_with(client, r, &out, &err), "region_id");
        CHECK(out == SENTINEL);
        vpncert_describe_ssl_vpn_clients_request_free(r);
        vpncert_describe_ssl_vpn_clients_request_free(NULL);
    }

    /* DescribeSslVpnServers */
    {
        vpncert_describe_ssl_vpn_servers_request *r = SENTINEL;
        REFUSED(vpncert_describe_ssl_vpn_servers_request_new(NULL, &err), "out");
        r = NULL;
        CHECK_STATUS(vpncert_describe_ssl_vpn_servers_request_new(&r, &err), VPNCERT_OK, err);
        CHECK_STATUS(vpncert_describe_ssl_vpn_servers_request_set_ssl_vpn_server_id(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_describe_ssl_vpn_servers_request_set_ssl_vpn_server_id(r, NULL), VPNCERT_OK, NULL);
        CHECK_STATUS(vpncert_describe_ssl_vpn_servers_request_set_vpn_gateway_id(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_describe_ssl_vpn_servers_request_set_vpn_gateway_id(r, NULL), VPNCERT_OK, NULL);
        CHECK_STATUS(vpncert_describe_ssl_vpn_servers_request_set_name(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_describe_ssl_vpn_servers_request_set_name(r, NULL), VPNCERT_OK, NULL);
        CHECK_STATUS(vpncert_describe_ssl_vpn_servers_request_set_resource_group_id(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_describe_ssl_vpn_servers_request_set_resource_group_id(r, NULL), VPNCERT_OK, NULL);
        CHECK_STATUS(vpncert_describe_ssl_vpn_servers_request_set_page_number(NULL, 1), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_describe_ssl_vpn_servers_request_set_page_size(NULL, 1), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_describe_ssl_vpn_servers_request_set_region_id(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_describe_ssl_vpn_servers_request_set_region_id(r, NULL), VPNCERT_OK, NULL);
        vpncert_server_list *out = SENTINEL;
        REFUSED(vpncert_describe_ssl_vpn_servers_with(NULL, r, &out, &err), "c");
        REFUSED(vpncert_describe_ssl_vpn_servers_with(client, NULL, &out, &err), "request");
        REFUSED(vpncert_describe_ssl_vpn_servers_with(client, r, NULL, &err), "out");
        CHECK(out == SENTINEL);
        CHECK_STATUS(vpncert_describe_ssl_vpn_servers_request_set_ssl_vpn_server_id(r, "\xff"), VPNCERT_INVALID_ARGUMENT, NULL);
        REFUSED(vpncert_describe_ssl_vpn_servers_with(client, r, &out, &err), "ssl_vpn_server_id");
        CHECK(out == SENTINEL);
        vpncert_describe_ssl_vpn_servers_request_free(r);
        vpncert_describe_ssl_vpn_servers_request_free(NULL);
    }

    /* DescribeVpnGateway */
    {
        vpncert_describe_vpn_gateway_request *r = SENTINEL;
        REFUSED(vpncert_describe_vpn_gateway_request_new(NULL, &r, &err), "vpn_gateway_id");
        CHECK(r == SENTINEL);
        REFUSED(vpncert_describe_vpn_gateway_request_new("\xff\xfe", &r, &err), "vpn_gateway_id");
        CHECK(r == SENTINEL);
        REFUSED(vpncert_describe_vpn_gateway_request_new("x-1", NULL, &err), "out");
        r = NULL;
        CHECK_STATUS(vpncert_describe_vpn_gateway_request_new("x-1", &r, &err), VPNCERT_OK, err);
        CHECK_STATUS(vpncert_describe_vpn_gateway_request_set_include_reservation_data(NULL, true), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_describe_vpn_gateway_request_set_region_id(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_describe_vpn_gateway_request_set_region_id(r, NULL), VPNCERT_OK, NULL);
        vpncert_gateway *out = SENTINEL;
        REFUSED(vpncert_describe_vpn_gateway_with(NULL, r, &out, &err), "c");
        REFUSED(vpncert_describe_vpn_gateway_with(client, NULL, &out, &err), "request");
        REFUSED(vpncert_describe_vpn_gateway_with(client, r, NULL, &err), "out");
        CHECK(out == SENTINEL);
        CHECK_STATUS(vpncert_describe_vpn_gateway_request_set_region_id(r, "\xff"), VPNCERT_INVALID_ARGUMENT, NULL);
        REFUSED(vpncert_describe_vpn_gateway_with(client, r, &out, &err), "region_id");
        CHECK(out == SENTINEL);
        vpncert_describe_vpn_gateway_request_free(r);
        vpncert_describe_vpn_gateway_request_free(NULL);
    }

    /* DescribeVpnGateways */
    {
        vpncert_describe_vpn_gateways_request *r = SENTINEL;
        REFUSED(vpncert_describe_vpn_gateways_request_new(NULL, &err), "out");
        r = NULL;
        CHECK_STATUS(vpncert_describe_vpn_gateways_request_new(&r, &err), VPNCERT_OK, err);
        CHECK_STATUS(vpncert_describe_vpn_gateways_request_set_vpn_gateway_id(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_describe_vpn_gateways_request_set_vpn_gateway_id(r, NULL), VPNCERT_OK, NULL);
        CHECK_STATUS(vpncert_describe_vpn_gateways_request_set_vpc_id(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_describe_vpn_gateways_request_set_vpc_id(r, NULL), VPNCERT_OK, NULL);
        CHECK_STATUS(vpncert_describe_vpn_gateways_request_set_status(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_describe_vpn_gateways_request_set_status(r, NULL), VPNCERT_OK, NULL);
        CHECK_STATUS(vpncert_describe_vpn_gateways_request_set_business_status(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_describe_vpn_gateways_request_set_business_status(r, NULL), VPNCERT_OK, NULL);
        CHECK_STATUS(vpncert_describe_vpn_gateways_request_set_gateway_type(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_describe_vpn_gateways_request_set_gateway_type(r, NULL), VPNCERT_OK, NULL);
        CHECK_STATUS(vpncert_describe_vpn_gateways_request_set_resource_group_id(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_describe_vpn_gateways_request_set_resource_group_id(r, NULL), VPNCERT_OK, NULL);
        CHECK_STATUS(vpncert_describe_vpn_gateways_request_add_tag(NULL, "k", "v"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_describe_vpn_gateways_request_add_tag(r, "k", "v"), VPNCERT_OK, NULL);
        CHECK_STATUS(vpncert_describe_vpn_gateways_request_set_include_reservation_data(NULL, true), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_describe_vpn_gateways_request_set_region_id(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_describe_vpn_gateways_request_set_region_id(r, NULL), VPNCERT_OK, NULL);
        vpncert_gateway_list *out = SENTINEL;
        REFUSED(vpncert_describe_vpn_gateways_with(NULL, r, &out, &err), "c");
        REFUSED(vpncert_describe_vpn_gateways_with(client, NULL, &out, &err), "request");
        REFUSED(vpncert_describe_vpn_gateways_with(client, r, NULL, &err), "out");
        CHECK(out == SENTINEL);
        CHECK_STATUS(vpncert_describe_vpn_gateways_request_set_vpn_gateway_id(r, "\xff"), VPNCERT_INVALID_ARGUMENT, NULL);
        REFUSED(vpncert_describe_vpn_gateways_with(client, r, &out, &err), "vpn_gateway_id");
        CHECK(out == SENTINEL);
        vpncert_describe_vpn_gateways_request_free(r);
        vpncert_describe_vpn_gateways_request_free(NULL);
    }

    /* DescribeVpnSslServerLogs */
    {
        vpncert_describe_vpn_ssl_server_logs_request *r = SENTINEL;
        REFUSED(vpncert_describe_vpn_ssl_server_logs_request_new(NULL, &r, &err), "vpn_ssl_server_id");
        CHECK(r == SENTINEL);
        REFUSED(vpncert_describe_vpn_ssl_server_logs_request_new("\xff\xfe", &r, &err), "vpn_ssl_server_id");
        CHECK(r == SENTINEL);
        REFUSED(vpncert_describe_vpn_ssl_server_logs_request_new("x-1", NULL, &err), "out");
        r = NULL;
        CHECK_STATUS(vpncert_describe_vpn_ssl_server_logs_request_new("x-1", &r, &err), VPNCERT_OK, err);
        CHECK_STATUS(vpncert_describe_vpn_ssl_server_logs_request_set_ssl_vpn_client_cert_id(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_describe_vpn_ssl_server_logs_request_set_ssl_vpn_client_cert_id(r, NULL), VPNCERT_OK, NULL);
        CHECK_STATUS(vpncert_describe_vpn_ssl_server_logs_request_set_from(NULL, 1), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_describe_vpn_ssl_server_logs_request_set_to(NULL, 1), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_describe_vpn_ssl_server_logs_request_set_minute_period(NULL, 1), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_describe_vpn_ssl_server_logs_request_set_page_number(NULL, 1), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_describe_vpn_ssl_server_logs_request_set_page_size(NULL, 1), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_describe_vpn_ssl_server_logs_request_set_region_id(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_describe_vpn_ssl_server_logs_request_set_region_id(r, NULL), VPNCERT_OK, NULL);
        vpncert_server_logs *out = SENTINEL;
        REFUSED(vpncert_describe_vpn_ssl_server_logs_with(NULL, r, &out, &err), "c");
        REFUSED(vpncert_describe_vpn_ssl_server_logs_with(client, NULL, &out, &err), "request");
        REFUSED(vpncert_describe_vpn_ssl_server_logs_with(client, r, NULL, &err), "out");
        CHECK(out == SENTINEL);
        CHECK_STATUS(vpncert_describe_vpn_ssl_server_logs_request_set_ssl_vpn_client_cert_id(r, "\xff"), VPNCERT_INVALID_ARGUMENT, NULL);
        REFUSED(vpncert_describe_vpn_ssl_server_logs_with(client, r, &out, &err), "ssl_vpn_client_cert_id");
        CHECK(out == SENTINEL);
        vpncert_describe_vpn_ssl_server_logs_request_free(r);
        vpncert_describe_vpn_ssl_server_logs_request_free(NULL);
    }

    /* IssueClientCert */
    {
        vpncert_issue_client_cert_request *r = SENTINEL;
        REFUSED(vpncert_issue_client_cert_request_new(NULL, "x-1", &r, &err), "ssl_vpn_server_id");
        CHECK(r == SENTINEL);
        REFUSED(vpncert_issue_client_cert_request_new("\xff\xfe", "x-1", &r, &err), "ssl_vpn_server_id");
        CHECK(r == SENTINEL);
        REFUSED(vpncert_issue_client_cert_request_new("x-1", NULL, &r, &err), "name");
        CHECK(r == SENTINEL);
        REFUSED(vpncert_issue_client_cert_request_new("x-1", "\xff\xfe", &r, &err), "name");
        CHECK(r == SENTINEL);
        REFUSED(vpncert_issue_client_cert_request_new("x-1", "x-1", NULL, &err), "out");
        r = NULL;
        CHECK_STATUS(vpncert_issue_client_cert_request_new("x-1", "x-1", &r, &err), VPNCERT_OK, err);
        CHECK_STATUS(vpncert_issue_client_cert_request_set_client_token(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_issue_client_cert_request_set_client_token(r, NULL), VPNCERT_OK, NULL);
        CHECK_STATUS(vpncert_issue_client_cert_request_set_region_id(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_issue_client_cert_request_set_region_id(r, NULL), VPNCERT_OK, NULL);
        CHECK_STATUS(vpncert_issue_client_cert_request_set_configuring_budget_ms(NULL, 1), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_issue_client_cert_request_set_ready_timeout_ms(NULL, 1), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_issue_client_cert_request_set_poll_interval_ms(NULL, 1), VPNCERT_INVALID_ARGUMENT, NULL);
        vpncert_bundle *out = SENTINEL;
        REFUSED(vpncert_issue_client_cert_with(NULL, r, &out, &err), "c");
        REFUSED(vpncert_issue_client_cert_with(client, NULL, &out, &err), "request");
        REFUSED(vpncert_issue_client_cert_with(client, r, NULL, &err), "out");
        CHECK(out == SENTINEL);
        CHECK_STATUS(vpncert_issue_client_cert_request_set_client_token(r, "\xff"), VPNCERT_INVALID_ARGUMENT, NULL);
        REFUSED(vpncert_issue_client_cert_with(client, r, &out, &err), "client_token");
        CHECK(out == SENTINEL);
        vpncert_issue_client_cert_request_free(r);
        vpncert_issue_client_cert_request_free(NULL);
    }

    /* ModifySslVpnClientCert */
    {
        vpncert_modify_ssl_vpn_client_cert_request *r = SENTINEL;
        REFUSED(vpncert_modify_ssl_vpn_client_cert_request_new(NULL, "x-1", &r, &err), "ssl_vpn_client_cert_id");
        CHECK(r == SENTINEL);
        REFUSED(vpncert_modify_ssl_vpn_client_cert_request_new("\xff\xfe", "x-1", &r, &err), "ssl_vpn_client_cert_id");
        CHECK(r == SENTINEL);
        REFUSED(vpncert_modify_ssl_vpn_client_cert_request_new("x-1", NULL, &r, &err), "name");
        CHECK(r == SENTINEL);
        REFUSED(vpncert_modify_ssl_vpn_client_cert_request_new("x-1", "\xff\xfe", &r, &err), "name");
        CHECK(r == SENTINEL);
        REFUSED(vpncert_modify_ssl_vpn_client_cert_request_new("x-1", "x-1", NULL, &err), "out");
        r = NULL;
        CHECK_STATUS(vpncert_modify_ssl_vpn_client_cert_request_new("x-1", "x-1", &r, &err), VPNCERT_OK, err);
        CHECK_STATUS(vpncert_modify_ssl_vpn_client_cert_request_set_client_token(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_modify_ssl_vpn_client_cert_request_set_client_token(r, NULL), VPNCERT_OK, NULL);
        CHECK_STATUS(vpncert_modify_ssl_vpn_client_cert_request_set_region_id(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_modify_ssl_vpn_client_cert_request_set_region_id(r, NULL), VPNCERT_OK, NULL);
        vpncert_cert *out = SENTINEL;
        REFUSED(vpncert_modify_ssl_vpn_client_cert_with(NULL, r, &out, &err), "c");
        REFUSED(vpncert_modify_ssl_vpn_client_cert_with(client, NULL, &out, &err), "request");
        REFUSED(vpncert_modify_ssl_vpn_client_cert_with(client, r, NULL, &err), "out");
        CHECK(out == SENTINEL);
        CHECK_STATUS(vpncert_modify_ssl_vpn_client_cert_request_set_client_token(r, "\xff"), VPNCERT_INVALID_ARGUMENT, NULL);
        REFUSED(vpncert_modify_ssl_vpn_client_cert_with(client, r, &out, &err), "client_token");
        CHECK(out == SENTINEL);
        vpncert_modify_ssl_vpn_client_cert_request_free(r);
        vpncert_modify_ssl_vpn_client_cert_request_free(NULL);
    }

    /* ModifySslVpnServer */
    {
        vpncert_modify_ssl_vpn_server_request *r = SENTINEL;
        REFUSED(vpncert_modify_ssl_vpn_server_request_new(NULL, &r, &err), "ssl_vpn_server_id");
        CHECK(r == SENTINEL);
        REFUSED(vpncert_modify_ssl_vpn_server_request_new("\xff\xfe", &r, &err), "ssl_vpn_server_id");
        CHECK(r == SENTINEL);
        REFUSED(vpncert_modify_ssl_vpn_server_request_new("x-1", NULL, &err), "out");
        r = NULL;
        CHECK_STATUS(vpncert_modify_ssl_vpn_server_request_new("x-1", &r, &err), VPNCERT_OK, err);
        CHECK_STATUS(vpncert_modify_ssl_vpn_server_request_set_local_subnet(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_modify_ssl_vpn_server_request_set_local_subnet(r, NULL), VPNCERT_OK, NULL);
        CHECK_STATUS(vpncert_modify_ssl_vpn_server_request_set_client_ip_pool(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_modify_ssl_vpn_server_request_set_client_ip_pool(r, NULL), VPNCERT_OK, NULL);
        CHECK_STATUS(vpncert_modify_ssl_vpn_server_request_set_name(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_modify_ssl_vpn_server_request_set_name(r, NULL), VPNCERT_OK, NULL);
        CHECK_STATUS(vpncert_modify_ssl_vpn_server_request_set_cipher(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_modify_ssl_vpn_server_request_set_cipher(r, NULL), VPNCERT_OK, NULL);
        CHECK_STATUS(vpncert_modify_ssl_vpn_server_request_set_port(NULL, 1), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_modify_ssl_vpn_server_request_set_proto(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_modify_ssl_vpn_server_request_set_proto(r, NULL), VPNCERT_OK, NULL);
        CHECK_STATUS(vpncert_modify_ssl_vpn_server_request_set_compress(NULL, true), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_modify_ssl_vpn_server_request_set_enable_multi_factor_auth(NULL, true), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_modify_ssl_vpn_server_request_set_idaas_instance_id(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_modify_ssl_vpn_server_request_set_idaas_instance_id(r, NULL), VPNCERT_OK, NULL);
        CHECK_STATUS(vpncert_modify_ssl_vpn_server_request_set_idaas_region_id(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_modify_ssl_vpn_server_request_set_idaas_region_id(r, NULL), VPNCERT_OK, NULL);
        CHECK_STATUS(vpncert_modify_ssl_vpn_server_request_set_idaas_application_id(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_modify_ssl_vpn_server_request_set_idaas_application_id(r, NULL), VPNCERT_OK, NULL);
        CHECK_STATUS(vpncert_modify_ssl_vpn_server_request_set_dns_servers(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_modify_ssl_vpn_server_request_set_dns_servers(r, NULL), VPNCERT_OK, NULL);
        CHECK_STATUS(vpncert_modify_ssl_vpn_server_request_set_dry_run(NULL, true), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_modify_ssl_vpn_server_request_set_client_token(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_modify_ssl_vpn_server_request_set_client_token(r, NULL), VPNCERT_OK, NULL);
        CHECK_STATUS(vpncert_modify_ssl_vpn_server_request_set_region_id(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_modify_ssl_vpn_server_request_set_region_id(r, NULL), VPNCERT_OK, NULL);
        CHECK_STATUS(vpncert_modify_ssl_vpn_server_request_set_wait_ms(NULL, 1), VPNCERT_INVALID_ARGUMENT, NULL);
        vpncert_server_modified *out = SENTINEL;
        REFUSED(vpncert_modify_ssl_vpn_server_with(NULL, r, &out, &err), "c");
        REFUSED(vpncert_modify_ssl_vpn_server_with(client, NULL, &out, &err), "request");
        REFUSED(vpncert_modify_ssl_vpn_server_with(client, r, NULL, &err), "out");
        CHECK(out == SENTINEL);
        CHECK_STATUS(vpncert_modify_ssl_vpn_server_request_set_local_subnet(r, "\xff"), VPNCERT_INVALID_ARGUMENT, NULL);
        REFUSED(vpncert_modify_ssl_vpn_server_with(client, r, &out, &err), "local_subnet");
        CHECK(out == SENTINEL);
        vpncert_modify_ssl_vpn_server_request_free(r);
        vpncert_modify_ssl_vpn_server_request_free(NULL);
    }

    /* WaitForGateway */
    {
        vpncert_wait_for_gateway_request *r = SENTINEL;
        REFUSED(vpncert_wait_for_gateway_request_new(NULL, &r, &err), "vpn_gateway_id");
        CHECK(r == SENTINEL);
        REFUSED(vpncert_wait_for_gateway_request_new("\xff\xfe", &r, &err), "vpn_gateway_id");
        CHECK(r == SENTINEL);
        REFUSED(vpncert_wait_for_gateway_request_new("x-1", NULL, &err), "out");
        r = NULL;
        CHECK_STATUS(vpncert_wait_for_gateway_request_new("x-1", &r, &err), VPNCERT_OK, err);
        CHECK_STATUS(vpncert_wait_for_gateway_request_set_region_id(NULL, "x"), VPNCERT_INVALID_ARGUMENT, NULL);
        CHECK_STATUS(vpncert_wait_for_gateway_request_set_region_id(r, NULL), VPNCERT_OK, NULL);
        CHECK_STATUS(vpncert_wait_for_gateway_request_set_timeout_ms(NULL, 1), VPNCERT_INVALID_ARGUMENT, NULL);
        vpncert_gateway *out = SENTINEL;
        REFUSED(vpncert_wait_for_gateway_with(NULL, r, &out, &err), "c");
        REFUSED(vpncert_wait_for_gateway_with(client, NULL, &out, &err), "request");
        REFUSED(vpncert_wait_for_gateway_with(client, r, NULL, &err), "out");
        CHECK(out == SENTINEL);
        CHECK_STATUS(vpncert_wait_for_gateway_request_set_region_id(r, "\xff"), VPNCERT_INVALID_ARGUMENT, NULL);
        REFUSED(vpncert_wait_for_gateway_with(client, r, &out, &err), "region_id");
        CHECK(out == SENTINEL);
        vpncert_wait_for_gateway_request_free(r);
        vpncert_wait_for_gateway_request_free(NULL);
    }

    vpncert_client_free(client);
    return finish("c contract");
}
