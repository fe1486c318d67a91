#include "ui/settings/DryRunDialog.h"

#include "core/Workspace.h"
#include "ui/inbox/RelativeTime.h"
#include "ui/shell/ChannelIcons.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hd {
using namespace Qt::StringLiterals;

Result<RuleDryRunReport> DryRunDialog::run(Workspace &workspace, const Rule &rule, int days)
{
    RuleDryRunReport report;
    report.days = days;
    // One snapshot per occurrence of the rule's event in the period (TriageService).
    auto result = workspace.triage().dryRun(rule, days);
    if (!result)
        return result.error();
    report.result = result.value();
    // The list shows the newest kMaxListed; the count covers them all.
    for (qint64 id : std::as_const(report.result.matchingConversationIds)) {
        if (report.conversations.size() >= kMaxListed) {
            report.truncated = true;
            break;
        }
        auto summary = workspace.conversations().summary(id);
        if (summary)
            report.conversations.insert(id, summary.value());
    }
    return report;
}

QString DryRunDialog::summaryText(const RuleDryRunReport &report)
{
    const RuleDryRunResult &r = report.result;
    QString text = tr("On the last %n day(s) this rule would have fired on", nullptr, report.days) + u' '
        + tr("%n conversation(s)", nullptr, r.count) + u' ' + tr("(of %n looked at).", nullptr, r.conversationsSeen);
    if (report.truncated)
        text += u' ' + tr("The list shows the first %1.").arg(kMaxListed);
    return text;
}

DryRunDialog::DryRunDialog(const Rule &rule, const RuleDryRunReport &report, QWidget *parent)
    : QDialog(parent)
    , m_report(report)
{
    setObjectName(u"dryRunDialog"_s);
    setWindowTitle(tr("Dry run: %1").arg(rule.name.isEmpty() ? tr("new rule") : rule.name));
    m_summary = new QLabel(summaryText(report), this);
    m_summary->setObjectName(u"dryRunSummary"_s);
    m_summary->setWordWrap(true);
    QFont f = m_summary->font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    f.setBold(true);
    m_summary->setFont(f);
    auto *condition = new QLabel(tr("Condition: %1").arg(rule.condition.describe()), this);
    condition->setObjectName(u"dryRunCondition"_s);
    condition->setWordWrap(true);
    condition->setTextFormat(Qt::PlainText);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"dryRunResults"_s);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Channel"), tr("Buyer"), tr("Subject"), tr("Buyer wrote"), tr("Why it matched")});
    for (int i = 0; i < report.result.matchingConversationIds.size(); ++i) {
        const qint64 id = report.result.matchingConversationIds.at(i);
        if (!report.conversations.contains(id))
            continue;
        const ConversationSummary s = report.conversations.value(id);
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, Qt::UserRole, id);
        item->setIcon(0, ChannelIcons::icon(s.channelKind));
        item->setText(0, ChannelIcons::label(s.channelKind, s.marketplace));
        item->setText(1, s.customerName);
        item->setText(2, s.conversation.subject.isEmpty() ? s.conversation.snippet : s.conversation.subject);
        item->setText(3, RelativeTime::full(report.result.matchedAtMs.value(i)));
        const QString why = report.result.explanations.value(i).join(u"; "_s);
        item->setText(4, why);
        item->setToolTip(4, why);
    }
    m_list->header()->resizeSection(0, 130);
    m_list->header()->resizeSection(1, 150);
    m_list->header()->resizeSection(2, 240);
    m_list->header()->resizeSection(3, 150);

    m_detail = new QLabel(this);
    m_detail->setObjectName(u"dryRunDetail"_s);
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setMinimumHeight(48);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_open = buttons->addButton(tr("Open conversation"), QDialogButtonBox::ActionRole);
    m_open->setObjectName(u"openConversationButton"_s);
    m_open->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, &DryRunDialog::activateCurrent);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &DryRunDialog::onCurrentChanged);
    connect(m_list, &QTreeWidget::itemActivated, this, &DryRunDialog::activateCurrent);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(condition);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_detail);
    layout->addWidget(buttons);
    resize(900, 560);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    else
        m_detail->setText(tr("No conversation in the period matched the condition."));
}

void DryRunDialog::onCurrentChanged()
{
    QTreeWidgetItem *item = m_list->currentItem();
    m_open->setEnabled(item != nullptr);
    if (!item)
        return;
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    const int i = int(m_report.result.matchingConversationIds.indexOf(id));
    const ConversationSummary s = m_report.conversations.value(id);
    QStringList lines;
    lines << tr("%1 · %2 · conversation #%3").arg(s.customerName, s.channelName).arg(id);
    if (!s.conversation.snippet.isEmpty())
        lines << u"“%1”"_s.arg(s.conversation.snippet);
    lines << tr("Matched because: %1").arg(m_report.result.explanations.value(i).join(u"; "_s));
    m_detail->setText(lines.join(u'\n'));
}

void DryRunDialog::activateCurrent()
{
    if (QTreeWidgetItem *item = m_list->currentItem())
        Q_EMIT conversationActivated(item->data(0, Qt::UserRole).toLongLong());
}

} // namespace hd
