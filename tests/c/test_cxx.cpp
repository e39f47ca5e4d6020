// vpncert.h from C++: it must compile without warnings (-Wall -Wextra -Wpedantic -Werror), link
// with C linkage, and its enums must behave as C++ enums with a fixed underlying type.
#include "vpncert.h"

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>
#include <type_traits>

static_assert(sizeof(vpncert_status) == sizeof(std::uint32_t), "vpncert_status is 32 bits");
static_assert(std::is_same<std::underlying_type<vpncert_status>::type, std::uint32_t>::value,
              "vpncert_status has uint32_t underneath");

namespace {

// RAII the way a C++ caller would wrap the handles.
struct ErrorFree {
    void operator()(vpncert_error *e) const { vpncert_error_free(e); }
};
struct BuilderFree {
    void operator()(vpncert_client_builder *b) const { vpncert_client_builder_free(b); }
};

const char *describe(vpncert_status s) {
    switch (s) {
    case VPNCERT_OK:
        return "ok";
    case VPNCERT_INVALID_ARGUMENT:
        return "invalid argument";
    case VPNCERT_QUOTA_FULL:
        return "quota full";
    default:
        return vpncert_status_name(s);
    }
}

}  // namespace

int main() {
    int failed = 0;
    if (std::strcmp(vpncert_status_name(VPNCERT_CLOCK_SKEW), "VPNCERT_CLOCK_SKEW") != 0) failed++;
    if (std::strcmp(describe(VPNCERT_TIMEOUT), "VPNCERT_TIMEOUT") != 0) failed++;

    std::unique_ptr<vpncert_client_builder, BuilderFree> b(
        vpncert_client_builder_new("cn-hangzhou"));
    if (vpncert_client_builder_set_signature_version(b.get(), VPNCERT_SIGNATURE_V3) != VPNCERT_OK)
        failed++;
    vpncert_client *client = nullptr;
    vpncert_error *raw = nullptr;
    // `out` NULL: refused, the builder consumed (so release it from the unique_ptr).
    vpncert_status s = vpncert_client_build(b.release(), nullptr, &raw);
    std::unique_ptr<vpncert_error, ErrorFree> err(raw);
    if (s != VPNCERT_INVALID_ARGUMENT || vpncert_error_status(err.get()) != s) failed++;
    if (std::strstr(vpncert_error_message(err.get()), "out") == nullptr) failed++;
    if (client != nullptr) failed++;

    std::printf("c++ header: %d passed, %d failed (libvpncert %s)\n", 6 - failed, failed,
                vpncert_version());
    return failed == 0 ? 0 : 1;
}
