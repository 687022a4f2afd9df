#pragma once

#include "services/PartnerExport.h"
#include "shell/LoadOnShow.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTextBrowser;
class QToolButton;

namespace kz {

class PartnerFilterProxy;
class PartnerListModel;
struct Partner;
struct Session;

// "Who does what, and where?": the sociale kaart with live search and filters (wijk, category,
// age, audience, language, status, to check), the chosen partner's details with one-click copy,
// and for managers and admins: add, edit, verify, retire, import and export.
class SocialMapView : public QWidget
{
    Q_OBJECT

public:
    explicit SocialMapView(const Session& session, QWidget* parent = nullptr, Loading loading = Loading::Now);

    void reload();
    int visibleRows() const;
    bool canKeep() const { return m_canKeep; }

    // Reached from the buttons; public for tests and shortcuts.
    void newPartner();
    void editCurrent();
    void verifyCurrent();
    void retireCurrent();
    void importFile(const QString& path);
    // Writes the shown partners (onlyShown) or all; returns false and reports when it fails.
    bool exportTo(PartnerExport::Format format, const QString& path, bool onlyShown);
    void copyToClipboard(const QString& text, const QString& what);
    void selectPartner(qint64 partnerId);

    QLineEdit* filterEdit() const { return m_search; }
    QComboBox* areaBox() const { return m_area; }
    QComboBox* categoryBox() const { return m_category; }
    QSpinBox* ageBox() const { return m_age; }
    QComboBox* audienceBox() const { return m_audience; }
    QComboBox* languageBox() const { return m_language; }
    QComboBox* statusBox() const { return m_status; }
    QCheckBox* staleBox() const { return m_staleOnly; }
    QTableView* table() const { return m_table; }
    QTextBrowser* details() const { return m_details; }
    const Partner* currentPartner() const;

signals:
    void failed(const QString& message);
    void done(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    QLayout* buildFilters();
    QLayout* buildActions();
    void fillFilterChoices();
    void applyFilter();
    void retranslate();
    void showDetails();
    void askImport();
    void askExport(PartnerExport::Format format);
    void updateCount();

    const Session& m_session;
    bool m_canKeep = false;
    PartnerListModel* m_model;
    PartnerFilterProxy* m_proxy;
    QLabel* m_title;
    QLineEdit* m_search;
    QComboBox* m_area;
    QComboBox* m_category;
    QSpinBox* m_age;
    QComboBox* m_audience;
    QComboBox* m_language;
    QComboBox* m_status;
    QCheckBox* m_staleOnly;
    QLabel* m_count;
    QTableView* m_table;
    QTextBrowser* m_details;
    QPushButton* m_copyPhone;
    QPushButton* m_copyEmail;
    QPushButton* m_new;
    QPushButton* m_edit;
    QPushButton* m_verify;
    QPushButton* m_retire;
    QPushButton* m_import;
    QToolButton* m_export;
    QLabel* m_staleLabel;
    QSpinBox* m_staleMonths;
};

} // namespace kz
