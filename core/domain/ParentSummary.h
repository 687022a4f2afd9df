#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace kz {

// The summary for parents in plain words, as the practitioner edited it: what goes well first,
// then what we work on, tips for home, who may help, and the next conversation.
struct ParentSummaryContent
{
    QString language; // "nl" or "en"
    QString title;
    QString strengths;
    QString workingOn;
    QString tips;
    QString help;
    QString nextConversation;

    // The texts in the order they are printed: the title, then the five sections.
    QStringList texts() const { return {title, strengths, workingOn, tips, help, nextConversation}; }
    QByteArray toJson() const;
    static ParentSummaryContent fromJson(const QByteArray& json);
    friend bool operator==(const ParentSummaryContent&, const ParentSummaryContent&) = default;
};

// What was given to the parents: kept as given, with the SHA-256 of the document.
struct ParentSummarySnapshot
{
    qint64 id = 0;
    qint64 childId = 0;
    ParentSummaryContent content;
    QString sha256;
    qint64 givenBy = 0;
    QString givenByName;
    QDateTime givenAt;
};

} // namespace kz
