#pragma once

#include "core/common/Result.h"
#include "core/workflow/rules/Rule.h"

#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace hd {

class DryRunDialog;
class RuleEditor;
class Workspace;

/// Settings page "Rules": the rules in run order on the left (with an enabled check box each), the editor
/// of the selected rule on the right, and buttons to add, delete, reorder, save, revert and dry-run it.
/// Reads and writes through the triage service. Edits are stored on Save, or when the agent moves to
/// another rule (an invalid rule keeps the selection and says what is wrong).
class RulesPage final : public QWidget
{
    Q_OBJECT
public:
    explicit RulesPage(Workspace &workspace, QWidget *parent = nullptr);

    /// Re-reads the rules (keeps the selection by id).
    void reload();
    int ruleCount() const { return int(m_rules.size()); }
    RuleEditor *editor() const { return m_editor; }
    /// Saves the rule on screen (insert or update); false with the error shown when it is invalid.
    bool saveCurrent();
    /// Starts a new, unsaved rule in the editor.
    void addRule();
    /// Deletes the selected rule from the workspace.
    void deleteCurrent();
    /// Moves the selected rule up (-1) or down (+1) in run order and stores the new positions.
    void moveCurrent(int delta);
    /// Dry-runs the rule on screen over the last `days` days and shows the dialog (returned; modeless).
    DryRunDialog *dryRun(int days = 30);

Q_SIGNALS:
    /// The agent asked to open a conversation listed by a dry run.
    void conversationOpenRequested(qint64 conversationId);
    void rulesChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuildList(qint64 selectId);
    void onCurrentRowChanged(int row);
    void onEnabledToggled(qint64 ruleId, bool enabled);
    void updateButtons();
    void showStatus(const QString &text, bool error);

    Workspace &m_workspace;
    QList<Rule> m_rules;
    int m_shownRow = -1;
    bool m_rebuilding = false;
    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QListWidget *m_list = nullptr;
    RuleEditor *m_editor = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_dryRun = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace hd
