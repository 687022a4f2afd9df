#include "ChildActions.h"
#include "Clock.h"
#include "DossierView.h"
#include "Error.h"
#include "domain/Age.h"
#include "domain/Labels.h"
#include "services/Dossier.h"
#include "services/Retention.h"
#include "shell/Session.h"
#include "store/GuardianStore.h"
#include "store/HandoverStore.h"
#include "store/OrganisationStore.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScopedValueRollback>

// The dossier's header: who the child is, how to talk with the parents, whether the child left;
// and the manager's actions on the enrolment (details, move, leave).

namespace kz {

void DossierView::fillHeader()
{
    const Child& c = m_dossier->child();
    const QLocale locale;
    const Age age = Age::between(c.birthDate, Clock::today());
    m_header->setText(c.fullName());
    QString groupName;
    try {
        groupName = OrganisationStore(m_session.db).group(m_session.actor, c.groupId).name;
    } catch (const Error&) {
        // a manager moved the child out of view meanwhile: the header simply goes without
    }
    QStringList facts = {Labels::age(age.years, age.months), tr("group %1").arg(groupName),
                         tr("born %1").arg(locale.toString(c.birthDate, QLocale::ShortFormat))};
    if (!c.neighbourhood.isEmpty())
        facts.append(tr("neighbourhood %1").arg(c.neighbourhood));
    if (!c.homeLanguages.isEmpty())
        facts.append(tr("home languages: %1").arg(c.homeLanguages));
    facts.append(
        c.veIndicationDate
            ? tr("VE indication since %1").arg(locale.toString(*c.veIndicationDate, QLocale::ShortFormat))
            : tr("no VE indication"));
    // What went to a school is part of the child's file.
    const QList<HandoverSnapshot> sent = HandoverStore(m_session.db).snapshots(m_session.actor, c.id);
    if (!sent.isEmpty())
        facts.append(tr("handover to %1: version %2, %3")
                         .arg(sent.constFirst().schoolName)
                         .arg(sent.constFirst().version)
                         .arg(locale.toString(sent.constFirst().exportedAt.toLocalTime().date(),
                                              QLocale::ShortFormat)));
    m_details->setText(facts.join(QStringLiteral("  ·  ")));
    fillGuardians();

    const bool left = c.endDate && *c.endDate < Clock::today();
    const bool leaving = c.endDate && !left;
    m_leftNotice->setVisible(c.endDate.has_value());
    if (c.endDate) {
        const QString on = locale.toString(*c.endDate, QLocale::ShortFormat);
        const QString reason = c.leaveReason ? Labels::leaveReason(*c.leaveReason) : QString();
        const QString kept =
            locale.toString(c.endDate->addMonths(Retention::months(m_session.db)), QLocale::ShortFormat);
        m_leftNotice->setText(
            (leaving
                 ? (reason.isEmpty() ? tr("Leaves on %1.").arg(on) : tr("Leaves on %1: %2.").arg(on, reason))
                 : (reason.isEmpty() ? tr("Left on %1.").arg(on) : tr("Left on %1: %2.").arg(on, reason))) +
            QLatin1Char(' ') + tr("The file is kept until %1.").arg(kept));
    }
}

void DossierView::fillGuardians()
{
    QList<Guardian> guardians;
    try {
        guardians = GuardianStore(m_session.db).list(m_session.actor, m_childId);
    } catch (const Error& e) {
        emit failed(e.userMessage());
    }
    QStringList parts;
    for (const Guardian& g : guardians) {
        QString part = g.name.toHtmlEscaped();
        if (!g.relation.isEmpty())
            part += QStringLiteral(" (%1)").arg(g.relation.toHtmlEscaped());
        if (!g.preferredLanguage.isEmpty())
            part += QStringLiteral(": ") + g.preferredLanguage.toHtmlEscaped();
        if (g.interpreterNeeded)
            part += QStringLiteral(", <b style='color:#8a5a00'>%1</b>")
                        .arg(tr("interpreter needed").toHtmlEscaped());
        parts.append(part);
    }
    m_guardians->setText(parts.isEmpty()
                             ? tr("Parents and guardians: none recorded yet.")
                             : tr("Parents and guardians: %1").arg(parts.join(QStringLiteral("  ·  "))));
    QStringList plain;
    for (const Guardian& g : guardians)
        plain.append(g.interpreterNeeded ? tr("%1: %2, interpreter needed").arg(g.name, g.preferredLanguage)
                                         : tr("%1: %2").arg(g.name, g.preferredLanguage));
    m_guardians->setAccessibleName(tr("Parents and guardians: %1").arg(plain.join(QStringLiteral("; "))));
}

QString DossierView::guardiansText() const
{
    return m_guardians->accessibleName();
}

QString DossierView::leftText() const
{
    return m_leftNotice->isHidden() ? QString() : m_leftNotice->text();
}

void DossierView::createChildMenu()
{
    auto* menu = new QMenu(this);
    m_editDetails = menu->addAction(QString(), this, [this] {
        runChildAction([this] { return ChildActions::editDetails(m_session, m_childId, this); });
    });
    m_move = menu->addAction(QString(), this, [this] {
        runChildAction([this] { return ChildActions::move(m_session, m_childId, this); });
    });
    m_leave = menu->addAction(QString(), this, [this] {
        runChildAction([this] { return ChildActions::leave(m_session, m_childId, this); });
    });
    m_childMenu->setMenu(menu);
    m_childMenu->setObjectName(QStringLiteral("childMenu"));
    m_childMenu->setVisible(ChildActions::mayManageChildren(m_session));
}

void DossierView::runChildAction(const std::function<bool()>& action)
{
    const QScopedValueRollback acting(m_acting, true);
    try {
        if (action())
            reload();
    } catch (const Error& e) {
        emit failed(e.userMessage());
    }
}

} // namespace kz
