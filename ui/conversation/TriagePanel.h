#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/domain/Conversation.h"
#include "core/workflow/triage/TriageRecords.h"

#include <QList>
#include <QWidget>

#include <functional>

class QHBoxLayout;
class QLabel;
class QTimer;
class QTreeWidget;

namespace hd {

/// The conversation's triage, explained: its priority score and why, its SLA clocks side by side (the
/// marketplace's and the company's, each with a live countdown coloured by urgency), which rules fired and
/// why, and every assignment with its reason. Reads through the sources it is given (TriageService).
class TriagePanel final : public QWidget
{
    Q_OBJECT
public:
    struct Sources
    {
        std::function<Result<QList<RuleFiringRecord>>(qint64 conversationId)> ruleFirings;
        std::function<Result<QList<AssignmentRecord>>(qint64 conversationId)> assignments;
        std::function<Result<QList<SlaClockRecord>>(qint64 conversationId)> slaClocks;
    };

    TriagePanel(Sources sources, const Clock &clock, QWidget *parent = nullptr);

    /// Shows this conversation's triage (re-reads the three lists).
    void setConversation(const ConversationSummary &summary);
    void clear();
    /// The clocks shown, in card order.
    const QList<SlaClockRecord> &clocks() const { return m_clocks; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reload();
    void rebuildClockCards();
    void updateCountdowns();

    Sources m_sources;
    const Clock &m_clock;
    ConversationSummary m_summary;
    QList<SlaClockRecord> m_clocks;
    QList<QLabel *> m_cards;
    QLabel *m_title = nullptr;
    QLabel *m_priority = nullptr;
    QLabel *m_clocksTitle = nullptr;
    QHBoxLayout *m_cardRow = nullptr;
    QLabel *m_noClocks = nullptr;
    QLabel *m_rulesTitle = nullptr;
    QTreeWidget *m_rules = nullptr;
    QLabel *m_assignTitle = nullptr;
    QTreeWidget *m_assignments = nullptr;
    QLabel *m_error = nullptr;
    QTimer *m_tick = nullptr;
};

} // namespace hd
