/* The README's C example. Build: cc -std=c11 create.c $(pkg-config --cflags --libs vpncert)
 * Run: ./a.out http://127.0.0.1:PORT   (an emulator's endpoint; no argument: the real API) */
#include <stdio.h>
#include <vpncert.h>

int main(int argc, char **argv) {
    vpncert_client_builder *b = vpncert_client_builder_new("cn-hangzhou");
    vpncert_client *client = NULL;
    vpncert_cert *cert = NULL;
    vpncert_error *err = NULL;

    if (argc > 1) vpncert_client_builder_set_endpoint(b, argv[1]);
    vpncert_client_builder_set_access_key(b, "testid", "testsecret", NULL); /* default: env, ~/.aliyun */
    if (vpncert_client_build(b, &client, &err) == VPNCERT_OK &&
        vpncert_create_ssl_vpn_client_cert(client, "vss-emulator0001", "alice", NULL, &cert, &err) ==
            VPNCERT_OK) {
        printf("created %s (%s), request %s\n", vpncert_cert_id(cert), vpncert_cert_name(cert),
               vpncert_cert_request_id(cert));
        vpncert_cert_free(cert);
        vpncert_client_free(client);
        return 0;
    }
    fprintf(stderr, "%s: %s %s (HTTP %d, request %s)\n",
            vpncert_status_name(vpncert_error_status(err)), vpncert_error_code(err),
            vpncert_error_message(err), vpncert_error_http_status(err), vpncert_error_request_id(err));
    vpncert_error_free(err);
    vpncert_client_free(client);
    return 1;
}
