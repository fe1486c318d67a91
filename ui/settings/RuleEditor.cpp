#include "ui/settings/RuleEditor.h"

#include "ui/settings/RuleActionEditor.h"
#include "ui/settings/RuleConditionEditor.h"
#include "ui/settings/RuleNames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace hd {
using namespace Qt::StringLiterals;

RuleEditor::RuleEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"ruleEditor"_s);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"ruleNameEdit"_s);
    m_event = new QComboBox(this);
    m_event->setObjectName(u"ruleEventCombo"_s);
    for (const QString &name : ruleEventNames())
        m_event->addItem(QString(), name);
    m_enabled = new QCheckBox(this);
    m_enabled->setObjectName(u"ruleEnabledCheck"_s);
    m_stop = new QCheckBox(this);
    m_stop->setObjectName(u"ruleStopCheck"_s);
    m_condition = new RuleConditionEditor(this);
    m_actions = new RuleActionEditor(this);
    m_error = new QLabel(this);
    m_error->setObjectName(u"ruleErrorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(u"color: #b42318;"_s);
    m_nameLabel = new QLabel(this);
    m_eventLabel = new QLabel(this);
    m_ifLabel = new QLabel(this);
    m_thenLabel = new QLabel(this);
    for (QLabel *l : {m_ifLabel, m_thenLabel}) {
        QFont f = l->font();
        f.setBold(true);
        l->setFont(f);
    }

    auto *head = new QFormLayout;
    head->addRow(m_nameLabel, m_name);
    auto *eventRow = new QHBoxLayout;
    eventRow->addWidget(m_event, 1);
    eventRow->addWidget(m_enabled);
    eventRow->addWidget(m_stop);
    head->addRow(m_eventLabel, eventRow);

    auto *columns = new QGridLayout;
    columns->addWidget(m_ifLabel, 0, 0);
    columns->addWidget(m_thenLabel, 0, 1);
    columns->addWidget(m_condition, 1, 0);
    columns->addWidget(m_actions, 1, 1);
    columns->setColumnStretch(0, 3);
    columns->setColumnStretch(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(head);
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);

    connect(m_name, &QLineEdit::textEdited, this, &RuleEditor::onEdited);
    connect(m_event, &QComboBox::activated, this, &RuleEditor::onEdited);
    connect(m_enabled, &QCheckBox::toggled, this, &RuleEditor::onEdited);
    connect(m_stop, &QCheckBox::toggled, this, &RuleEditor::onEdited);
    connect(m_condition, &RuleConditionEditor::changed, this, &RuleEditor::onEdited);
    connect(m_actions, &RuleActionEditor::changed, this, &RuleEditor::onEdited);
    retranslate();
}

void RuleEditor::setAgents(const QList<Agent> &agents)
{
    m_condition->setAgents(agents);
    m_actions->setAgents(agents);
}

void RuleEditor::setTemplates(const QList<Template> &templates)
{
    m_actions->setTemplates(templates);
}

void RuleEditor::setRule(const Rule &rule)
{
    m_loading = true;
    m_rule = rule;
    m_name->setText(rule.name);
    m_event->setCurrentIndex(qMax(0, m_event->findData(ruleEventToString(rule.event))));
    m_enabled->setChecked(rule.enabled);
    m_stop->setChecked(rule.stopProcessing);
    m_condition->setCondition(rule.condition);
    m_actions->setActions(rule.actions);
    m_loading = false;
    m_modified = false;
    updateError();
}

Rule RuleEditor::draft() const
{
    Rule r = m_rule;
    r.name = m_name->text().trimmed();
    r.event = ruleEventFromString(m_event->currentData().toString());
    r.enabled = m_enabled->isChecked();
    r.stopProcessing = m_stop->isChecked();
    if (auto c = m_condition->condition())
        r.condition = c.value();
    r.actions = m_actions->actions();
    return r;
}

Result<Rule> RuleEditor::rule() const
{
    auto condition = m_condition->condition();
    if (!condition)
        return condition.error();
    Rule r = draft();
    r.condition = condition.value();
    // Round-trip through JSON so an action missing a value is reported here, not when it is stored.
    if (const Status s = r.setActionsFromJson(r.actionsJson()); !s)
        return s.error();
    if (const Status s = r.validate(); !s)
        return s.error();
    return r;
}

void RuleEditor::setModified(bool modified)
{
    m_modified = modified;
}

void RuleEditor::onEdited()
{
    if (m_loading)
        return;
    m_modified = true;
    updateError();
    Q_EMIT changed();
}

void RuleEditor::updateError()
{
    auto r = rule();
    m_error->setText(r ? QString() : r.error().message);
    m_error->setVisible(!r);
}

void RuleEditor::retranslate()
{
    m_nameLabel->setText(tr("Name:"));
    m_eventLabel->setText(tr("When:"));
    m_ifLabel->setText(tr("If"));
    m_thenLabel->setText(tr("Then"));
    m_enabled->setText(tr("Enabled"));
    m_stop->setText(tr("Stop processing later rules"));
    m_name->setPlaceholderText(tr("e.g. Chargebacks to the senior team"));
    for (int i = 0; i < m_event->count(); ++i)
        m_event->setItemText(i, RuleNames::event(ruleEventFromString(m_event->itemData(i).toString())));
}

void RuleEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace hd
