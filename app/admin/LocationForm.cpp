#include "LocationForm.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace kz {

namespace {

// A stadsdeel is an area whose parent is a city (an area without a parent itself).
QStringList districtsOf(const QList<Area>& areas)
{
    QStringList cities;
    for (const Area& a : areas)
        if (a.parent.isEmpty())
            cities.append(a.name);
    QStringList districts;
    for (const Area& a : areas)
        if (cities.contains(a.parent))
            districts.append(a.name);
    districts.sort(Qt::CaseInsensitive);
    return districts;
}

QString parentOf(const QList<Area>& areas, const QString& name)
{
    for (const Area& a : areas)
        if (a.name.compare(name, Qt::CaseInsensitive) == 0)
            return a.parent;
    return {};
}

QComboBox* editableCombo(QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    return combo;
}

} // namespace

LocationForm::LocationForm(const QList<Area>& knownAreas, QWidget* parent)
    : QWidget(parent), m_areas(knownAreas), m_name(new QLineEdit(this)), m_lrk(new QLineEdit(this)),
      m_address(new QLineEdit(this)), m_postcode(new QLineEdit(this)), m_city(new QLineEdit(this)),
      m_district(editableCombo(this)), m_neighbourhood(editableCombo(this)),
      m_veProgramme(editableCombo(this))
{
    // Programme names are names: the same in every language.
    m_veProgramme->addItems({QString(), QStringLiteral("Uk & Puk"), QStringLiteral("Piramide"),
                             QStringLiteral("Kaleidoscoop"), QStringLiteral("Startblokken"),
                             QStringLiteral("Ko-totaal"), QStringLiteral("Speelplezier")});
    m_veProgramme->setToolTip(
        tr("The VE programme this location works with; a VE child's handover names it."));
    m_lrk->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,9}")), m_lrk));
    m_lrk->setPlaceholderText(tr("9 digits, from the Landelijk Register Kinderopvang"));
    m_postcode->setPlaceholderText(tr("e.g. 2593 AB"));
    m_postcode->setMaximumWidth(120);
    m_district->addItem(QString());
    m_district->addItems(districtsOf(m_areas));
    offerNeighbourhoods();
    connect(m_district, &QComboBox::currentTextChanged, this, &LocationForm::offerNeighbourhoods);
    connect(m_neighbourhood, &QComboBox::currentTextChanged, this, &LocationForm::followNeighbourhood);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Name of the location"), m_name);
    form->addRow(tr("&LRK number"), m_lrk);
    form->addRow(tr("&Address"), m_address);
    form->addRow(tr("P&ostcode"), m_postcode);
    form->addRow(tr("&City"), m_city);
    form->addRow(tr("&Stadsdeel (district)"), m_district);
    form->addRow(tr("&Wijk (neighbourhood)"), m_neighbourhood);
    form->addRow(tr("&VE programme"), m_veProgramme);
    setFocusProxy(m_name);
}

void LocationForm::offerNeighbourhoods()
{
    const QString district = m_district->currentText().trimmed();
    const QString typed = m_neighbourhood->currentText();
    QStringList names;
    for (const Area& a : m_areas) {
        const QString parent = a.parent;
        const bool isNeighbourhood = !parent.isEmpty() && !parentOf(m_areas, parent).isEmpty();
        if (isNeighbourhood && (district.isEmpty() || parent.compare(district, Qt::CaseInsensitive) == 0))
            names.append(a.name);
    }
    names.sort(Qt::CaseInsensitive);
    const QSignalBlocker blocker(m_neighbourhood);
    m_neighbourhood->clear();
    m_neighbourhood->addItem(QString());
    m_neighbourhood->addItems(names);
    m_neighbourhood->setEditText(typed);
}

void LocationForm::followNeighbourhood()
{
    // Choosing a known wijk while no stadsdeel is set fills in the stadsdeel it lies in.
    if (!m_district->currentText().trimmed().isEmpty())
        return;
    const QString district = parentOf(m_areas, m_neighbourhood->currentText().trimmed());
    if (!district.isEmpty()) {
        const QString neighbourhood = m_neighbourhood->currentText();
        m_district->setEditText(district);
        m_neighbourhood->setEditText(neighbourhood);
    }
}

void LocationForm::setLocation(const Location& location)
{
    m_location = location;
    m_name->setText(location.name);
    m_lrk->setText(location.lrkNumber);
    m_address->setText(location.address);
    m_postcode->setText(location.postcode);
    m_city->setText(location.city);
    m_district->setEditText(location.district);
    m_neighbourhood->setEditText(location.neighbourhood);
    m_veProgramme->setEditText(location.veProgramme);
}

Location LocationForm::location() const
{
    Location l = m_location;
    l.name = m_name->text().trimmed();
    l.lrkNumber = m_lrk->text().trimmed();
    l.address = m_address->text().trimmed();
    l.postcode = m_postcode->text().trimmed();
    l.city = m_city->text().trimmed();
    l.district = m_district->currentText().trimmed();
    l.neighbourhood = m_neighbourhood->currentText().trimmed();
    l.veProgramme = m_veProgramme->currentText().trimmed();
    return l;
}

} // namespace kz
