#include "HashingSink.h"

namespace kz {

HashingSink::HashingSink() : m_hash(QCryptographicHash::Blake2b_256)
{
    open(QIODevice::WriteOnly);
}

qint64 HashingSink::readData(char*, qint64)
{
    return -1;
}

qint64 HashingSink::writeData(const char* data, qint64 size)
{
    m_hash.addData(QByteArrayView(data, size));
    m_size += size;
    return size;
}

} // namespace kz
