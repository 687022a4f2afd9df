#pragma once

#include "domain/SupportNeed.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace kz {

class Dossier;
struct Session;

// One child: who she is, what goes well, the open signaleringen with their steps and referrals,
// and a timeline of everything noted, filterable by domain and period.
class DossierView : public QWidget
{
    Q_OBJECT

public:
    explicit DossierView(const Session& session, QWidget* parent = nullptr);
    ~DossierView() override;

    void showChild(qint64 childId, qint64 focusObservationId = 0);
    qint64 childId() const { return m_childId; }
    void reload();

    QTableWidget* needsTable() const { return m_needs; }
    QTreeWidget* timeline() const { return m_timeline; }
    QComboBox* domainFilter() const { return m_domainFilter; }
    QLabel* header() const { return m_header; }
    QLabel* strengths() const { return m_strengths; }
    // The steps, as buttons (tests press them; people use them or their shortcuts).
    QPushButton* stepButton(const QString& name) const;
    void selectNeed(qint64 needId);
    // Inzage: writes everything held about this child, and who saw it, into `folder`.
    bool exportAccessRequest(const QString& folder);

signals:
    void backRequested();
    void newObservationRequested(qint64 childId);
    void failed(const QString& message);
    void done(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillTimeline();
    void updateButtons();
    std::optional<SupportNeed> selectedNeed() const;
    void runStep(int step);
    void makeNeedFromObservation();
    void editObservation();
    void refer();
    void updateReferral();
    void accessRequest();
    void handOver();

    const Session& m_session;
    std::unique_ptr<Dossier> m_dossier;
    qint64 m_childId = 0;
    QLabel* m_header;
    QLabel* m_details;
    QLabel* m_strengths;
    QLabel* m_restrictedNote;
    QTableWidget* m_needs;
    QTreeWidget* m_timeline;
    QComboBox* m_domainFilter;
    QComboBox* m_periodFilter;
    QList<QPushButton*> m_buttons;
    QLabel* m_needsTitle;
    QLabel* m_timelineTitle;
    QLabel* m_strengthsTitle;
};

} // namespace kz
