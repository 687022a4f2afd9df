#pragma once

#include "domain/Partner.h"
#include "domain/SupportNeed.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;

namespace kz {

struct Session;

// Refer a signalering to a partner of the sociale kaart: a searchable list with the partners that
// fit the need first, the date, and whether the child is on a waiting list.
class ReferralDialog : public QDialog
{
    Q_OBJECT

public:
    ReferralDialog(const Session& session, const SupportNeed& need, QWidget* parent = nullptr);

    QLineEdit* filterEdit() const { return m_filter; }
    QListWidget* partnerList() const { return m_partners; }
    QComboBox* statusBox() const { return m_status; }
    // How many partners head the list as suggestions for this need.
    int suggestionCount() const;
    void accept() override;

private:
    void fillPartners();
    void addHeader(const QString& text);
    void addPartner(const Partner& partner, const QStringList& reasons);
    void applyFilter(const QString& text);

    const Session& m_session;
    SupportNeed m_need;
    QLineEdit* m_filter;
    QListWidget* m_partners;
    QDateEdit* m_date;
    QComboBox* m_status;
    QLabel* m_error;
};

} // namespace kz
