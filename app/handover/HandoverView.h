#pragma once

#include "shell/LoadOnShow.h"
#include "store/HandoverStore.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace kz {

struct Session;

// The list of children turning four, with the state of their handover to school: who has not been
// asked, who is waiting for the parents, what was sent and whether the school received it.
class HandoverView : public QWidget
{
    Q_OBJECT

public:
    explicit HandoverView(const Session& session, QWidget* parent = nullptr, Loading loading = Loading::Now);

    void reload();
    QTableWidget* table() const { return m_table; }
    QComboBox* periodBox() const { return m_period; }
    // The wizard for the selected row (tests reach it through whenModal).
    void openHandover();
    void recordReceipt();
    // Prints the version last sent to the selected row's school, after a preview; true when printed.
    bool printSent();

signals:
    void openChild(qint64 childId);
    void failed(const QString& message);
    void done(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void addRow(const HandoverCandidate& c, const Handover& h);
    void updateButtons();
    struct Tally
    {
        int notAsked = 0;
        int awaiting = 0;
        int given = 0;
        int denied = 0;
    };
    void addRow(const HandoverCandidate& candidate, const Handover& handover, Tally& tally);
    qint64 selectedChild() const;
    qint64 selectedSchool() const;

    const Session& m_session;
    QLabel* m_title;
    QLabel* m_summary;
    QComboBox* m_period;
    QTableWidget* m_table;
    QPushButton* m_open;
    QPushButton* m_dossier;
    QPushButton* m_receipt;
    QPushButton* m_print;
};

} // namespace kz
