#pragma once

#include <QComboBox>

class QTimer;

namespace kz {

struct Session;

// Picks the child by typing: an editable list that holds only the first children whose name
// contains what is typed (a director may see 100,000), asked again when the typing pauses. Enter
// takes the first match, also before any match was highlighted.
class ChildChooser : public QComboBox
{
    Q_OBJECT

public:
    ChildChooser(const Session& session, QWidget* parent);

    // Chooses `childId` (nothing for 0), also when it is not among the names found so far.
    void selectChild(qint64 childId);
    // The chosen child: a name typed but not chosen from the list still counts when it matches
    // one child. 0 when none.
    qint64 childId() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void searchChildren(const QString& text);
    bool pickFirstCompletion();

    const Session& m_session;
    QTimer* m_searchTimer;
};

} // namespace kz
