#include "NeedStepDialog.h"

#include "Clock.h"
#include "Error.h"
#include "admin/DialogKeys.h"
#include "children/DateEdits.h"
#include "common/PresenceNote.h"
#include "domain/Labels.h"
#include "domain/NeedLevel.h"
#include "services/PartnerSuggestions.h"
#include "shell/Session.h"
#include "store/DomainStore.h"
#include "store/SupportNeedStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kz {

namespace {

// The three levels in words, each with what it means as its tooltip; a bare number says nothing.
QComboBox* makeLevelBox(QWidget* parent, int level)
{
    auto* box = new QComboBox(parent);
    for (int l = NeedLevel::lowest; l <= NeedLevel::highest; ++l) {
        box->addItem(Labels::level(l), l);
        box->setItemData(box->count() - 1, NeedLevel::meaning(l), Qt::ToolTipRole);
    }
    box->setCurrentIndex(std::max(0, box->findData(level)));
    box->setToolTip(NeedLevel::meaning(box->currentData().toInt()));
    QObject::connect(box, &QComboBox::currentIndexChanged, box,
                     [box] { box->setToolTip(NeedLevel::meaning(box->currentData().toInt())); });
    return box;
}

} // namespace

NeedStepDialog::NeedStepDialog(const Session& session, Step step, const SupportNeed& need, QWidget* parent,
                               qint64 observationId)
    : QDialog(parent), m_session(session), m_step(step), m_need(need), m_observationId(observationId),
      m_error(new QLabel(this))
{
    auto* form = new QFormLayout;
    addFields(form);
    if (m_date)
        m_date->setMaximumDate(step == Step::ReviewDate || step == Step::Create ? QDate(9999, 12, 31)
                                                                                : Clock::today());

    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &NeedStepDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NeedStepDialog::reject);
    acceptOnCtrlEnter(this, buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new PresenceNote(session, need.childId, this));
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QPlainTextEdit* NeedStepDialog::addText(QFormLayout* form, const QString& label, const QString& placeholder,
                                        const QString& value)
{
    auto* edit = new QPlainTextEdit(value, this);
    edit->setTabChangesFocus(true);
    edit->setPlaceholderText(placeholder);
    edit->setMaximumHeight(90);
    form->addRow(label, edit);
    return edit;
}

void NeedStepDialog::addDate(QFormLayout* form, const QString& label, const QDate& value)
{
    m_date = new QDateEdit(value, this);
    m_date->setCalendarPopup(true);
    leaveOnTab(m_date);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    form->addRow(label, m_date);
}

// The fields of each step: what the step changes, and a note on why.
void NeedStepDialog::addFields(QFormLayout* form)
{
    switch (m_step) {
    case Step::Create: {
        setWindowTitle(tr("New support need"));
        m_domain = new QComboBox(this);
        for (const DevelopmentDomain& d : DomainStore(m_session.db).all())
            m_domain->addItem(Labels::domain(d), d.id);
        m_domain->setCurrentIndex(std::max(0, m_domain->findData(m_need.domainId)));
        form->addRow(tr("&Domain"), m_domain);
        m_level = makeLevelBox(this, m_need.level);
        form->addRow(tr("&Level"), m_level);
        if (m_observationId == 0) {
            m_text = addText(form, tr("&What do you see?"), tr("The support need, in a sentence or two"),
                             m_need.description);
            m_strengths = addText(form, tr("What &works"), tr("What helps this child, what goes well"),
                                  m_need.strengths);
        }
        addDate(form, tr("&Review on"), Clock::today().addDays(42));
        break;
    }
    case Step::Status:
        setWindowTitle(tr("Change status"));
        m_status = new QComboBox(this);
        for (NeedStatus s : {NeedStatus::Signalled, NeedStatus::DiscussedWithParents,
                             NeedStatus::SupportInPlace, NeedStatus::Evaluated})
            if (s != m_need.status)
                m_status->addItem(Labels::needStatus(s), static_cast<int>(s));
        form->addRow(tr("&New status"), m_status);
        m_text = addText(form, tr("&Note"), tr("What was done or agreed"));
        break;
    case Step::ParentsInformed:
        setWindowTitle(tr("Parents informed"));
        addDate(form, tr("&Informed on"), Clock::today());
        m_text = addText(form, tr("Their &response"), tr("How the parents see it"), m_need.parentsResponse);
        break;
    case Step::ReviewDate:
        setWindowTitle(tr("Review date"));
        addDate(form, tr("&Review on"), m_need.reviewDate.value_or(Clock::today().addDays(42)));
        m_text = addText(form, tr("&Note"), tr("Why this date"));
        break;
    case Step::Level:
        setWindowTitle(tr("Change level"));
        m_level = makeLevelBox(this, m_need.level == 3 ? 2 : m_need.level + 1);
        form->addRow(tr("&New level"), m_level);
        m_text = addText(form, tr("&Note"), tr("Why the level changes"));
        break;
    case Step::Close:
        setWindowTitle(tr("Close support need"));
        addDate(form, tr("&Closed on"), Clock::today());
        m_text = addText(form, tr("&Reason"), tr("For example: goals reached, moved, referred on"));
        break;
    }
}

int NeedStepDialog::chosenLevel() const
{
    return m_level ? m_level->currentData().toInt() : m_need.level;
}

QString NeedStepDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool NeedStepDialog::confirmEscalation()
{
    // The specialised partners that serve this child's own wijk or stadsdeel, best fit first.
    const qint64 domainId = m_domain ? m_domain->currentData().toLongLong() : m_need.domainId;
    QStringList names;
    for (const PartnerSuggestion& s :
         PartnerSuggestions::forEscalation(m_session.db, m_session.actor, m_need.childId, domainId))
        names.append(s.partner.name + QStringLiteral(" (") + s.reasons.join(QStringLiteral("; ")) +
                     QLatin1Char(')'));
    QMessageBox box(QMessageBox::Warning, tr("Escalate to level 3"),
                    tr("Level 3 means this child needs specialised support (categorie 3)."),
                    QMessageBox::NoButton, this);
    box.setInformativeText(
        tr("Discuss it with the parents and bring in a specialised partner:\n%1\n\nThis is separate from "
           "the "
           "meldcode procedure for concerns about the child's safety, which Kindzicht does not keep.")
            .arg(names.isEmpty()
                     ? tr("(no specialised partner on the sociale kaart serves this child's wijk yet)")
                     : QStringLiteral("• ") + names.join(QStringLiteral("\n• "))));
    QPushButton* escalate = box.addButton(tr("&Escalate"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == escalate;
}

void NeedStepDialog::accept()
{
    const QString text = m_text ? m_text->toPlainText() : QString();
    SupportNeedStore needs(m_session.db);
    try {
        if (m_step == Step::Create || m_step == Step::Level) {
            if (chosenLevel() == 3 && !confirmEscalation())
                return;
        }
        runStep(needs, text);
        QDialog::accept();
    } catch (const EditConflictError& e) {
        resolveConflict(e);
    } catch (const Error& e) {
        m_error->setText(e.userMessage());
        m_error->show();
    }
}

void NeedStepDialog::runStep(SupportNeedStore& needs, const QString& text)
{
    // The step is based on the version of the need this dialog showed.
    const EditBase base{m_need.version, m_overwrite};
    switch (m_step) {
    case Step::Create: {
        const qint64 domain = m_domain->currentData().toLongLong();
        if (m_observationId > 0) {
            m_createdId =
                needs.createFromObservation(m_session.actor, m_observationId, domain, chosenLevel());
            if (m_date)
                needs.setReviewDate(m_session.actor, m_createdId, m_date->date(), QString());
        } else {
            SupportNeed n = m_need;
            n.domainId = domain;
            n.level = chosenLevel();
            n.description = text;
            n.strengths = m_strengths->toPlainText();
            n.signalledOn = Clock::today();
            n.reviewDate = m_date->date();
            m_createdId = needs.create(m_session.actor, n);
        }
        break;
    }
    case Step::Status:
        needs.changeStatus(m_session.actor, m_need.id,
                           static_cast<NeedStatus>(m_status->currentData().toInt()), text, base);
        break;
    case Step::ParentsInformed:
        needs.recordParentsInformed(m_session.actor, m_need.id, m_date->date(), text, std::nullopt, base);
        break;
    case Step::ReviewDate:
        needs.setReviewDate(m_session.actor, m_need.id, m_date->date(), text, base);
        break;
    case Step::Level:
        needs.changeLevel(m_session.actor, m_need.id, chosenLevel(), text, base);
        break;
    case Step::Close:
        needs.close(m_session.actor, m_need.id, text, m_date->date(), base);
        break;
    }
}

} // namespace kz
