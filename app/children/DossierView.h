#pragma once

#include "db/Change.h"
#include "domain/DevelopmentDomain.h"
#include "domain/SupportNeed.h"

#include <QWidget>
#include <functional>
#include <memory>

class QAction;
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
    // The parents' language for conversations and who needs an interpreter, as read aloud.
    QString guardiansText() const;
    // "Left on ...: reason. The file is kept until ..." for a child who left; empty otherwise.
    QString leftText() const;
    // The manager's actions on the enrolment.
    QAction* editDetailsAction() const { return m_editDetails; }
    QAction* moveAction() const { return m_move; }
    QAction* leaveAction() const { return m_leave; }
    // The steps, as buttons (tests press them; people use them or their shortcuts).
    QPushButton* stepButton(const QString& name) const;
    void selectNeed(qint64 needId);
    // Inzage: writes everything held about this child, and who saw it, into `folder`.
    bool exportAccessRequest(const QString& folder);
    // The page for the parents that exportAccessRequest() writes into `folder`.
    QString accessRequestPage(const QString& folder) const;
    // Prints a summary of the file after a preview (Ctrl+P); a print is recorded in the audit trail.
    bool printSummary();
    QPushButton* printButton() const { return m_print; }
    // Talking with the parents: record a conversation, and the summary for parents.
    QPushButton* parentsButton() const { return m_parentsMenu; }
    QAction* conversationAction() const { return m_conversation; }
    QAction* parentSummaryAction() const { return m_parentSummary; }
    void recordConversation();
    void summaryForParents();

signals:
    void backRequested();
    void newObservationRequested(qint64 childId);
    void failed(const QString& message);
    void done(const QString& message);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    // The view's buttons, in m_buttons.
    enum Button
    {
        Back,
        NewObservation,
        NewNeed,
        Status,
        Parents,
        Review,
        Level,
        Refer,
        UpdateReferral,
        Close,
        FromObservation,
        Edit,
        Inzage,
        HandOver,
        Case
    };

    void styleLabels();
    void createButtons();
    void createTables();
    void layOut();
    void retranslate();
    // A committed change to this child's file: reload now when shown, else when next shown.
    void followChanges(const QList<kz::Change>& changes);
    static QString domainLabel(const QList<DevelopmentDomain>& domains, qint64 id);
    void fillStrengths();
    void fillNeeds(const QList<DevelopmentDomain>& domains);
    void fillDomainFilter(const QList<DevelopmentDomain>& domains);
    void fillHeader();
    void fillGuardians();
    void createChildMenu();
    void createParentsMenu();
    void retranslateParentsMenu();
    void runChildAction(const std::function<bool()>& action);
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
    void caseForIntervisie();

    const Session& m_session;
    std::unique_ptr<Dossier> m_dossier;
    qint64 m_childId = 0;
    bool m_stale = false;  // changed while hidden: reload when shown
    bool m_acting = false; // one of the dossier's own actions runs; it reloads when done
    QLabel* m_header;
    QLabel* m_details;
    QLabel* m_guardians;
    QLabel* m_leftNotice;
    QPushButton* m_childMenu;
    QPushButton* m_print;
    QAction* m_printAction = nullptr;
    QAction* m_editDetails = nullptr;
    QAction* m_move = nullptr;
    QAction* m_leave = nullptr;
    QPushButton* m_parentsMenu = nullptr;
    QAction* m_conversation = nullptr;
    QAction* m_parentSummary = nullptr;
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
