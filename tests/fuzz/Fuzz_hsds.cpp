// The HSDS (Open Referral) JSON reader takes any bytes: never a crash, only kz::Error.
#include "Error.h"
#include "io/PartnerHsds.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    try {
        kz::PartnerHsds::read(bytes);
    } catch (const kz::Error&) {
    }
    return 0;
}
