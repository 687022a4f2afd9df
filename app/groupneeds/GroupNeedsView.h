#pragma once

#include "domain/DevelopmentDomain.h"
#include "services/GroupNeeds.h"
#include "shell/LoadOnShow.h"

#include <QWidget>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace kz {

class AttentionLists;
class GroupNeedsLoader;
class TrendChartWidget;
struct Session;

// The locatiemanager's overview: a heat map of groups by domain, the figures per group, what needs
// attention, and the trend; with the report for the overleg kindontwikkeling as PDF.
class GroupNeedsView : public QWidget
{
    Q_OBJECT

public:
    explicit GroupNeedsView(const Session& session, QWidget* parent = nullptr,
                            Loading loading = Loading::Now);
    ~GroupNeedsView() override;

    void reload();
    QTableWidget* heatMap() const { return m_heatMap; }
    QTableWidget* groupTable() const { return m_groups; }
    // The attention lists, one tab each (AttentionLists).
    QTabWidget* attention() const;
    QComboBox* locationBox() const { return m_location; }
    QComboBox* domainBox() const { return m_domain; }
    // Writes the report; returns false (and says why) when it could not.
    bool exportReport(const QString& path);
    // Prints the same report, after a preview (Ctrl+P).
    bool printReport();
    QPushButton* printButton() const { return m_print; }
    QLabel* legend() const { return m_legend; }
    // What to do when there is nothing to show (no groups in the user's scope).
    QLabel* emptyState() const { return m_empty; }
    // Shown while the figures are counted in the background (a whole organisation).
    QLabel* countingState() const { return m_counting; }
    bool isCounting() const;
    // The statements the background counting ran: tests bound the work a screen does.
    qint64 backgroundStatements() const;

signals:
    void openChildren(qint64 groupId, qint64 domainId);
    void openChild(qint64 childId);
    void failed(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void styleWidgets();
    void setUpPrinting();
    void connectSignals();
    void layOut();
    void retranslate();
    void fillFilters();
    void fillHeatMap();
    void fillGroups();
    void showFigures(std::shared_ptr<const GroupNeeds> figures, const GroupNeedsFilter& filter);
    void setCounting(bool counting);

    const Session& m_session;
    GroupNeedsLoader* m_loader;
    std::shared_ptr<const GroupNeeds> m_figures;
    GroupNeedsFilter m_filter;
    QLabel* m_title;
    QComboBox* m_location;
    QComboBox* m_domain;
    QComboBox* m_period;
    QPushButton* m_report;
    QTableWidget* m_heatMap;
    QTableWidget* m_groups;
    AttentionLists* m_attention;
    TrendChartWidget* m_trend;
    QLabel* m_heatTitle;
    QLabel* m_trendTitle;
    QPushButton* m_print;
    QAction* m_printAction = nullptr;
    QLabel* m_legend;
    QLabel* m_empty;
    QLabel* m_counting;
};

} // namespace kz
