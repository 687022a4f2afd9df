#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace kz {

class PartnerListModel;
struct Session;

// "Who does what, and where?": the sociale kaart with a live filter and the chosen partner's details.
class SocialMapView : public QWidget
{
    Q_OBJECT

public:
    explicit SocialMapView(const Session& session, QWidget* parent = nullptr);

    void reload();
    QLineEdit* filterEdit() const { return m_filter; }
    int visibleRows() const;

signals:
    void failed(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showDetails();

    PartnerListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLabel* m_title;
    QLineEdit* m_filter;
    QLabel* m_count;
    QTableView* m_table;
    QTextBrowser* m_details;
};

} // namespace kz
