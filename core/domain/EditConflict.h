#pragma once

#include "Error.h"

#include <QDateTime>
#include <QString>

namespace kz {

// Whether a save may replace a newer version of the row than the one the edit started from.
// Yes only after the person saw the newer version (an EditConflict) and chose to keep her own;
// the row's `version` is then the one the conflict named, so a third change is caught again, and
// the audit trail records an overwrite.
enum class Overwrite
{
    No,
    Yes
};

// What an edit of a row started from: the version read (0: none; read and written in one go, as a
// one-shot command does) and whether it knowingly overwrites a newer one.
struct EditBase
{
    int version = 0;
    Overwrite overwrite = Overwrite::No;
};

// Who saved the row after it was read, and the version that is there now.
struct EditConflict
{
    QString table; // the table of the row, e.g. "support_needs"
    qint64 rowId = 0;
    int readVersion = 0;
    int currentVersion = 0;
    qint64 changedBy = 0; // 0 when unknown (a row last changed before versions were kept)
    QString changedByName;
    QDateTime changedAt; // invalid when unknown
};

// The refusal of a save based on an older version; nothing of the save was written.
class EditConflictError : public Error
{
public:
    EditConflictError(EditConflict conflict, QString userMessage)
        : Error(Kind::EditConflict, std::move(userMessage),
                QStringLiteral("%1 %2: read version %3, now %4")
                    .arg(conflict.table)
                    .arg(conflict.rowId)
                    .arg(conflict.readVersion)
                    .arg(conflict.currentVersion)),
          m_conflict(std::move(conflict))
    {}

    const EditConflict& conflict() const { return m_conflict; }

private:
    EditConflict m_conflict;
};

} // namespace kz
