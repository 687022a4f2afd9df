// The backup reader takes any bytes: header, part lengths, authentication, trailing data. The key
// is fixed (all zeros) instead of derived with Argon2, so each run takes microseconds; the seed
// corpus holds backups made with that key, so the fuzzer starts past authentication.
#include "Error.h"
#include "io/BackupReader.h"

#include <QBuffer>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QBuffer in(&bytes);
    in.open(QIODevice::ReadOnly);
    QByteArray plain;
    QBuffer out(&plain);
    out.open(QIODevice::WriteOnly);
    try {
        const kz::BackupReader::Header header = kz::BackupReader::readHeader(in, QStringLiteral("fuzz.kzb"));
        kz::BackupReader::readParts(in, header, QByteArray(32, '\0'), out, QStringLiteral("fuzz.kzb"),
                                    QStringLiteral("fuzz.db"));
    } catch (const kz::Error&) {
    }
    return 0;
}
