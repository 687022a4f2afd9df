#pragma once

#include <QString>
#include <stdexcept>

namespace kz {

// The one exception type core throws. `userMessage` is translated and fit to show a person;
// `detail` is for the log (SQL error text, file names) and never shown as the only explanation.
class Error : public std::runtime_error
{
public:
    enum class Kind
    {
        Validation,   // the input breaks a rule; the user can correct it
        AccessDenied, // the acting user's role or scope does not allow this
        NotFound,     // the record does not exist (or is outside the user's scope)
        Conflict,     // the request clashes with the current state (duplicate, closed need, ...)
        EditConflict, // someone else saved the row after it was read (EditConflictError says who)
        SchemaTooNew, // the database was written by a newer Kindzicht
        Database,     // the storage failed; detail holds the driver's text
        Io,           // a file could not be read or written
    };

    Error(Kind kind, QString userMessage, QString detail = {});

    Kind kind() const { return m_kind; }
    const QString& userMessage() const { return m_userMessage; }
    const QString& detail() const { return m_detail; }

private:
    Kind m_kind;
    QString m_userMessage;
    QString m_detail;
};

} // namespace kz
