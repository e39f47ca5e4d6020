/* The C path of the real-client tests: issues a certificate through libvpncert and writes its
 * OpenVPN profile (mode 0600), as a C program of a user would.
 *
 *   issue_profile ENDPOINT SSL_VPN_SERVER_ID NAME OUT.ovpn
 *
 * Prints the certificate id on success; on failure the error's status, code and message on
 * stderr, and exits 1. */
#include <stdio.h>
#include <vpncert.h>

static int fail(const char *what, vpncert_error *err) {
    fprintf(stderr, "%s: %s %s %s\n", what, vpncert_status_name(vpncert_error_status(err)),
            vpncert_error_code(err), vpncert_error_message(err));
    vpncert_error_free(err);
    return 1;
}

int main(int argc, char **argv) {
    if (argc != 5) {
        fprintf(stderr, "usage: %s ENDPOINT SSL_VPN_SERVER_ID NAME OUT.ovpn\n", argv[0]);
        return 2;
    }
    vpncert_error *err = NULL;
    vpncert_client *client = NULL;
    vpncert_bundle *bundle = NULL;
    vpncert_client_builder *b = vpncert_client_builder_new("cn-hangzhou");
    if (vpncert_client_builder_set_endpoint(b, argv[1]) != VPNCERT_OK ||
        vpncert_client_builder_set_access_key(b, "testid", "testsecret", NULL) != VPNCERT_OK) {
        vpncert_client_builder_free(b);
        fprintf(stderr, "cannot configure the client\n");
        return 1;
    }
    if (vpncert_client_build(b, &client, &err) != VPNCERT_OK) {
        return fail("build", err);
    }
    if (vpncert_issue_client_cert(client, argv[2], argv[3], NULL, &bundle, &err) != VPNCERT_OK) {
        vpncert_client_free(client);
        return fail("issue", err);
    }
    if (vpncert_bundle_write_ovpn(bundle, argv[4], false, &err) != VPNCERT_OK) {
        vpncert_bundle_free(bundle);
        vpncert_client_free(client);
        return fail("write", err);
    }
    printf("%s\n", vpncert_bundle_id(bundle));
    vpncert_bundle_free(bundle);
    vpncert_client_free(client);
    return 0;
}
