#include "ui/conversation/TriagePanel.h"

#include "core/workflow/sla/SlaDisplay.h"
#include "ui/inbox/RelativeTime.h"
#include "ui/inbox/SlaBadge.h"
#include "ui/inbox/SlaRiskModel.h"
#include "ui/shell/DisplayNames.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hd {
using namespace Qt::StringLiterals;

namespace {
QLabel *sectionTitle(QWidget *parent)
{
    auto *l = new QLabel(parent);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}

QTreeWidget *recordList(const QString &objectName, QWidget *parent)
{
    auto *t = new QTreeWidget(parent);
    t->setObjectName(objectName);
    t->setRootIsDecorated(false);
    t->setWordWrap(true);
    t->setMinimumHeight(70);
    t->setMaximumHeight(160);
    t->header()->setStretchLastSection(true);
    return t;
}

QString strategyName(const QString &strategy)
{
    if (strategy == u"agent")
        return TriagePanel::tr("chosen agent");
    if (strategy == u"round_robin")
        return TriagePanel::tr("round robin");
    if (strategy == u"least_loaded")
        return TriagePanel::tr("least loaded");
    if (strategy == u"sticky" || strategy == u"last_agent")
        return TriagePanel::tr("same agent as before");
    if (strategy == u"team")
        return TriagePanel::tr("team");
    if (strategy == u"unassign")
        return TriagePanel::tr("unassigned");
    if (strategy == u"overflow")
        return TriagePanel::tr("overflow");
    if (strategy == u"vip")
        return TriagePanel::tr("VIP");
    return strategy;
}
} // namespace

TriagePanel::TriagePanel(Sources sources, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_sources(std::move(sources))
    , m_clock(clock)
{
    setObjectName(u"triagePanel"_s);
    m_title = sectionTitle(this);
    m_priority = new QLabel(this);
    m_priority->setObjectName(u"triagePriorityLabel"_s);
    m_priority->setWordWrap(true);
    m_priority->setTextFormat(Qt::PlainText);
    m_clocksTitle = sectionTitle(this);
    m_cardRow = new QHBoxLayout;
    m_cardRow->setSpacing(6);
    m_noClocks = new QLabel(this);
    m_noClocks->setObjectName(u"triageNoClocks"_s);
    m_rulesTitle = sectionTitle(this);
    m_rules = recordList(u"triageRuleFirings"_s, this);
    m_rules->setColumnCount(2);
    m_assignTitle = sectionTitle(this);
    m_assignments = recordList(u"triageAssignments"_s, this);
    m_assignments->setColumnCount(2);
    m_error = new QLabel(this);
    m_error->setObjectName(u"triageError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b42318;"_s);
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_priority);
    layout->addWidget(m_clocksTitle);
    layout->addLayout(m_cardRow);
    layout->addWidget(m_noClocks);
    layout->addWidget(m_rulesTitle);
    layout->addWidget(m_rules);
    layout->addWidget(m_assignTitle);
    layout->addWidget(m_assignments);
    layout->addWidget(m_error);

    m_tick = new QTimer(this);
    m_tick->setObjectName(u"triageCountdownTick"_s);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &TriagePanel::updateCountdowns);
    m_tick->start();
    retranslate();
}

void TriagePanel::setConversation(const ConversationSummary &summary)
{
    m_summary = summary;
    reload();
}

void TriagePanel::clear()
{
    m_summary = {};
    m_clocks.clear();
    m_rules->clear();
    m_assignments->clear();
    rebuildClockCards();
    m_priority->clear();
}

void TriagePanel::reload()
{
    const qint64 id = m_summary.conversation.id;
    QStringList errors;
    const Conversation &c = m_summary.conversation;
    QString priority = tr("%1 · score %2 of 100").arg(DisplayNames::priority(c.priority)).arg(c.priorityScore);
    if (!c.priorityReason.isEmpty())
        priority += u'\n' + c.priorityReason.split(u"; "_s, Qt::SkipEmptyParts).join(u'\n');
    m_priority->setText(priority);

    m_clocks.clear();
    if (id > 0 && m_sources.slaClocks) {
        if (auto clocks = m_sources.slaClocks(id))
            m_clocks = clocks.value();
        else
            errors << clocks.error().message;
    }
    rebuildClockCards();

    m_rules->clear();
    if (id > 0 && m_sources.ruleFirings) {
        if (auto firings = m_sources.ruleFirings(id)) {
            for (const RuleFiringRecord &f : firings.value()) {
                auto *item = new QTreeWidgetItem(m_rules);
                item->setText(0, RelativeTime::format(f.firedAt, m_clock.nowMs()));
                item->setToolTip(0, RelativeTime::full(f.firedAt));
                QString text = f.explanation.isEmpty() ? f.ruleName : f.explanation;
                if (f.explanation.isEmpty() && !f.actions.isEmpty())
                    text += u" \u2192 "_s + f.actions.join(u", "_s);
                item->setText(1, text);
                item->setToolTip(1, text);
            }
        } else {
            errors << firings.error().message;
        }
    }
    if (m_rules->topLevelItemCount() == 0)
        new QTreeWidgetItem(m_rules, {QString(), tr("No rule has fired on this conversation.")});

    m_assignments->clear();
    if (id > 0 && m_sources.assignments) {
        if (auto log = m_sources.assignments(id)) {
            for (const AssignmentRecord &a : log.value()) {
                auto *item = new QTreeWidgetItem(m_assignments);
                item->setText(0, RelativeTime::format(a.assignedAt, m_clock.nowMs()));
                item->setToolTip(0, RelativeTime::full(a.assignedAt));
                const QString who =
                    a.agentId == 0 ? tr("Unassigned") : (a.agentName.isEmpty() ? u"#%1"_s.arg(a.agentId) : a.agentName);
                const QString text = a.strategy == u"manual"
                                         ? (a.reason.isEmpty() ? tr("%1 (by hand)").arg(who)
                                                               : tr("%1 (by hand, by %2)").arg(who, a.reason))
                                         : tr("%1 (%2): %3").arg(who, strategyName(a.strategy), a.reason);
                item->setText(1, text);
                item->setToolTip(1, text);
            }
        } else {
            errors << log.error().message;
        }
    }
    if (m_assignments->topLevelItemCount() == 0)
        new QTreeWidgetItem(m_assignments, {QString(), tr("Not assigned yet.")});

    m_error->setText(errors.join(u'\n'));
    m_error->setVisible(!errors.isEmpty());
}

void TriagePanel::rebuildClockCards()
{
    qDeleteAll(m_cards);
    m_cards.clear();
    for (int i = 0; i < m_clocks.size(); ++i) {
        auto *card = new QLabel(this);
        card->setObjectName(u"slaClockCard_%1"_s.arg(i));
        card->setTextFormat(Qt::PlainText);
        card->setAlignment(Qt::AlignCenter);
        card->setMinimumWidth(110);
        m_cardRow->addWidget(card, 1);
        m_cards << card;
    }
    m_noClocks->setVisible(m_clocks.isEmpty());
    updateCountdowns();
}

void TriagePanel::updateCountdowns()
{
    const qint64 now = m_clock.nowMs();
    for (int i = 0; i < m_cards.size() && i < m_clocks.size(); ++i) {
        const SlaClockRecord &r = m_clocks.at(i);
        SlaTargetStatus status;
        status.target = r.target;
        status.state = r.state;
        status.dueAt = r.dueAt;
        status.completedAt = r.completedAt;
        status.targetMs = r.targetMs;
        status.remainingMs = r.dueAt > 0 ? r.dueAt - now : r.targetMs;
        status.overdueMs = r.dueAt > 0 && now > r.dueAt ? now - r.dueAt : 0;
        if (status.state == SlaTargetStatus::State::Running && status.remainingMs < 0)
            status.state = SlaTargetStatus::State::Breached; // the monitor has not caught up yet
        const SlaDisplay::Badge badge = SlaDisplay::badge(status);
        const QColor colour = SlaBadge::colour(badge.urgency);
        QLabel *card = m_cards.at(i);
        card->setText(SlaRiskModel::clockText(r).replace(u" · "_s, u"\n"_s) + u'\n' + badge.text);
        card->setProperty("urgency", SlaDisplay::urgencyToString(badge.urgency));
        card->setStyleSheet(
            u"QLabel { border: 1px solid %1; border-radius: 6px; padding: 4px; color: %1; }"_s.arg(colour.name()));
        if (r.dueAt > 0)
            card->setToolTip(tr("Due %1").arg(
                QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.dueAt).toLocalTime(), QLocale::ShortFormat)));
    }
}

void TriagePanel::retranslate()
{
    m_title->setText(tr("Priority"));
    m_clocksTitle->setText(tr("SLA clocks"));
    m_noClocks->setText(tr("No SLA clock on this conversation."));
    m_rulesTitle->setText(tr("Rules that fired"));
    m_assignTitle->setText(tr("Assignments"));
    m_rules->setHeaderLabels({tr("When"), tr("Rule and why")});
    m_assignments->setHeaderLabels({tr("When"), tr("Assigned to and why")});
    if (m_summary.conversation.id > 0)
        reload();
}

void TriagePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace hd
