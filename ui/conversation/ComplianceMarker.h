#pragma once

#include "core/templates/ComplianceChecker.h"
#include "core/templates/ComplianceContext.h"
#include "core/templates/ComplianceIssue.h"
#include "core/templates/CompliancePolicy.h"

#include <QObject>
#include <functional>

class QListWidget;
class QPlainTextEdit;
class QTimer;

namespace hd {

/// Checks a reply editor's text against the channel's content rules while the agent types
/// (debounced, 300 ms): underlines each issue (wavy red for Block, orange for Warn) with the rule's
/// message as tooltip and lists the issues in a list widget.
class ComplianceMarker final : public QObject {
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 300;

    ComplianceMarker(QPlainTextEdit *editor, QListWidget *issueList, QObject *parent = nullptr);

    /// The policy and a provider for the context (called at each check: the time moves on).
    void setPolicy(const CompliancePolicy &policy, std::function<ComplianceContext()> context);
    /// Off for internal notes: clears the marks and reports no issues.
    void setEnabled(bool enabled);
    /// Checks now, skipping the debounce (before sending).
    void checkNow();
    const QList<ComplianceIssue> &issues() const { return m_issues; }
    bool isBlocking() const { return ComplianceChecker::blocksSending(m_issues); }

Q_SIGNALS:
    void issuesChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void apply();

    QPlainTextEdit *m_editor;
    QListWidget *m_list;
    QTimer *m_timer;
    ComplianceChecker m_checker;
    CompliancePolicy m_policy;
    std::function<ComplianceContext()> m_context;
    bool m_enabled = true;
    QList<ComplianceIssue> m_issues;
};

} // namespace hd
