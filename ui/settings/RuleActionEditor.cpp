#include "ui/settings/RuleActionEditor.h"

#include "ui/settings/RuleNames.h"
#include "ui/shell/DisplayNames.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hd {
using namespace Qt::StringLiterals;

namespace {
using Type = RuleAction::Type;
using Mode = RuleAction::AssignMode;

const QList<Type> kTypes{Type::Assign,
                         Type::AddTag,
                         Type::RemoveTag,
                         Type::SetPriority,
                         Type::SetStatus,
                         Type::Snooze,
                         Type::ReplyTemplate,
                         Type::AddNote,
                         Type::Notify,
                         Type::ApplySla,
                         Type::NoResponseNeeded};
const QList<Mode> kModes{Mode::Agent, Mode::Team, Mode::RoundRobin, Mode::LeastLoaded, Mode::LastAgent, Mode::Unassign};
const QStringList kTargets{u"assignee"_s, u"team"_s, u"agent"_s, u"everyone"_s};
} // namespace

RuleActionEditor::RuleActionEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"actionEditor"_s);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"actionList"_s);
    m_list->setMinimumHeight(90);
    m_add = new QPushButton(this);
    m_add->setObjectName(u"addActionButton"_s);
    m_remove = new QPushButton(this);
    m_remove->setObjectName(u"removeActionButton"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();

    m_type = new QComboBox(this);
    m_type->setObjectName(u"actionTypeCombo"_s);
    for (Type t : kTypes)
        m_type->addItem(QString(), int(t));
    m_mode = new QComboBox(this);
    m_mode->setObjectName(u"assignModeCombo"_s);
    for (Mode m : kModes)
        m_mode->addItem(QString(), int(m));
    m_agent = new QComboBox(this);
    m_agent->setObjectName(u"actionAgentCombo"_s);
    m_team = new QLineEdit(this);
    m_team->setObjectName(u"actionTeamEdit"_s);
    m_tag = new QLineEdit(this);
    m_tag->setObjectName(u"actionTagEdit"_s);
    m_priority = new QComboBox(this);
    m_priority->setObjectName(u"actionPriorityCombo"_s);
    for (Priority p : {Priority::Low, Priority::Normal, Priority::High, Priority::Urgent})
        m_priority->addItem(QString(), int(p));
    m_status = new QComboBox(this);
    m_status->setObjectName(u"actionStatusCombo"_s);
    for (ConversationStatus s : {ConversationStatus::Open, ConversationStatus::Pending, ConversationStatus::Resolved})
        m_status->addItem(QString(), int(s));
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(u"actionMinutesSpin"_s);
    m_minutes->setRange(1, 60 * 24 * 30);
    m_template = new QComboBox(this);
    m_template->setObjectName(u"actionTemplateCombo"_s);
    m_text = new QLineEdit(this);
    m_text->setObjectName(u"actionTextEdit"_s);
    m_target = new QComboBox(this);
    m_target->setObjectName(u"notifyTargetCombo"_s);
    for (const QString &t : kTargets)
        m_target->addItem(QString(), t);
    m_policy = new QSpinBox(this);
    m_policy->setObjectName(u"actionPolicySpin"_s);
    m_policy->setRange(1, 1'000'000);

    m_form = new QFormLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_type,
                                                       m_mode,
                                                       m_agent,
                                                       m_team,
                                                       m_tag,
                                                       m_priority,
                                                       m_status,
                                                       m_minutes,
                                                       m_template,
                                                       m_text,
                                                       m_target,
                                                       m_policy}) {
        auto *label = new QLabel(this);
        m_labels << label;
        m_form->addRow(label, w);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addLayout(m_form);

    connect(m_list, &QListWidget::currentRowChanged, this, &RuleActionEditor::showAction);
    connect(m_add, &QPushButton::clicked, this, [this] { addAction(); });
    connect(m_remove, &QPushButton::clicked, this, &RuleActionEditor::removeSelected);
    for (QComboBox *c : {m_type, m_mode, m_agent, m_priority, m_status, m_template, m_target})
        connect(c, &QComboBox::activated, this, &RuleActionEditor::onEdited);
    for (QLineEdit *e : {m_team, m_tag, m_text})
        connect(e, &QLineEdit::textEdited, this, &RuleActionEditor::onEdited);
    for (QSpinBox *s : {m_minutes, m_policy})
        connect(s, &QSpinBox::valueChanged, this, &RuleActionEditor::onEdited);

    retranslate();
    showAction(-1);
}

void RuleActionEditor::setAgents(const QList<Agent> &agents)
{
    m_agents = agents;
    m_agent->clear();
    for (const Agent &a : agents)
        m_agent->addItem(a.name, a.id);
    rebuildList();
}

void RuleActionEditor::setTemplates(const QList<Template> &templates)
{
    m_templates = templates;
    m_template->clear();
    for (const Template &t : templates)
        m_template->addItem(t.shortcut.isEmpty() ? t.name : u"%1  %2"_s.arg(t.name, t.shortcut), t.id);
    rebuildList();
}

void RuleActionEditor::setActions(const QList<RuleAction> &actions)
{
    m_actions = actions;
    rebuildList();
    m_list->setCurrentRow(m_actions.isEmpty() ? -1 : 0);
    showAction(m_list->currentRow());
}

void RuleActionEditor::addAction(const RuleAction &action)
{
    m_actions << action;
    rebuildList();
    m_list->setCurrentRow(int(m_actions.size()) - 1);
    Q_EMIT changed();
}

void RuleActionEditor::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_actions.size())
        return;
    m_actions.removeAt(row);
    rebuildList();
    m_list->setCurrentRow(qMin(row, int(m_actions.size()) - 1));
    showAction(m_list->currentRow());
    Q_EMIT changed();
}

QString RuleActionEditor::agentName(qint64 id) const
{
    for (const Agent &a : m_agents)
        if (a.id == id)
            return a.name;
    return tr("agent #%1").arg(id);
}

QString RuleActionEditor::describe(const RuleAction &a) const
{
    const QString type = RuleNames::actionType(a.type);
    switch (a.type) {
    case Type::Assign:
        if (a.assignMode == Mode::Agent)
            return tr("Assign to %1").arg(agentName(a.agentId));
        if (a.assignMode == Mode::Team || a.assignMode == Mode::RoundRobin || a.assignMode == Mode::LeastLoaded) {
            const QString mode = RuleNames::assignMode(a.assignMode);
            return a.team.isEmpty() ? tr("Assign %1 (everyone)").arg(mode)
                                    : tr("Assign %1 (team %2)").arg(mode, a.team);
        }
        return tr("Assign %1").arg(RuleNames::assignMode(a.assignMode));
    case Type::AddTag:
    case Type::RemoveTag: return u"%1 “%2”"_s.arg(type, a.tag);
    case Type::SetPriority: return u"%1: %2"_s.arg(type, DisplayNames::priority(a.priority));
    case Type::SetStatus: return u"%1: %2"_s.arg(type, DisplayNames::status(a.status));
    case Type::Snooze: return tr("Snooze for %n minute(s)", nullptr, a.snoozeMinutes);
    case Type::ReplyTemplate: {
        for (const Template &t : m_templates)
            if (t.id == a.templateId)
                return u"%1: %2"_s.arg(type, t.name);
        return tr("%1: template #%2").arg(type).arg(a.templateId);
    }
    case Type::AddNote: return u"%1: %2"_s.arg(type, a.text);
    case Type::Notify: {
        QString who = RuleNames::notifyTarget(a.notifyTarget);
        if (a.notifyTarget == u"agent")
            who = agentName(a.agentId);
        else if (a.notifyTarget == u"team")
            who = tr("team %1").arg(a.team);
        return tr("Notify %1: %2").arg(who, a.text);
    }
    case Type::ApplySla: return tr("%1 #%2").arg(type).arg(a.slaPolicyId);
    case Type::NoResponseNeeded: return type;
    }
    return type;
}

void RuleActionEditor::rebuildList()
{
    const int row = m_list->currentRow();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const RuleAction &a : std::as_const(m_actions)) {
        auto *item = new QListWidgetItem(describe(a), m_list);
        // An action that does not parse (e.g. no tag yet) is marked until fixed.
        if (auto parsed = RuleAction::fromJson(a.toJson()); !parsed) {
            item->setForeground(QColor(0xb4, 0x23, 0x18));
            item->setToolTip(parsed.error().message);
        }
    }
    if (row >= 0 && row < m_list->count())
        m_list->setCurrentRow(row);
}

void RuleActionEditor::updateRows(const RuleAction &a)
{
    const bool assign = a.type == Type::Assign;
    const bool notify = a.type == Type::Notify;
    const bool pool =
        assign && (a.assignMode == Mode::Team || a.assignMode == Mode::RoundRobin || a.assignMode == Mode::LeastLoaded);
    m_form->setRowVisible(m_mode, assign);
    m_form->setRowVisible(m_agent, (assign && a.assignMode == Mode::Agent) || (notify && a.notifyTarget == u"agent"));
    m_form->setRowVisible(m_team, pool || (notify && a.notifyTarget == u"team"));
    m_form->setRowVisible(m_tag, a.type == Type::AddTag || a.type == Type::RemoveTag);
    m_form->setRowVisible(m_priority, a.type == Type::SetPriority);
    m_form->setRowVisible(m_status, a.type == Type::SetStatus);
    m_form->setRowVisible(m_minutes, a.type == Type::Snooze);
    m_form->setRowVisible(m_template, a.type == Type::ReplyTemplate);
    m_form->setRowVisible(m_text, a.type == Type::AddNote || notify);
    m_form->setRowVisible(m_target, notify);
    m_form->setRowVisible(m_policy, a.type == Type::ApplySla);
}

void RuleActionEditor::showAction(int row)
{
    const bool valid = row >= 0 && row < m_actions.size();
    m_remove->setEnabled(valid);
    m_form->setRowVisible(m_type, valid);
    if (!valid) {
        updateRows(RuleAction::noResponseNeeded());
        return;
    }
    const RuleAction &a = m_actions.at(row);
    m_loading = true;
    m_type->setCurrentIndex(qMax(0, m_type->findData(int(a.type))));
    m_mode->setCurrentIndex(qMax(0, m_mode->findData(int(a.assignMode))));
    m_agent->setCurrentIndex(m_agent->findData(a.agentId));
    m_team->setText(a.team);
    m_tag->setText(a.tag);
    m_priority->setCurrentIndex(qMax(0, m_priority->findData(int(a.priority))));
    m_status->setCurrentIndex(qMax(0, m_status->findData(int(a.status))));
    m_minutes->setValue(qMax(1, a.snoozeMinutes));
    m_template->setCurrentIndex(m_template->findData(a.templateId));
    m_text->setText(a.text);
    m_target->setCurrentIndex(qMax(0, m_target->findData(a.notifyTarget)));
    m_policy->setValue(qMax<qint64>(1, a.slaPolicyId));
    m_loading = false;
    updateRows(a);
}

void RuleActionEditor::onEdited()
{
    const int row = m_list->currentRow();
    if (m_loading || row < 0 || row >= m_actions.size())
        return;
    RuleAction a;
    a.type = Type(m_type->currentData().toInt());
    a.assignMode = Mode(m_mode->currentData().toInt());
    a.agentId = m_agent->currentData().toLongLong();
    a.team = m_team->text().trimmed();
    a.tag = m_tag->text().trimmed();
    a.priority = Priority(m_priority->currentData().toInt());
    a.status = ConversationStatus(m_status->currentData().toInt());
    a.snoozeMinutes = m_minutes->value();
    a.templateId = m_template->currentData().toLongLong();
    a.text = m_text->text();
    a.notifyTarget = m_target->currentData().toString();
    a.slaPolicyId = m_policy->value();
    // Keep only what the type uses, so the stored JSON stays minimal (toJson writes per type).
    auto parsed = RuleAction::fromJson(a.toJson());
    m_actions[row] = parsed ? parsed.value() : a;
    updateRows(a);
    rebuildList();
    Q_EMIT changed();
}

void RuleActionEditor::retranslate()
{
    const QStringList labels{tr("Action:"),
                             tr("How:"),
                             tr("Agent:"),
                             tr("Team:"),
                             tr("Tag:"),
                             tr("Priority:"),
                             tr("Status:"),
                             tr("Minutes:"),
                             tr("Template:"),
                             tr("Text:"),
                             tr("Notify:"),
                             tr("SLA policy id:")};
    for (int i = 0; i < m_labels.size() && i < labels.size(); ++i)
        m_labels[i]->setText(labels.at(i));
    for (int i = 0; i < m_type->count(); ++i)
        m_type->setItemText(i, RuleNames::actionType(Type(m_type->itemData(i).toInt())));
    for (int i = 0; i < m_mode->count(); ++i)
        m_mode->setItemText(i, RuleNames::assignMode(Mode(m_mode->itemData(i).toInt())));
    for (int i = 0; i < m_priority->count(); ++i)
        m_priority->setItemText(i, DisplayNames::priority(Priority(m_priority->itemData(i).toInt())));
    for (int i = 0; i < m_status->count(); ++i)
        m_status->setItemText(i, DisplayNames::status(ConversationStatus(m_status->itemData(i).toInt())));
    for (int i = 0; i < m_target->count(); ++i)
        m_target->setItemText(i, RuleNames::notifyTarget(m_target->itemData(i).toString()));
    m_team->setPlaceholderText(tr("Team name; empty = everyone"));
    m_tag->setPlaceholderText(tr("Tag name"));
    m_add->setText(tr("Add action"));
    m_remove->setText(tr("Remove action"));
    rebuildList();
}

void RuleActionEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace hd
