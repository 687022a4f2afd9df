// The CSV reader and the partner CSV mapping take any bytes: never a crash, only kz::Error.
#include "Error.h"
#include "io/CsvReader.h"
#include "io/PartnerCsv.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    try {
        kz::CsvReader::parse(bytes);
    } catch (const kz::Error&) {
    }
    try {
        kz::PartnerCsv::read(bytes);
    } catch (const kz::Error&) {
    }
    return 0;
}
