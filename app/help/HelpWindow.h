#pragma once

#include <QDialog>

class QTextBrowser;

namespace kz {

// The manual shipped with Kindzicht: one page per workspace, in Dutch or English after the
// interface language. A window of its own, so it can stay open beside the work.
class HelpWindow : public QDialog
{
    Q_OBJECT

public:
    explicit HelpWindow(QWidget* parent = nullptr);

    // Shows `page` ("children", "observations", "groupneeds", "handover", "socialmap", "admin")
    // in the interface language.
    void showPage(const QString& page);
    QString currentPage() const;
    QString language() const; // "nl" or "en", of the page shown
    QTextBrowser* browser() const { return m_browser; }

    static QStringList pages();

private:
    QTextBrowser* m_browser;
    QString m_page;
};

} // namespace kz
