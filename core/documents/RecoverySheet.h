#pragma once

#include "PagedDocument.h"
#include "services/BackupKey.h"

#include <QCoreApplication>
#include <QString>

namespace kz {

// The recovery sheet: the backup key's recovery code on paper, with what it is for and how a
// backup is restored with it, in the interface language. It opens every automatic backup made with
// this key, so it is printed once and kept in a safe place; it is never stored by Kindzicht.
class RecoverySheet
{
    Q_DECLARE_TR_FUNCTIONS(kz::RecoverySheet)

public:
    RecoverySheet(RecoveryKit kit, QString organisationName);

    QString title() const;
    QString html() const;
    PagedDocument paged() const;

private:
    QString instructions() const;

    RecoveryKit m_kit;
    QString m_organisation;
};

} // namespace kz
