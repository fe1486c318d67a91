#include "ui/settings/RuleConditionEditor.h"

#include "core/templates/TemplateIntents.h"
#include "ui/settings/RuleNames.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hd {
using namespace Qt::StringLiterals;

namespace {
enum ItemRole {
    KindRole = Qt::UserRole + 1, ///< int(Condition::Kind)
    FieldRole,                   ///< leaf: field name
    OperatorRole,                ///< leaf: operator's stable string
    ValueTextRole,               ///< leaf: the value as the agent typed it
};

Condition::Kind kindOf(const QTreeWidgetItem *item)
{
    return Condition::Kind(item->data(0, KindRole).toInt());
}

bool isGroup(const QTreeWidgetItem *item)
{
    return item && kindOf(item) != Condition::Kind::Leaf;
}

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString t = part.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}
} // namespace

RuleConditionEditor::RuleConditionEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"conditionEditor"_s);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"conditionTree"_s);
    m_tree->setColumnCount(1);
    m_tree->setHeaderHidden(true);
    m_tree->setMinimumHeight(140);
    m_tree->setUniformRowHeights(true);

    m_addLeaf = new QPushButton(this);
    m_addLeaf->setObjectName(u"addConditionButton"_s);
    m_addGroup = new QPushButton(this);
    m_addGroup->setObjectName(u"addGroupButton"_s);
    m_remove = new QPushButton(this);
    m_remove->setObjectName(u"removeConditionButton"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addLeaf);
    buttons->addWidget(m_addGroup);
    buttons->addWidget(m_remove);
    buttons->addStretch();

    m_groupKind = new QComboBox(this);
    m_groupKind->setObjectName(u"groupKindCombo"_s);
    m_field = new QComboBox(this);
    m_field->setObjectName(u"conditionFieldCombo"_s);
    m_field->setMaxVisibleItems(25);
    m_operator = new QComboBox(this);
    m_operator->setObjectName(u"conditionOperatorCombo"_s);
    m_value = new QComboBox(this);
    m_value->setObjectName(u"conditionValueEdit"_s);
    m_value->setEditable(true);
    m_value->setInsertPolicy(QComboBox::NoInsert);
    m_hint = new QLabel(this);
    m_hint->setObjectName(u"conditionValueHint"_s);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(u"color: palette(mid);"_s);
    m_groupLabel = new QLabel(this);
    m_fieldLabel = new QLabel(this);
    m_operatorLabel = new QLabel(this);
    m_valueLabel = new QLabel(this);

    m_form = new QFormLayout;
    m_form->addRow(m_groupLabel, m_groupKind);
    m_form->addRow(m_fieldLabel, m_field);
    m_form->addRow(m_operatorLabel, m_operator);
    m_form->addRow(m_valueLabel, m_value);
    m_form->addRow(QString(), m_hint);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    layout->addLayout(m_form);

    for (const RuleField &f : RuleField::all())
        m_field->addItem(RuleNames::field(f.name), f.name);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &RuleConditionEditor::onCurrentItemChanged);
    connect(m_addLeaf, &QPushButton::clicked, this, &RuleConditionEditor::addLeaf);
    connect(m_addGroup, &QPushButton::clicked, this, [this] { addGroup(Condition::Kind::Any); });
    connect(m_remove, &QPushButton::clicked, this, &RuleConditionEditor::removeSelected);
    connect(m_groupKind, &QComboBox::activated, this, &RuleConditionEditor::onGroupKindChosen);
    connect(m_field, &QComboBox::activated, this, &RuleConditionEditor::onFieldChosen);
    connect(m_operator, &QComboBox::activated, this, &RuleConditionEditor::onLeafEdited);
    connect(m_value, &QComboBox::currentTextChanged, this, &RuleConditionEditor::onLeafEdited);

    retranslate();
    setCondition(Condition());
}

void RuleConditionEditor::setAgents(const QList<Agent> &agents)
{
    m_agents = agents;
}

void RuleConditionEditor::setCondition(const Condition &condition)
{
    m_loading = true;
    m_tree->clear();
    // The root is always a group, so there is somewhere to add conditions.
    const Condition root = condition.kind() == Condition::Kind::Leaf ? Condition::all({condition}) : condition;
    QTreeWidgetItem *top = addNode(nullptr, root);
    m_tree->expandAll();
    m_loading = false;
    m_tree->setCurrentItem(top);
    onCurrentItemChanged();
}

QTreeWidgetItem *RuleConditionEditor::addNode(QTreeWidgetItem *parent, const Condition &node)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
    item->setData(0, KindRole, int(node.kind()));
    if (node.kind() == Condition::Kind::Leaf) {
        item->setData(0, FieldRole, node.field());
        item->setData(0, OperatorRole, conditionOperatorToString(node.op()));
        const RuleField *field = RuleField::find(node.field());
        item->setData(0, ValueTextRole, field ? valueText(*field, node.value()) : node.value().toVariant().toString());
    } else {
        for (const Condition &child : node.children())
            addNode(item, child);
    }
    updateItemText(item);
    return item;
}

QJsonObject RuleConditionEditor::nodeJson(const QTreeWidgetItem *item) const
{
    const Condition::Kind kind = kindOf(item);
    if (kind == Condition::Kind::Leaf) {
        const QString fieldName = item->data(0, FieldRole).toString();
        const QString opName = item->data(0, OperatorRole).toString();
        QJsonObject leaf{{u"field"_s, fieldName}, {u"operator"_s, opName}};
        const RuleField *field = RuleField::find(fieldName);
        const ConditionOperator op = conditionOperatorFromString(opName);
        if (field && op != ConditionOperator::IsEmpty)
            leaf.insert(u"value"_s, parseValue(*field, op, item->data(0, ValueTextRole).toString()));
        return leaf;
    }
    QJsonArray children;
    for (int i = 0; i < item->childCount(); ++i)
        children.append(nodeJson(item->child(i)));
    const QString op = kind == Condition::Kind::Any ? u"or"_s : kind == Condition::Kind::Not ? u"not"_s : u"and"_s;
    return {{u"op"_s, op}, {u"children"_s, children}};
}

QJsonObject RuleConditionEditor::conditionJson() const
{
    if (m_tree->topLevelItemCount() == 0)
        return {};
    return nodeJson(m_tree->topLevelItem(0));
}

Result<Condition> RuleConditionEditor::condition() const
{
    return Condition::fromJson(conditionJson());
}

QTreeWidgetItem *RuleConditionEditor::targetGroup() const
{
    QTreeWidgetItem *current = m_tree->currentItem();
    if (!current)
        return m_tree->topLevelItem(0);
    if (isGroup(current)) {
        // A NOT holds one child: add beside it instead.
        if (kindOf(current) == Condition::Kind::Not && current->childCount() > 0 && current->parent())
            return current->parent();
        return current;
    }
    return current->parent() ? current->parent() : m_tree->topLevelItem(0);
}

void RuleConditionEditor::addLeaf()
{
    QTreeWidgetItem *group = targetGroup();
    if (!group)
        return;
    QTreeWidgetItem *item = addNode(group, Condition::leaf(u"intent"_s, ConditionOperator::Eq, u"refund"_s));
    group->setExpanded(true);
    m_tree->setCurrentItem(item);
    updateItemText(group);
    Q_EMIT changed();
}

void RuleConditionEditor::addGroup(Condition::Kind kind)
{
    QTreeWidgetItem *group = targetGroup();
    if (!group || kind == Condition::Kind::Leaf)
        return;
    const Condition child = Condition::leaf(u"tags"_s, ConditionOperator::Contains, u"vip"_s);
    const Condition node = kind == Condition::Kind::Not ? Condition::negate(child)
        : kind == Condition::Kind::Any                  ? Condition::any({child})
                                                        : Condition::all({child});
    QTreeWidgetItem *item = addNode(group, node);
    item->setExpanded(true);
    group->setExpanded(true);
    m_tree->setCurrentItem(item);
    Q_EMIT changed();
}

void RuleConditionEditor::removeSelected()
{
    QTreeWidgetItem *current = m_tree->currentItem();
    if (!current || !current->parent())
        return; // the root stays
    QTreeWidgetItem *parent = current->parent();
    delete current;
    m_tree->setCurrentItem(parent);
    updateItemText(parent);
    Q_EMIT changed();
}

void RuleConditionEditor::updateItemText(QTreeWidgetItem *item) const
{
    const Condition::Kind kind = kindOf(item);
    QFont font = item->font(0);
    font.setBold(kind != Condition::Kind::Leaf);
    item->setFont(0, font);
    if (kind == Condition::Kind::All) {
        item->setText(0, item->childCount() == 0 && !item->parent() ? tr("Always (no condition)") : RuleNames::allOf());
        return;
    }
    if (kind == Condition::Kind::Any) {
        item->setText(0, RuleNames::anyOf());
        return;
    }
    if (kind == Condition::Kind::Not) {
        item->setText(0, RuleNames::notOf());
        return;
    }
    const QString field = RuleNames::field(item->data(0, FieldRole).toString());
    const ConditionOperator op = conditionOperatorFromString(item->data(0, OperatorRole).toString());
    const QString value = item->data(0, ValueTextRole).toString();
    item->setText(0,
                  op == ConditionOperator::IsEmpty ? u"%1 %2"_s.arg(field, RuleNames::op(op))
                                                   : u"%1 %2 %3"_s.arg(field, RuleNames::op(op), value));
}

void RuleConditionEditor::onCurrentItemChanged()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    const bool group = isGroup(item);
    const bool leaf = item && !group;
    m_loading = true;
    m_form->setRowVisible(m_groupKind, group);
    m_form->setRowVisible(m_field, leaf);
    m_form->setRowVisible(m_operator, leaf);
    m_form->setRowVisible(m_value, leaf);
    m_form->setRowVisible(m_hint, leaf);
    m_remove->setEnabled(item && item->parent());
    if (group) {
        m_groupKind->setCurrentIndex(qMax(0, m_groupKind->findData(int(kindOf(item)))));
    } else if (leaf) {
        const QString fieldName = item->data(0, FieldRole).toString();
        m_field->setCurrentIndex(qMax(0, m_field->findData(fieldName)));
        if (const RuleField *field = RuleField::find(fieldName)) {
            const ConditionOperator op = conditionOperatorFromString(item->data(0, OperatorRole).toString());
            fillOperators(*field, op);
            fillValueChoices(*field);
            m_value->setCurrentText(item->data(0, ValueTextRole).toString());
            m_value->setEnabled(op != ConditionOperator::IsEmpty);
            m_hint->setText(valueHint(*field, op));
        }
    }
    m_loading = false;
}

void RuleConditionEditor::onGroupKindChosen()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (m_loading || !isGroup(item))
        return;
    item->setData(0, KindRole, m_groupKind->currentData().toInt());
    updateItemText(item);
    Q_EMIT changed();
}

void RuleConditionEditor::onFieldChosen()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (m_loading || !item || isGroup(item))
        return;
    const RuleField *field = RuleField::find(m_field->currentData().toString());
    if (!field)
        return;
    item->setData(0, FieldRole, field->name);
    // Keep the operator when the new field takes it; else its first one.
    const ConditionOperator old = conditionOperatorFromString(item->data(0, OperatorRole).toString());
    const ConditionOperator op = field->accepts(old) ? old : field->operators().constFirst();
    item->setData(0, OperatorRole, conditionOperatorToString(op));
    item->setData(0, ValueTextRole, field->choices.isEmpty() ? QString() : field->choices.constFirst());
    if (field->type == RuleField::Type::Bool)
        item->setData(0, ValueTextRole, u"true"_s);
    updateItemText(item);
    onCurrentItemChanged();
    Q_EMIT changed();
}

void RuleConditionEditor::onLeafEdited()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (m_loading || !item || isGroup(item))
        return;
    const RuleField *field = RuleField::find(item->data(0, FieldRole).toString());
    const auto op = ConditionOperator(m_operator->currentData().toInt());
    item->setData(0, OperatorRole, conditionOperatorToString(op));
    item->setData(0, ValueTextRole, m_value->currentText());
    m_value->setEnabled(op != ConditionOperator::IsEmpty);
    if (field)
        m_hint->setText(valueHint(*field, op));
    updateItemText(item);
    Q_EMIT changed();
}

void RuleConditionEditor::fillOperators(const RuleField &field, ConditionOperator current)
{
    m_operator->clear();
    for (ConditionOperator op : field.operators())
        m_operator->addItem(RuleNames::op(op), int(op));
    m_operator->setCurrentIndex(qMax(0, m_operator->findData(int(current))));
}

void RuleConditionEditor::fillValueChoices(const RuleField &field)
{
    m_value->clear();
    QStringList choices = field.choices;
    if (field.type == RuleField::Type::Bool)
        choices = {u"true"_s, u"false"_s};
    else if (field.name == u"intent")
        choices = TemplateIntents::all();
    else if (field.type == RuleField::Type::AgentId) {
        choices.clear();
        for (const Agent &a : std::as_const(m_agents))
            choices << u"%1 (#%2)"_s.arg(a.name).arg(a.id);
    }
    m_value->addItems(choices);
}

QJsonValue RuleConditionEditor::parseValue(const RuleField &field, ConditionOperator op, const QString &text) const
{
    const auto one = [&](const QString &t) -> QJsonValue {
        switch (field.type) {
        case RuleField::Type::Number: {
            bool ok = false;
            const double d = t.trimmed().toDouble(&ok);
            return ok ? QJsonValue(d) : QJsonValue(t.trimmed());
        }
        case RuleField::Type::Bool: {
            const QString v = t.trimmed().toLower();
            if (v == u"true" || v == u"yes" || v == u"1")
                return true;
            if (v == u"false" || v == u"no" || v == u"0")
                return false;
            return t.trimmed();
        }
        case RuleField::Type::AgentId: {
            // "Maria (#3)" or "3"
            static const QRegularExpression idPattern(u"#?(\\d+)\\)?\\s*$"_s);
            const auto m = idPattern.match(t.trimmed());
            if (m.hasMatch())
                return m.captured(1).toLongLong();
            for (const Agent &a : m_agents)
                if (a.name.compare(t.trimmed(), Qt::CaseInsensitive) == 0)
                    return a.id;
            return t.trimmed();
        }
        default: return t.trimmed();
        }
    };
    const bool list = op == ConditionOperator::In || op == ConditionOperator::NotIn;
    const bool anyOf = op == ConditionOperator::Contains || op == ConditionOperator::NotContains;
    if (op == ConditionOperator::Matches)
        return text; // a pattern may contain commas
    if (list || anyOf) {
        const QStringList parts = splitList(text);
        if (anyOf && parts.size() == 1)
            return one(parts.constFirst());
        QJsonArray array;
        for (const QString &p : parts)
            array.append(one(p));
        return array;
    }
    return one(text);
}

QString RuleConditionEditor::valueText(const RuleField &field, const QJsonValue &value) const
{
    const auto one = [&](const QJsonValue &v) -> QString {
        if (v.isBool())
            return v.toBool() ? u"true"_s : u"false"_s;
        if (v.isDouble()) {
            if (field.type == RuleField::Type::AgentId) {
                const qint64 id = qint64(v.toDouble());
                for (const Agent &a : m_agents)
                    if (a.id == id)
                        return u"%1 (#%2)"_s.arg(a.name).arg(id);
                return QString::number(id);
            }
            return QString::number(v.toDouble(), 'g', 15);
        }
        return v.toString();
    };
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &v : value.toArray())
            parts << one(v);
        return parts.join(u", "_s);
    }
    if (value.isNull() || value.isUndefined())
        return {};
    return one(value);
}

QString RuleConditionEditor::valueHint(const RuleField &field, ConditionOperator op) const
{
    if (op == ConditionOperator::IsEmpty)
        return tr("No value needed.");
    if (op == ConditionOperator::Matches)
        return tr("A regular expression, case-insensitive (at most %1 characters).").arg(Condition::kMaxPatternLength);
    const bool several = op == ConditionOperator::In || op == ConditionOperator::NotIn
        || op == ConditionOperator::Contains || op == ConditionOperator::NotContains;
    QString hint;
    switch (field.type) {
    case RuleField::Type::Number:
        hint = field.decimals > 0 ? tr("A number in major currency units, e.g. 100 or 49.90.") : tr("A number.");
        break;
    case RuleField::Type::Bool: hint = tr("true or false."); break;
    case RuleField::Type::AgentId: hint = tr("An agent, or an agent id."); break;
    case RuleField::Type::Priority: hint = tr("low, normal, high or urgent."); break;
    case RuleField::Type::Tags: hint = tr("A tag name."); break;
    case RuleField::Type::Text: hint = tr("Text, compared without regard to case."); break;
    }
    if (several)
        hint += u' ' + tr("Separate several values with commas.");
    return hint;
}

void RuleConditionEditor::retranslate()
{
    m_addLeaf->setText(tr("Add condition"));
    m_addGroup->setText(tr("Add group"));
    m_remove->setText(tr("Remove"));
    m_groupLabel->setText(tr("Group:"));
    m_fieldLabel->setText(tr("Field:"));
    m_operatorLabel->setText(tr("Operator:"));
    m_valueLabel->setText(tr("Value:"));
    m_groupKind->clear();
    m_groupKind->addItem(RuleNames::allOf(), int(Condition::Kind::All));
    m_groupKind->addItem(RuleNames::anyOf(), int(Condition::Kind::Any));
    m_groupKind->addItem(RuleNames::notOf(), int(Condition::Kind::Not));
    for (int i = 0; i < m_field->count(); ++i)
        m_field->setItemText(i, RuleNames::field(m_field->itemData(i).toString()));
    QList<QTreeWidgetItem *> pending;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        pending << m_tree->topLevelItem(i);
    while (!pending.isEmpty()) {
        QTreeWidgetItem *item = pending.takeLast();
        updateItemText(item);
        for (int i = 0; i < item->childCount(); ++i)
            pending << item->child(i);
    }
    onCurrentItemChanged();
}

void RuleConditionEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace hd
