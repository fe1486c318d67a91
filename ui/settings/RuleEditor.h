#pragma once

#include "core/common/Result.h"
#include "core/domain/Agent.h"
#include "core/templates/Template.h"
#include "core/workflow/rules/Rule.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace hd {

class RuleActionEditor;
class RuleConditionEditor;

/// Edits one rule: its name, the event it runs on (WHEN), the condition tree (IF), the actions (THEN),
/// whether it is enabled and whether it stops later rules. rule() validates what is on screen and says
/// what is wrong; the error label shows the same text live.
class RuleEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit RuleEditor(QWidget *parent = nullptr);

    void setAgents(const QList<Agent> &agents);
    void setTemplates(const QList<Template> &templates);
    /// Shows the rule (its id and position are kept for rule()).
    void setRule(const Rule &rule);
    /// The rule on screen, validated.
    Result<Rule> rule() const;
    /// The rule on screen without validation (for a dry run of a rule being written).
    Rule draft() const;
    bool isModified() const { return m_modified; }
    void setModified(bool modified);

    RuleConditionEditor *conditionEditor() const { return m_condition; }
    RuleActionEditor *actionEditor() const { return m_actions; }

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onEdited();
    void updateError();

    Rule m_rule;
    bool m_loading = false;
    bool m_modified = false;
    QLineEdit *m_name = nullptr;
    QComboBox *m_event = nullptr;
    QCheckBox *m_enabled = nullptr;
    QCheckBox *m_stop = nullptr;
    RuleConditionEditor *m_condition = nullptr;
    RuleActionEditor *m_actions = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_eventLabel = nullptr;
    QLabel *m_ifLabel = nullptr;
    QLabel *m_thenLabel = nullptr;
};

} // namespace hd
