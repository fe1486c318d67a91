#pragma once

#include "core/domain/Agent.h"
#include "core/templates/Template.h"
#include "core/workflow/rules/RuleAction.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace hd {

/// Edits a rule's actions, in order: every RuleAction type (assign by agent, team, round robin, least
/// loaded or last agent; tags; priority; status; snooze; template reply; internal note; desktop
/// notification; SLA policy; "no response needed"). The list shows one line per action; the form below
/// edits the selected one and shows only the inputs its type takes.
class RuleActionEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit RuleActionEditor(QWidget *parent = nullptr);

    void setAgents(const QList<Agent> &agents);
    void setTemplates(const QList<Template> &templates);
    void setActions(const QList<RuleAction> &actions);
    const QList<RuleAction> &actions() const { return m_actions; }

    /// Appends an action (add tag by default) and selects it.
    void addAction(const RuleAction &action = RuleAction::addTag(QString()));
    void removeSelected();

    /// One line for people, translated: "Assign round robin (team EU)", "Add tag \"vip\"".
    QString describe(const RuleAction &action) const;

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuildList();
    void showAction(int row);
    void onEdited();
    void updateRows(const RuleAction &action);
    QString agentName(qint64 id) const;

    QList<RuleAction> m_actions;
    QList<Agent> m_agents;
    QList<Template> m_templates;
    bool m_loading = false;

    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QFormLayout *m_form = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_mode = nullptr;
    QComboBox *m_agent = nullptr;
    QLineEdit *m_team = nullptr;
    QLineEdit *m_tag = nullptr;
    QComboBox *m_priority = nullptr;
    QComboBox *m_status = nullptr;
    QSpinBox *m_minutes = nullptr;
    QComboBox *m_template = nullptr;
    QLineEdit *m_text = nullptr;
    QComboBox *m_target = nullptr;
    QSpinBox *m_policy = nullptr;
    QList<QLabel *> m_labels;
};

} // namespace hd
