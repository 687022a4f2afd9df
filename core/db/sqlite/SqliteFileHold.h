#pragma once

#include <QString>

class QSqlError;

namespace kz {

// An exclusive hold on an existing database file: out of WAL (which needs every other connection
// gone) and an exclusive lock, so no process writes into a file that is about to be replaced.
// Refuses (Conflict) while another connection or process has the file open.
class SqliteFileHold
{
public:
    explicit SqliteFileHold(const QString& databaseFile);
    ~SqliteFileHold() { release(); }
    SqliteFileHold(const SqliteFileHold&) = delete;
    SqliteFileHold& operator=(const SqliteFileHold&) = delete;

    void release();

private:
    [[noreturn]] void refuse(const QSqlError& error, const QString& databaseFile);

    static inline const QString name = QStringLiteral("kindzicht-restore-hold");
};

} // namespace kz
