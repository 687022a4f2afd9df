#pragma once

#include "domain/Organisation.h"
#include "domain/Partner.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace kz {

// The fields of a location, shared by the first-start wizard and the location dialog. The
// stadsdeel and wijk come from the known areas (choosing a wijk fills in its stadsdeel) or are
// typed when new. The VE programme is chosen from the well-known ones or typed.
class LocationForm : public QWidget
{
    Q_OBJECT

public:
    LocationForm(const QList<Area>& knownAreas, QWidget* parent = nullptr);

    void setLocation(const Location& location);
    // The location as filled in; id and organisation as last set.
    Location location() const;

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* lrkEdit() const { return m_lrk; }
    QLineEdit* addressEdit() const { return m_address; }
    QLineEdit* postcodeEdit() const { return m_postcode; }
    QLineEdit* cityEdit() const { return m_city; }
    QComboBox* districtCombo() const { return m_district; }
    QComboBox* neighbourhoodCombo() const { return m_neighbourhood; }
    QComboBox* veProgrammeCombo() const { return m_veProgramme; }

private:
    void offerNeighbourhoods();
    void followNeighbourhood();

    QList<Area> m_areas;
    Location m_location;
    QLineEdit* m_name;
    QLineEdit* m_lrk;
    QLineEdit* m_address;
    QLineEdit* m_postcode;
    QLineEdit* m_city;
    QComboBox* m_district;
    QComboBox* m_neighbourhood;
    QComboBox* m_veProgramme;
};

} // namespace kz
