#pragma once

#include "core/common/Result.h"
#include "core/domain/Conversation.h"
#include "core/workflow/rules/Rule.h"
#include "core/workflow/rules/RuleDryRun.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace hd {

class Workspace;

/// What a dry run found, with the conversations it matched (for the list).
struct RuleDryRunReport
{
    int days = 30;
    RuleDryRunResult result;
    QHash<qint64, ConversationSummary> conversations; ///< the listed matching ones, by id
    bool truncated = false;                           ///< more matched than the list shows (kMaxListed)
};

/// "On the last 30 days this rule would have fired on N conversations", with the list: each row is a
/// conversation (buyer, subject, when, why). Selecting a row shows why it matched; double click, Enter or
/// "Open conversation" asks to open it (conversationActivated).
class DryRunDialog final : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kMaxListed = 1000;

    DryRunDialog(const Rule &rule, const RuleDryRunReport &report, QWidget *parent = nullptr);

    /// Evaluates the rule's condition on each occurrence of its event in the last `days` days
    /// (TriageService::dryRun) and reads the matching conversations for the list.
    static Result<RuleDryRunReport> run(Workspace &workspace, const Rule &rule, int days = 30);

    const RuleDryRunReport &report() const { return m_report; }
    /// The summary line shown on top (translated).
    static QString summaryText(const RuleDryRunReport &report);

Q_SIGNALS:
    void conversationActivated(qint64 conversationId);

private:
    void onCurrentChanged();
    void activateCurrent();

    RuleDryRunReport m_report;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_detail = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace hd
