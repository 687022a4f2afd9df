#pragma once

#include <QCryptographicHash>
#include <QIODevice>

namespace kz {

// A write-only device that keeps nothing but the BLAKE2b-256 hash of what passes through it: a
// backup is checked by decrypting it into this, so no plaintext copy is written for the check.
class HashingSink : public QIODevice
{
public:
    HashingSink();
    QByteArray result() const { return m_hash.result(); }
    qint64 bytesSeen() const { return m_size; }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    QCryptographicHash m_hash;
    qint64 m_size = 0;
};

} // namespace kz
