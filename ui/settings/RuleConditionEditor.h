#pragma once

#include "core/common/Result.h"
#include "core/domain/Agent.h"
#include "core/workflow/rules/Condition.h"
#include "core/workflow/rules/RuleField.h"

#include <QJsonObject>
#include <QList>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace hd {

/// Edits a rule's condition tree: ALL (AND) / ANY (OR) / NOT groups over leaves {field, operator, value}
/// for every field of RuleField::all(). The tree shows one line per node; the form below it edits the
/// selected node (the group's kind, or the leaf's field, operator and value). Values are typed as text:
/// several values are separated by commas (for "is one of", "contains"); numbers are in major units.
class RuleConditionEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit RuleConditionEditor(QWidget *parent = nullptr);

    /// Agents offered for the assignee field ("Maria (#3)").
    void setAgents(const QList<Agent> &agents);
    void setCondition(const Condition &condition);
    /// The tree as Condition JSON (may be invalid while the agent edits it).
    QJsonObject conditionJson() const;
    /// The tree parsed and validated; the error names the bad node.
    Result<Condition> condition() const;

    /// Adds a leaf under the selected group (or beside the selected leaf) and selects it.
    void addLeaf();
    /// Adds a group of the given kind (All, Any or Not) under the selected group and selects it.
    void addGroup(Condition::Kind kind = Condition::Kind::All);
    /// Removes the selected node (not the root).
    void removeSelected();

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QTreeWidgetItem *addNode(QTreeWidgetItem *parent, const Condition &node);
    QTreeWidgetItem *targetGroup() const;
    QJsonObject nodeJson(const QTreeWidgetItem *item) const;
    void updateItemText(QTreeWidgetItem *item) const;
    void onCurrentItemChanged();
    void onGroupKindChosen();
    void onFieldChosen();
    void onLeafEdited();
    void fillOperators(const RuleField &field, ConditionOperator current);
    void fillValueChoices(const RuleField &field);
    QJsonValue parseValue(const RuleField &field, ConditionOperator op, const QString &text) const;
    QString valueText(const RuleField &field, const QJsonValue &value) const;
    QString valueHint(const RuleField &field, ConditionOperator op) const;

    QList<Agent> m_agents;
    bool m_loading = false;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_addLeaf = nullptr;
    QPushButton *m_addGroup = nullptr;
    QPushButton *m_remove = nullptr;
    QFormLayout *m_form = nullptr;
    QComboBox *m_groupKind = nullptr;
    QComboBox *m_field = nullptr;
    QComboBox *m_operator = nullptr;
    QComboBox *m_value = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_groupLabel = nullptr;
    QLabel *m_fieldLabel = nullptr;
    QLabel *m_operatorLabel = nullptr;
    QLabel *m_valueLabel = nullptr;
};

} // namespace hd
