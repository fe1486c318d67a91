#include "ui/conversation/ConversationHeader.h"

#include "core/channels/meta/MessagingWindow.h"
#include "core/common/Clock.h"
#include "ui/conversation/AnalysisChips.h"
#include "ui/shell/ChannelIcons.h"
#include "ui/shell/DisplayNames.h"

#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace hd {
namespace {
using namespace Qt::StringLiterals;

QLabel *plainLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    return label;
}

const Clock &wallClock()
{
    static const SystemClock clock;
    return clock;
}
} // namespace

ConversationHeader::ConversationHeader(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"conversationHeader"_s);
    setAttribute(Qt::WA_StyledBackground);

    m_channelIcon = new QLabel(this);
    m_buyer = plainLabel(u"buyerNameLabel"_s, this);
    m_channel = plainLabel(u"channelLabel"_s, this);
    m_status = plainLabel(u"statusLabel"_s, this);
    m_subject = plainLabel(u"subjectLabel"_s, this);
    m_subject->setWordWrap(true);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messagingWindow = plainLabel(u"messagingWindowLabel"_s, this);
    m_messagingWindow->setVisible(false);
    m_clock = &wallClock();
    m_windowTimer = new QTimer(this);
    m_windowTimer->setInterval(60'000);
    connect(m_windowTimer, &QTimer::timeout, this, &ConversationHeader::updateMessagingWindow);

    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(8);
    titleRow->addWidget(m_channelIcon);
    titleRow->addWidget(m_buyer);
    titleRow->addWidget(m_channel);
    m_analysis = new AnalysisChips(this);
    titleRow->addWidget(m_analysis);
    titleRow->addStretch();
    titleRow->addWidget(m_messagingWindow);
    titleRow->addWidget(m_status);

    m_assigneeLabel = plainLabel(u"assigneeCaption"_s, this);
    m_priorityLabel = plainLabel(u"priorityCaption"_s, this);
    m_tagsLabel = plainLabel(u"tagsCaption"_s, this);
    for (QLabel *caption : {m_assigneeLabel, m_priorityLabel, m_tagsLabel})
        caption->setProperty("caption", true);
    m_assignee = new QComboBox(this);
    m_assignee->setObjectName(u"assigneeCombo"_s);
    m_assignee->setMinimumContentsLength(12);
    m_priority = new QComboBox(this);
    m_priority->setObjectName(u"priorityCombo"_s);
    m_tagEdit = new QLineEdit(this);
    m_tagEdit->setObjectName(u"tagEdit"_s);
    m_tagEdit->setClearButtonEnabled(false);
    m_tagEdit->setMaximumWidth(130);
    m_tagSuggestions = new QStringListModel(this);
    auto *completer = new QCompleter(m_tagSuggestions, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_tagEdit->setCompleter(completer);

    m_tagChips = new QHBoxLayout;
    m_tagChips->setSpacing(4);
    auto *controls = new QHBoxLayout;
    controls->setSpacing(6);
    controls->addWidget(m_assigneeLabel);
    controls->addWidget(m_assignee);
    controls->addSpacing(10);
    controls->addWidget(m_priorityLabel);
    controls->addWidget(m_priority);
    controls->addSpacing(10);
    controls->addWidget(m_tagsLabel);
    controls->addLayout(m_tagChips);
    controls->addWidget(m_tagEdit);
    controls->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 12, 18, 12);
    layout->setSpacing(6);
    layout->addLayout(titleRow);
    layout->addWidget(m_subject);
    layout->addLayout(controls);

    connect(m_assignee, &QComboBox::activated, this, [this](int index) {
        Q_EMIT assigneeChosen(m_assignee->itemData(index).toLongLong());
    });
    connect(m_priority, &QComboBox::activated, this, [this](int index) {
        Q_EMIT priorityChosen(Priority(m_priority->itemData(index).toInt()));
    });
    connect(m_tagEdit, &QLineEdit::returnPressed, this, &ConversationHeader::onTagEntered);
    retranslate();
}

void ConversationHeader::setAgents(const QList<Agent> &agents)
{
    m_agents = agents;
    retranslate();
}

void ConversationHeader::setTagSuggestions(const QStringList &tags)
{
    m_tagSuggestions->setStringList(tags);
}

void ConversationHeader::setSummary(const ConversationSummary &summary)
{
    m_summary = summary;
    const Conversation &c = summary.conversation;
    m_channelIcon->setPixmap(ChannelIcons::pixmap(summary.channelKind, 22, devicePixelRatioF()));
    m_buyer->setText(summary.customerName);
    m_channel->setText(ChannelIcons::label(summary.channelKind, summary.marketplace));
    m_channel->setToolTip(summary.channelName);
    m_subject->setText(c.subject.isEmpty() ? c.snippet : c.subject);
    m_status->setText(DisplayNames::status(c.status));
    m_status->setProperty("status", conversationStatusToString(c.status));
    m_status->setStyleSheet(
        u"color: %1; background: %2;"_s.arg(DisplayNames::statusColor(c.status).name(),
                                            DisplayNames::statusColor(c.status).lighter(185).name()));
    m_assignee->setCurrentIndex(qMax(0, m_assignee->findData(c.assigneeId)));
    m_priority->setCurrentIndex(qMax(0, m_priority->findData(int(c.priority))));
    rebuildTags();
    updateMessagingWindow();
    setEnabled(true);
}

void ConversationHeader::setClock(const Clock *clock)
{
    m_clock = clock ? clock : &wallClock();
    updateMessagingWindow();
}

void ConversationHeader::updateMessagingWindow()
{
    const bool meta = m_summary.conversation.id != 0
        && (m_summary.channelKind == ChannelKind::Facebook || m_summary.channelKind == ChannelKind::Instagram);
    if (!meta) {
        m_windowTimer->stop();
        m_messagingWindow->clear();
        m_messagingWindow->setVisible(false);
        return;
    }
    const MessagingWindowState state = MessagingWindow::at(m_summary.conversation.lastInboundAt, m_clock->nowMs());
    m_messagingWindow->setText(MessagingWindow::describe(state));
    m_messagingWindow->setProperty("canReply", state.canReply());
    m_messagingWindow->setToolTip(
        tr("Meta accepts replies for 24 hours after the buyer's last message, then for 7 days with the "
           "HUMAN_AGENT tag."));
    m_messagingWindow->setStyleSheet(state.canReply() ? QString() : u"color: #b3261e;"_s);
    m_messagingWindow->setVisible(true);
    if (!m_windowTimer->isActive())
        m_windowTimer->start();
}

void ConversationHeader::clear()
{
    m_summary = {};
    m_buyer->clear();
    m_channel->clear();
    m_subject->clear();
    m_status->clear();
    m_channelIcon->clear();
    m_analysis->clear();
    rebuildTags();
    updateMessagingWindow();
    setEnabled(false);
}

void ConversationHeader::rebuildTags()
{
    while (QLayoutItem *item = m_tagChips->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QString &tag : std::as_const(m_summary.tags)) {
        auto *chip = new QToolButton(this);
        chip->setObjectName(u"tagChip"_s);
        chip->setText(tag + u"  ×"_s);
        chip->setProperty("tag", tag);
        chip->setToolTip(tr("Remove tag “%1”").arg(tag));
        chip->setCursor(Qt::PointingHandCursor);
        connect(chip, &QToolButton::clicked, this, [this, tag] { Q_EMIT tagRemoved(tag); });
        m_tagChips->addWidget(chip);
    }
}

void ConversationHeader::onTagEntered()
{
    const QString tag = m_tagEdit->text().trimmed().toLower();
    m_tagEdit->clear();
    if (!tag.isEmpty() && !m_summary.tags.contains(tag))
        Q_EMIT tagAdded(tag);
}

void ConversationHeader::fillPriorities()
{
    const int current = m_priority->currentIndex();
    m_priority->clear();
    for (Priority p : {Priority::Low, Priority::Normal, Priority::High, Priority::Urgent})
        m_priority->addItem(DisplayNames::priority(p), int(p));
    m_priority->setCurrentIndex(current >= 0 ? current : 1);
}

void ConversationHeader::retranslate()
{
    m_assigneeLabel->setText(tr("Assignee"));
    m_priorityLabel->setText(tr("Priority"));
    m_tagsLabel->setText(tr("Tags"));
    m_tagEdit->setPlaceholderText(tr("Add tag…"));
    m_tagEdit->setToolTip(tr("Type a tag and press Enter"));

    m_assignee->clear();
    m_assignee->addItem(tr("Unassigned"), qint64(0));
    for (const Agent &a : std::as_const(m_agents))
        if (a.active)
            m_assignee->addItem(a.name, a.id);
    fillPriorities();
    if (m_summary.conversation.id != 0)
        setSummary(m_summary);
}

void ConversationHeader::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace hd
