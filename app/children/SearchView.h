#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTextBrowser;
class QTimer;

namespace kz {

struct Session;

// Full-text search over the observations of the children the user may see: accents do not
// matter, best matches first, the matching words highlighted; a result opens the dossier there.
class SearchView : public QWidget
{
    Q_OBJECT

public:
    explicit SearchView(const Session& session, QWidget* parent = nullptr);

    QLineEdit* queryEdit() const { return m_query; }
    QTextBrowser* results() const { return m_results; }
    int resultCount() const { return m_count; }
    void search();

signals:
    void openObservation(qint64 childId, qint64 observationId);
    void failed(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QString hintHtml() const;

    const Session& m_session;
    QLabel* m_title;
    QLineEdit* m_query;
    QLabel* m_summary;
    QTextBrowser* m_results;
    QTimer* m_debounce;
    int m_count = 0;
};

} // namespace kz
