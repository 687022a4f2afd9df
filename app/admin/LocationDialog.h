#pragma once

#include "domain/Organisation.h"

#include <QDialog>

class QLabel;

namespace kz {

class LocationForm;
struct Session;

// A new location or the details of an existing one (administrators). Core validates and records
// the change; a refusal is shown in the dialog and nothing typed is lost.
class LocationDialog : public QDialog
{
    Q_OBJECT

public:
    LocationDialog(const Session& session, const Location& location, QWidget* parent = nullptr);

    LocationForm* form() const { return m_form; }
    qint64 savedId() const { return m_savedId; }
    QString errorText() const;

    void accept() override;

private:
    const Session& m_session;
    LocationForm* m_form;
    QLabel* m_error;
    qint64 m_savedId = 0;
};

} // namespace kz
