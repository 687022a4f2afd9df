#pragma once

#include "services/BackupKey.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace kz {

// Shown once, right after a backup key was made: the recovery code, and the recovery sheet to
// print (or save as PDF for printing). Kindzicht keeps neither.
class RecoveryCodeDialog : public QDialog
{
    Q_OBJECT

public:
    RecoveryCodeDialog(RecoveryKit kit, QString organisationName, QWidget* parent = nullptr);

    QLabel* codeLabel() const { return m_code; }
    // Writes the recovery sheet as PDF; false (with the reason shown) when it could not.
    bool saveSheet(const QString& file);

private:
    void printSheet();
    void askForPdf();

    RecoveryKit m_kit;
    QString m_organisation;
    QLabel* m_code;
    QLabel* m_error;
};

} // namespace kz
