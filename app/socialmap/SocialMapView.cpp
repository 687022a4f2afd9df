#include "SocialMapView.h"

#include "Error.h"
#include "PartnerFilterProxy.h"
#include "PartnerListModel.h"
#include "access/AccessPolicy.h"
#include "domain/Labels.h"
#include "shell/HeaderToolTips.h"
#include "shell/Session.h"
#include "shell/ViewStyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace kz {

SocialMapView::SocialMapView(const Session& session, QWidget* parent, Loading loading)
    : QWidget(parent), m_session(session), m_model(new PartnerListModel(session, this)),
      m_proxy(new PartnerFilterProxy(m_model, this)), m_title(new QLabel(this)),
      m_search(new QLineEdit(this)), m_area(new QComboBox(this)), m_category(new QComboBox(this)),
      m_age(new QSpinBox(this)), m_audience(new QComboBox(this)), m_language(new QComboBox(this)),
      m_status(new QComboBox(this)), m_staleOnly(new QCheckBox(this)), m_count(new QLabel(this)),
      m_table(new QTableView(this)), m_details(new QTextBrowser(this)), m_copyPhone(new QPushButton(this)),
      m_copyEmail(new QPushButton(this)), m_new(new QPushButton(this)), m_edit(new QPushButton(this)),
      m_verify(new QPushButton(this)), m_retire(new QPushButton(this)), m_import(new QPushButton(this)),
      m_export(new QToolButton(this)), m_staleLabel(new QLabel(this)), m_staleMonths(new QSpinBox(this))
{
    try {
        m_canKeep = AccessPolicy::hasRole(session.db, session.actor, Role::Manager) ||
                    AccessPolicy::hasRole(session.db, session.actor, Role::Admin);
    } catch (const Error&) {
        m_canKeep = false;
    }
    styleAsTitle(m_title);
    m_table->setModel(m_proxy);
    configureListTable(m_table);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PartnerListModel::Name, Qt::AscendingOrder);
    m_details->setOpenExternalLinks(true);
    m_details->setMinimumWidth(300);

    auto* detailPane = new QWidget(this);
    auto* copyRow = new QHBoxLayout;
    copyRow->addWidget(m_copyPhone);
    copyRow->addWidget(m_copyEmail);
    copyRow->addStretch();
    auto* detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_details);
    detailLayout->addLayout(copyRow);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detailPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* staleRow = new QHBoxLayout;
    staleRow->addWidget(m_staleLabel);
    staleRow->addWidget(m_staleMonths);
    staleRow->addStretch();
    m_staleMonths->setRange(1, 60);
    m_staleMonths->setEnabled(m_canKeep);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buildActions());
    layout->addLayout(buildFilters());
    layout->addWidget(splitter, 1);
    layout->addLayout(staleRow);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SocialMapView::showDetails);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_canKeep)
            editCurrent();
    });
    connect(m_copyPhone, &QPushButton::clicked, this, [this] {
        if (const Partner* p = currentPartner())
            copyToClipboard(p->phone, tr("Phone number"));
    });
    connect(m_copyEmail, &QPushButton::clicked, this, [this] {
        if (const Partner* p = currentPartner())
            copyToClipboard(p->email, tr("Email address"));
    });
    connect(m_staleMonths, &QSpinBox::editingFinished, this, [this] {
        if (m_staleMonths->value() == m_model->staleMonths())
            return;
        try {
            PartnerStore(m_session.db).setStaleMonths(m_session.actor, m_staleMonths->value());
            reload();
        } catch (const Error& e) {
            emit failed(e.userMessage());
        }
    });
    setFocusProxy(m_search);
    retranslate();
    if (loading == Loading::Now)
        reload();
}

QLayout* SocialMapView::buildActions()
{
    auto* row = new QHBoxLayout;
    row->addWidget(m_title);
    row->addStretch();
    for (QPushButton* b : {m_new, m_edit, m_verify, m_retire, m_import}) {
        row->addWidget(b);
        b->setVisible(m_canKeep);
    }
    row->addWidget(m_export);
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* menu = new QMenu(m_export);
    for (const PartnerExport::Format format : {PartnerExport::Format::Csv, PartnerExport::Format::VCard4,
                                               PartnerExport::Format::VCard3, PartnerExport::Format::Hsds})
        menu->addAction(QString(), this, [this, format] { askExport(format); })
            ->setData(static_cast<int>(format));
    m_export->setMenu(menu);
    addButtonShortcut(m_new, QKeySequence(Qt::Key_Insert));
    addButtonShortcut(m_edit, QKeySequence(Qt::Key_F2));
    connect(m_new, &QPushButton::clicked, this, &SocialMapView::newPartner);
    connect(m_edit, &QPushButton::clicked, this, &SocialMapView::editCurrent);
    connect(m_verify, &QPushButton::clicked, this, &SocialMapView::verifyCurrent);
    connect(m_retire, &QPushButton::clicked, this, &SocialMapView::retireCurrent);
    connect(m_import, &QPushButton::clicked, this, &SocialMapView::askImport);
    return row;
}

QLayout* SocialMapView::buildFilters()
{
    m_search->setClearButtonEnabled(true);
    m_age->setRange(-1, 18);
    m_age->setValue(-1);
    // Long wijk and category names must not squeeze the search field: combos size to a few words.
    m_search->setMinimumWidth(260);
    for (QComboBox* box : {m_area, m_category, m_audience, m_language, m_status}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(box == m_area || box == m_category ? 14 : 9);
    }
    // Two rows, so the window fits a laptop's 1280 pixels: what and where first, then for whom.
    auto* first = new QHBoxLayout;
    first->addWidget(m_search, 3);
    first->addWidget(m_area, 1);
    first->addWidget(m_category, 1);
    first->addWidget(m_count);
    auto* second = new QHBoxLayout;
    for (QWidget* w : std::initializer_list<QWidget*>{m_age, m_audience, m_language, m_status})
        second->addWidget(w);
    second->addWidget(m_staleOnly);
    second->addStretch();
    auto* rows = new QVBoxLayout;
    rows->addLayout(first);
    rows->addLayout(second);
    connect(m_search, &QLineEdit::textChanged, this, &SocialMapView::applyFilter);
    for (QComboBox* box : {m_area, m_category, m_audience, m_language, m_status})
        connect(box, &QComboBox::currentIndexChanged, this, &SocialMapView::applyFilter);
    connect(m_age, &QSpinBox::valueChanged, this, &SocialMapView::applyFilter);
    connect(m_staleOnly, &QCheckBox::toggled, this, &SocialMapView::applyFilter);
    return rows;
}

void SocialMapView::fillFilterChoices()
{
    // Keep what was chosen across a reload or a change of language.
    const auto refill = [](QComboBox* box, const QString& anyText,
                           const QList<QPair<QString, QString>>& items) {
        const QString chosen = box->currentData().toString();
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(anyText, QString());
        for (const auto& [label, value] : items)
            box->addItem(label, value);
        box->setCurrentIndex(std::max(0, box->findData(chosen)));
    };
    QList<QPair<QString, QString>> areas;
    for (const Area& a : m_model->areas())
        areas.append({a.parent.isEmpty() ? a.name : QStringLiteral("%1 (%2)").arg(a.name, a.parent), a.name});
    refill(m_area, tr("All neighbourhoods"), areas);
    QList<QPair<QString, QString>> categories;
    for (const PartnerCategory& c : m_model->categories())
        categories.append({m_model->categoryLabel(c.code), c.code});
    refill(m_category, tr("All categories"), categories);
    refill(m_audience, tr("Any audience"),
           {{tr("Children"), QStringLiteral("children")},
            {tr("Parents"), QStringLiteral("parents")},
            {tr("Professionals"), QStringLiteral("professionals")}});
    QStringList languages;
    for (const Partner& p : m_model->finder().partners())
        for (const QString& l : p.languages)
            if (!languages.contains(l, Qt::CaseInsensitive))
                languages.append(l);
    languages.sort(Qt::CaseInsensitive);
    QList<QPair<QString, QString>> languageItems;
    for (const QString& l : languages)
        languageItems.append({l, l});
    refill(m_language, tr("Any language"), languageItems);
    QList<QPair<QString, QString>> statuses;
    for (const PartnerStatus s : {PartnerStatus::Active, PartnerStatus::TemporarilyClosed,
                                  PartnerStatus::Inactive, PartnerStatus::Defunct})
        statuses.append({Labels::partnerStatus(s), toCode(s)});
    refill(m_status, tr("Any status"), statuses);
}

void SocialMapView::applyFilter()
{
    PartnerFilter f;
    f.text = m_search->text();
    f.area = m_area->currentData().toString();
    f.categoryCode = m_category->currentData().toString();
    if (m_age->value() >= 0)
        f.age = m_age->value();
    f.audience = m_audience->currentData().toString();
    f.language = m_language->currentData().toString();
    f.status = partnerStatusFromCode(m_status->currentData().toString());
    f.staleOnly = m_staleOnly->isChecked();
    m_proxy->setFilter(f);
    updateCount();
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    showDetails();
}

void SocialMapView::updateCount()
{
    m_count->setText(m_proxy->rowCount() == m_model->rowCount()
                         ? tr("%n organisation(s)", nullptr, m_proxy->rowCount())
                         : tr("%1 of %2").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

void SocialMapView::reload()
{
    const Partner* current = currentPartner();
    const qint64 currentId = current ? current->id : 0;
    try {
        m_model->reload();
    } catch (const Error& e) {
        emit failed(e.userMessage());
    }
    fillFilterChoices();
    m_staleMonths->setValue(m_model->staleMonths());
    applyFilter();
    fitColumns(m_table, 280);
    if (currentId != 0)
        selectPartner(currentId);
    showDetails();
}

void SocialMapView::selectPartner(qint64 partnerId)
{
    const int row = m_model->rowOfPartner(partnerId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid())
        m_table->setCurrentIndex(index);
}

int SocialMapView::visibleRows() const
{
    return m_proxy->rowCount();
}

const Partner* SocialMapView::currentPartner() const
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    return current.isValid() ? &m_model->partnerAt(current.row()) : nullptr;
}

void SocialMapView::retranslate()
{
    m_title->setText(tr("Social map"));
    HeaderToolTips::set(m_table->horizontalHeader(),
                        {tr("The organisation's name"), tr("The kind of help it offers"),
                         tr("The neighbourhoods it works in"), tr("The ages of the children it helps"),
                         tr("Active, inactive, temporarily closed or defunct"),
                         tr("When someone last checked the details")});
    m_search->setAccessibleName(tr("Search the social map"));
    m_area->setAccessibleName(tr("Wijk or stadsdeel"));
    m_category->setAccessibleName(tr("Category"));
    m_age->setAccessibleName(tr("Age of the child"));
    m_audience->setAccessibleName(tr("Audience"));
    m_language->setAccessibleName(tr("Language"));
    m_status->setAccessibleName(tr("Status"));
    m_staleMonths->setAccessibleName(tr("Months until details count as not verified"));
    m_search->setPlaceholderText(tr("Search name, help offered, contacts (Ctrl+F)"));
    m_table->setAccessibleName(tr("Organisations"));
    m_age->setSpecialValueText(tr("Any age"));
    m_age->setSuffix(tr(" years"));
    m_age->setToolTip(tr("The child's age: only partners whose age range includes it"));
    m_staleOnly->setText(tr("To check"));
    m_staleOnly->setToolTip(tr("Only partners whose details were not verified recently"));
    m_copyPhone->setText(tr("Copy phone"));
    m_copyEmail->setText(tr("Copy email"));
    m_new->setText(tr("&New partner"));
    m_new->setToolTip(tr("Add an organisation (Ins)"));
    m_edit->setText(tr("&Edit"));
    m_edit->setToolTip(tr("Edit the chosen organisation (F2)"));
    m_verify->setText(tr("&Verified now"));
    m_verify->setToolTip(tr("Record that you checked these details today"));
    m_retire->setText(tr("&Retire"));
    m_retire->setToolTip(tr("Mark the organisation as defunct; it stays in past referrals"));
    m_import->setText(tr("&Import..."));
    m_export->setText(tr("E&xport"));
    const QStringList exportNames{tr("CSV (spreadsheet)..."), tr("vCard 4.0 (address book)..."),
                                  tr("vCard 3.0 (older Outlook)..."), tr("HSDS 3.0 JSON (Open Referral)...")};
    const QList<QAction*> actions = m_export->menu()->actions();
    for (qsizetype i = 0; i < actions.size() && i < exportNames.size(); ++i)
        actions.at(i)->setText(exportNames.at(i));
    m_staleLabel->setText(tr("Mark details for checking when not verified for"));
    m_staleMonths->setSuffix(tr(" months"));
}

void SocialMapView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

} // namespace kz
