#pragma once

#include "domain/Child.h"
#include "domain/EditConflict.h"
#include "domain/Guardian.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace kz {

class GuardiansEditor;
struct Session;

// Enrolling a child at one of the manager's groups, or correcting an enrolled child's details,
// with her parents and guardians. Core checks every field and who may do this; its refusal is
// shown here and what was typed stays. The group changes through a move, not here.
class ChildDialog : public QDialog
{
    Q_OBJECT

public:
    // childId 0: enrol a new child.
    ChildDialog(const Session& session, qint64 childId, QWidget* parent = nullptr);

    qint64 childId() const { return m_child.id; }
    QLineEdit* givenNameEdit() const { return m_given; }
    QLineEdit* familyNameEdit() const { return m_family; }
    QDateEdit* birthDateEdit() const { return m_birth; }
    QComboBox* groupBox() const { return m_group; }
    QDateEdit* startDateEdit() const { return m_start; }
    QComboBox* neighbourhoodBox() const { return m_neighbourhood; }
    QLineEdit* languagesEdit() const { return m_languages; }
    QDateEdit* veIndicationEdit() const { return m_ve; }
    QLineEdit* externalNumberEdit() const { return m_external; }
    GuardiansEditor* guardiansEditor() const { return m_guardians; }
    QString errorText() const;

    void accept() override;

private:
    void fillGroups();
    void fillNeighbourhoods();
    void showChild(const Child& child);
    Child current() const;
    // The child's details in words, to set the two versions side by side after a conflict.
    QString describe(const Child& child) const;
    void resolveConflict(const EditConflictError& error, const Child& mine);
    void resolveGuardianConflict(const EditConflictError& error);
    QString describe(const Guardian& guardian) const;

    const Session& m_session;
    Child m_child;
    QLineEdit* m_given;
    QLineEdit* m_family;
    QDateEdit* m_birth;
    QComboBox* m_group;
    QLabel* m_groupHint;
    QDateEdit* m_start;
    QComboBox* m_neighbourhood;
    QLineEdit* m_languages;
    QDateEdit* m_ve;
    QLineEdit* m_external;
    GuardiansEditor* m_guardians;
    QLabel* m_error;
    Overwrite m_overwrite = Overwrite::No; // set when she chose to keep her version over a newer one
};

} // namespace kz
