#pragma once

#include "domain/Partner.h"
#include "store/PartnerStore.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace kz {

struct Session;

// Add or edit a partner of the sociale kaart (managers and admins). Core validates; the message
// appears in the dialog, which stays open so nothing typed is lost.
class PartnerDialog : public QDialog
{
    Q_OBJECT

public:
    PartnerDialog(const Session& session, const QList<PartnerCategory>& categories, const QList<Area>& areas,
                  const Partner& partner, QWidget* parent = nullptr);

    Partner partner() const;
    qint64 savedId() const { return m_savedId; }
    QString errorText() const;
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* postcodeEdit() const { return m_postcode; }
    QLineEdit* emailEdit() const { return m_email; }
    QTableWidget* contactsTable() const { return m_contacts; }

    void accept() override;

private:
    void fillChoices(const QList<PartnerCategory>& categories, const QList<Area>& areas);
    void configureFields();
    QFormLayout* buildForm();
    QWidget* buildContacts();
    // After someone else saved the partner first (PartnerDialogConflict.cpp).
    void resolveConflict(const EditConflictError& error, const Partner& mine);
    void showPartner(const Partner& partner);
    static QString describe(const Partner& partner);

    const Session& m_session;
    Partner m_original;
    qint64 m_savedId = 0;
    QLineEdit* m_name;
    QComboBox* m_category;
    QPlainTextEdit* m_description;
    QPlainTextEdit* m_services;
    QLineEdit* m_address;
    QLineEdit* m_postcode;
    QLineEdit* m_city;
    QLineEdit* m_country;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QLineEdit* m_website;
    QSpinBox* m_minimumAge;
    QSpinBox* m_maximumAge;
    QCheckBox* m_children;
    QCheckBox* m_parents;
    QCheckBox* m_professionals;
    QLineEdit* m_languages;
    QLineEdit* m_areas;
    QComboBox* m_status;
    QTableWidget* m_contacts;
    QLabel* m_error;
    Overwrite m_overwrite = Overwrite::No; // set when she chose to keep her version over a newer one
};

} // namespace kz
