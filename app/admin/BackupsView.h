#pragma once

#include "domain/BackupPlan.h"
#include "shell/LoadOnShow.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace kz {

struct Session;

// Beheer, Back-ups: the backup key (made or replaced, after confirmation), the folder the
// automatic backups go to and the plan of how many are kept, where the last backup stands, and
// "Back up now". Core decides and records everything; this page shows and asks.
class BackupsView : public QWidget
{
    Q_OBJECT

public:
    explicit BackupsView(const Session& session, QWidget* parent = nullptr, Loading loading = Loading::Now);

    void reload();
    // What the buttons do after their dialogs, for the dialogs and for tests.
    bool chooseFolder(const QString& folder);
    bool savePlan(const BackupPlan& plan);
    bool backUpNow();

    QLabel* keyText() const { return m_keyText; }
    QLabel* statusText() const { return m_status; }
    QLabel* warningText() const { return m_warning; }
    QLineEdit* folderEdit() const { return m_folder; }
    QPushButton* keyButton() const { return m_keyButton; }
    QPushButton* backUpNowButton() const { return m_backUpNow; }
    QSpinBox* dailyBox() const { return m_daily; }

signals:
    void failed(const QString& message);
    void done(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void layOut();
    void askForKey();
    void askForFolder();
    void planEdited();
    void showStatus();
    void retranslate();

    const Session& m_session;
    QLabel* m_title;
    QLabel* m_intro;
    QLabel* m_keyTitle;
    QLabel* m_keyText;
    QPushButton* m_keyButton;
    QLabel* m_whereTitle;
    QLineEdit* m_folder;
    QPushButton* m_chooseFolder;
    QLabel* m_planText;
    QSpinBox* m_daily;
    QSpinBox* m_weekly;
    QSpinBox* m_monthly;
    QLabel* m_retention;
    QLabel* m_statusTitle;
    QLabel* m_status;
    QLabel* m_warning;
    QPushButton* m_backUpNow;
    bool m_hasKey = false;
};

} // namespace kz
