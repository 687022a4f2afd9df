#include "PartnerDialog.h"
#include "common/EditConflictDialog.h"
#include "domain/Labels.h"
#include "shell/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableWidget>

namespace kz {

QString PartnerDialog::describe(const Partner& p)
{
    QStringList contacts;
    for (const PartnerContact& c : p.contacts)
        contacts << QStringList{c.name, c.role, c.phone, c.email}.join(QStringLiteral(", "));
    const auto age = [](const std::optional<int>& a) { return a ? QString::number(*a) : QString(); };
    return tr("Name: %1\nAddress: %2, %3 %4\nPhone: %5\nEmail: %6\nWebsite: %7\nAges: %8 to %9\n"
              "Status: %10\nLanguages: %11\nAreas: %12\nServices: %13\nContacts: %14\nDescription: %15")
        .arg(p.name, p.address, p.postcode, p.city, p.phone, p.email, p.website, age(p.minimumAge),
             age(p.maximumAge))
        .arg(Labels::partnerStatus(p.status), p.languages.join(QStringLiteral(", ")),
             p.serviceAreas.join(QStringLiteral(", ")), p.services.join(QStringLiteral("; ")),
             contacts.join(QStringLiteral("; ")), p.description);
}

void PartnerDialog::showPartner(const Partner& p)
{
    m_original = p;
    m_name->setText(p.name);
    m_category->setCurrentIndex(std::max(0, m_category->findData(p.categoryCode)));
    m_description->setPlainText(p.description);
    m_services->setPlainText(p.services.join(QLatin1Char('\n')));
    m_address->setText(p.address);
    m_postcode->setText(p.postcode);
    m_city->setText(p.city);
    m_country->setText(p.country.isEmpty() ? QStringLiteral("NL") : p.country);
    m_phone->setText(p.phone);
    m_email->setText(p.email);
    m_website->setText(p.website);
    m_minimumAge->setValue(p.minimumAge.value_or(-1));
    m_maximumAge->setValue(p.maximumAge.value_or(-1));
    m_children->setChecked(p.audience.contains(QStringLiteral("children")));
    m_parents->setChecked(p.audience.contains(QStringLiteral("parents")));
    m_professionals->setChecked(p.audience.contains(QStringLiteral("professionals")));
    m_languages->setText(p.languages.join(QStringLiteral(", ")));
    m_areas->setText(p.serviceAreas.join(QStringLiteral(", ")));
    m_status->setCurrentIndex(m_status->findData(toCode(p.status)));
    m_contacts->setRowCount(0);
    for (const PartnerContact& c : p.contacts) {
        const int row = m_contacts->rowCount();
        m_contacts->insertRow(row);
        const QStringList values{c.name, c.role, c.phone, c.email};
        for (int col = 0; col < 4; ++col)
            m_contacts->setItem(row, col, new QTableWidgetItem(values.at(col)));
    }
}

void PartnerDialog::resolveConflict(const EditConflictError& error, const Partner& mine)
{
    m_error->setText(error.userMessage());
    m_error->show();
    const Partner theirs = PartnerStore(m_session.db).get(m_session.actor, mine.id);
    switch (EditConflictDialog::ask(error, describe(mine), describe(theirs), this)) {
    case EditConflictDialog::Choice::KeepMine:
        m_original.version = error.conflict().currentVersion;
        m_overwrite = Overwrite::Yes;
        accept();
        return;
    case EditConflictDialog::Choice::StartFromTheirs:
        m_overwrite = Overwrite::No;
        showPartner(theirs);
        m_error->hide();
        return;
    case EditConflictDialog::Choice::BackToEditing:
        return;
    }
}

} // namespace kz
