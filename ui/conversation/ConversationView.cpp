#include "ui/conversation/ConversationView.h"

#include "core/Workspace.h"
#include "core/sync/OutboxQueue.h"
#include "core/sync/SyncEngineThread.h"
#include "ui/conversation/ConversationHeader.h"
#include "ui/conversation/CustomerPanel.h"
#include "ui/conversation/AnalysisChips.h"
#include "ui/conversation/ComplianceMarker.h"
#include "ui/conversation/ReplyEditor.h"
#include "ui/conversation/TemplatePicker.h"
#include "ui/conversation/ThreadView.h"
#include "ui/conversation/TriagePanel.h"
#include "ui/conversation/TranslationPreview.h"
#include "ui/inbox/RelativeTime.h"
#include "ui/shell/ChannelIcons.h"
#include "ui/shell/DisplayNames.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace hd {
namespace {
using namespace Qt::StringLiterals;
constexpr int kConversationIdRole = Qt::UserRole + 1;
} // namespace

ConversationView::ConversationView(Workspace &workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
    setObjectName(u"conversationView"_s);

    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(u"conversationPlaceholder"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);

    m_header = new ConversationHeader(this);
    m_error = new QLabel(this);
    m_error->setObjectName(u"conversationError"_s);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->hide();
    m_thread = new ThreadView(this);
    // Retry a reply the channel refused: queue it again and wake the sender.
    connect(m_thread, &ThreadView::retryRequested, this, [this](qint64 messageId) {
        if (auto s = OutboxQueue(m_workspace.database(), m_workspace.clock()).retry(messageId); !s) {
            showError(s.error().message);
            return;
        }
        m_workspace.sync().wakeOutbox();
        if (auto messages = m_workspace.messages().forConversation(m_conversationId))
            m_thread->setMessages(messages.value());
    });
    // A reply of the open conversation was delivered or refused: show its new status.
    const auto refreshThread = [this](qint64, qint64 conversationId) {
        if (conversationId != m_conversationId)
            return;
        if (auto messages = m_workspace.messages().forConversation(conversationId))
            m_thread->setMessages(messages.value());
    };
    connect(&m_workspace.sync(), &SyncEngineThread::messageSent, this, refreshThread);
    connect(&m_workspace.sync(), &SyncEngineThread::messageFailed, this,
            [refreshThread](qint64 messageId, qint64 conversationId, const QString &) { refreshThread(messageId, conversationId); });
    m_reply = new ReplyEditor(this);
    m_assist = std::make_unique<ReplyAssist>(workspace);
    m_picker = new TemplatePicker(this);
    m_reply->addTool(m_picker);

    auto *threadSplit = new QSplitter(Qt::Vertical, this);
    threadSplit->setObjectName(u"threadSplitter"_s);
    threadSplit->setChildrenCollapsible(false);
    threadSplit->addWidget(m_thread);
    threadSplit->addWidget(m_reply);
    threadSplit->setStretchFactor(0, 3);
    threadSplit->setStretchFactor(1, 1);
    threadSplit->setSizes({520, 190});

    // Side panel: the buyer, the order, and the buyer's other conversations.
    m_customer = new CustomerPanel(this);
    m_customer->enableMergeSuggestions(m_workspace.database(), m_workspace.clock());
    connect(m_customer, &CustomerPanel::customersChanged, this, &ConversationView::reload);
    m_othersTitle = new QLabel(this);
    m_othersTitle->setObjectName(u"panelSectionTitle"_s);
    m_others = new QListWidget(this);
    m_others->setObjectName(u"otherConversationsList"_s);
    m_others->setFrameShape(QFrame::NoFrame);
    m_others->setIconSize(QSize(16, 16));
    m_others->setWordWrap(true);
    m_others->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_others->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_others->setCursor(Qt::PointingHandCursor);
    m_noOthers = new QLabel(this);
    m_noOthers->setObjectName(u"noOthersLabel"_s);
    m_noOthers->setWordWrap(true);
    auto *side = new QWidget(this);
    side->setObjectName(u"sidePanel"_s);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 12);
    sideLayout->setSpacing(6);
    sideLayout->addWidget(m_customer);
    // Why the conversation is where it is: priority, SLA clocks, rules fired, assignments.
    TriageService &triage = workspace.triage();
    m_triage = new TriagePanel({[&triage](qint64 id) { return triage.ruleFirings(id); },
                                [&triage](qint64 id) { return triage.assignments(id); },
                                [&triage](qint64 id) { return triage.slaClocks(id); }},
                               workspace.clock(), this);
    auto *triageBox = new QVBoxLayout;
    triageBox->setContentsMargins(16, 4, 16, 0);
    triageBox->addWidget(m_triage);
    sideLayout->addLayout(triageBox);
    auto *othersBox = new QVBoxLayout;
    othersBox->setContentsMargins(16, 4, 16, 0);
    othersBox->setSpacing(6);
    othersBox->addWidget(m_othersTitle);
    othersBox->addWidget(m_others);
    othersBox->addWidget(m_noOthers);
    sideLayout->addLayout(othersBox);
    sideLayout->addStretch();
    auto *sideScroll = new QScrollArea(this);
    sideScroll->setObjectName(u"sideScroll"_s);
    sideScroll->setWidget(side);
    sideScroll->setWidgetResizable(true);
    sideScroll->setFrameShape(QFrame::NoFrame);
    sideScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    sideScroll->setMinimumWidth(250);

    auto *body = new QSplitter(Qt::Horizontal, this);
    body->setObjectName(u"conversationSplitter"_s);
    body->setChildrenCollapsible(false);
    body->addWidget(threadSplit);
    body->addWidget(sideScroll);
    body->setStretchFactor(0, 1);
    body->setStretchFactor(1, 0);
    body->setSizes({560, 280});

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    contentLayout->addWidget(m_header);
    contentLayout->addWidget(m_error);
    contentLayout->addWidget(body, 1);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_reply, &ReplyEditor::sendRequested, this, &ConversationView::onSend);
    connect(m_reply, &ReplyEditor::translatedSendRequested, this, &ConversationView::onSendTranslated);
    connect(m_reply, &ReplyEditor::statusRequested, this, &ConversationView::onStatusRequested);
    connect(m_reply, &ReplyEditor::noResponseRequested, this, &ConversationView::onNoResponseRequested);
    connect(m_picker, &TemplatePicker::templateChosen, this, [this](qint64 templateId) {
        if (auto insertion = m_assist->render(templateId))
            m_reply->insertText(acceptInsertion(*insertion));
    });
    m_reply->setShortcutHandler([this](const QString &shortcut) -> std::optional<QString> {
        if (m_conversationId == 0)
            return std::nullopt;
        if (auto insertion = m_assist->renderShortcut(shortcut))
            return acceptInsertion(*insertion);
        return std::nullopt;
    });
    connect(m_header, &ConversationHeader::assigneeChosen, this, &ConversationView::onAssigneeChosen);
    connect(m_header, &ConversationHeader::priorityChosen, this, &ConversationView::onPriorityChosen);
    connect(m_header, &ConversationHeader::tagAdded, this, &ConversationView::onTagAdded);
    connect(m_header, &ConversationHeader::tagRemoved, this, &ConversationView::onTagRemoved);
    m_header->analysisChips()->setCorrectable(true);
    connect(m_header->analysisChips(), &AnalysisChips::correctionRequested, this, &ConversationView::onCorrection);
    connect(m_others, &QListWidget::itemClicked, this, &ConversationView::onOtherClicked);
    connect(m_others, &QListWidget::itemActivated, this, &ConversationView::onOtherClicked);

    retranslate();
    reloadDirectory();
}

void ConversationView::setAgentId(qint64 agentId)
{
    m_agentId = agentId;
}

void ConversationView::reloadDirectory()
{
    if (auto agents = m_workspace.directory().agents()) {
        m_header->setAgents(agents.value());
        QHash<qint64, QString> names;
        for (const Agent &a : agents.value())
            names.insert(a.id, a.name);
        m_thread->setAgentNames(names);
    }
    if (auto channels = m_workspace.directory().channels())
        m_customer->setChannels(channels.value());
    if (auto tags = m_workspace.directory().tags())
        m_header->setTagSuggestions(tags.value());
}

void ConversationView::showConversation(qint64 conversationId)
{
    m_error->hide();
    auto summary = m_workspace.conversations().summary(conversationId);
    if (!summary) {
        clear();
        m_placeholder->setText(summary.error().message);
        return;
    }
    const bool switched = conversationId != m_conversationId;
    if (switched && m_conversationId != 0) {
        const QString draft = m_reply->text();
        if (draft.trimmed().isEmpty())
            m_drafts.remove(m_conversationId);
        else
            m_drafts.insert(m_conversationId, draft);
    }
    m_conversationId = conversationId;
    m_summary = std::move(summary).value();
    const Conversation &c = m_summary.conversation;

    m_header->setSummary(m_summary);
    m_reply->setBuyerName(m_summary.customerName);
    m_reply->setStatus(c.status, c.noResponseNeeded);
    m_assist->setConversation(m_summary, m_agentId);
    {
        // The stored labels come from the same classifier at ingest; re-running it on the newest
        // buyer message gives the agent its reasons.
        const auto detail = m_workspace.analyzer().analyzeText(m_assist->lastBuyerText(), c.language, c.language);
        const QString intent = c.intent.isEmpty() ? detail.intent : c.intent;
        const QString sentiment = c.sentiment.isEmpty() ? detail.sentiment : c.sentiment;
        m_header->analysisChips()->setAnalysis(intent, intent == detail.intent ? detail.intentExplanation : QString(),
                                               sentiment,
                                               sentiment == detail.sentiment ? detail.sentimentExplanation : QString());
    }
    m_triage->setConversation(m_summary);
    m_picker->setTemplates(m_assist->library(), m_assist->suggestions(), m_assist->language(), m_assist->platform());
    m_reply->compliance()->setPolicy(m_assist->policy(), [this] { return m_assist->complianceContext(); });
    {
        // Buyer messages in the agent's language, replies in the buyer's (the workspace translator;
        // settings may have changed since the last look).
        const QString agentLanguage = m_workspace.translationSettings().effectiveAgentLanguage();
        m_thread->setTranslator(m_workspace.translator(), agentLanguage);
        m_reply->translation()->setTranslator(m_workspace.translator(), agentLanguage, m_assist->language());
    }
    if (switched) {
        m_reply->setNotice({});
        m_reply->setText(m_drafts.take(conversationId));
    }

    if (auto messages = m_workspace.messages().forConversation(conversationId))
        m_thread->setMessages(messages.value());
    else
        showError(messages.error().message);

    if (auto customer = m_workspace.customers().byId(c.customerId)) {
        auto identities = m_workspace.customers().identities(c.customerId);
        m_customer->setCustomer(customer.value(), identities ? identities.value() : QList<CustomerIdentity>{});
    } else {
        showError(customer.error().message);
    }
    std::optional<Order> order;
    if (c.orderId != 0) {
        if (auto o = m_workspace.customers().order(c.orderId))
            order = o.value();
    }
    m_customer->setOrder(order);
    loadOthers(c.customerId);
    m_stack->setCurrentIndex(1);

    if (c.unreadCount > 0) {
        if (m_workspace.conversations().markRead(conversationId)) {
            m_summary.conversation.unreadCount = 0;
            Q_EMIT conversationChanged(conversationId);
        }
    }
}

void ConversationView::loadOthers(qint64 customerId)
{
    m_others->clear();
    auto others = m_workspace.conversations().forCustomer(customerId);
    const qint64 now = m_workspace.clock().nowMs();
    if (others) {
        for (const ConversationSummary &s : others.value()) {
            if (s.conversation.id == m_conversationId)
                continue;
            const Conversation &c = s.conversation;
            const QString title = c.subject.isEmpty() ? c.snippet : c.subject;
            const QString meta = ChannelIcons::label(s.channelKind, s.marketplace) % u"  ·  "_s
                % DisplayNames::status(c.status) % u"  ·  "_s % RelativeTime::format(c.lastMessageAt, now);
            auto *item = new QListWidgetItem(ChannelIcons::icon(s.channelKind), title % u'\n' % meta, m_others);
            item->setData(kConversationIdRole, c.id);
            item->setToolTip(c.snippet);
        }
    }
    const int rows = m_others->count();
    m_others->setVisible(rows > 0);
    m_noOthers->setVisible(rows == 0);
    int height = 2 * m_others->frameWidth();
    for (int row = 0; row < rows; ++row)
        height += m_others->sizeHintForRow(row);
    m_others->setFixedHeight(qMax(height, 1));
}

void ConversationView::reload()
{
    if (m_conversationId != 0)
        showConversation(m_conversationId);
}

void ConversationView::clear()
{
    m_conversationId = 0;
    m_summary = {};
    m_header->clear();
    m_thread->clear();
    m_customer->clear();
    m_triage->clear();
    m_others->clear();
    m_reply->clearText();
    m_stack->setCurrentIndex(0);
    retranslate();
}

void ConversationView::focusReply()
{
    if (m_conversationId != 0)
        m_reply->focusEditor();
}

void ConversationView::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void ConversationView::changed(const QString &message)
{
    const qint64 id = m_conversationId;
    showConversation(id);
    Q_EMIT statusMessage(message);
    // Last: a listener may move the selection and open another conversation.
    Q_EMIT conversationChanged(id);
}

void ConversationView::onSend(const QString &text, bool isNote)
{
    if (m_conversationId == 0)
        return;
    const auto stored = isNote ? m_workspace.messages().addNote(m_conversationId, m_agentId, text)
                               : m_workspace.messages().addReply(m_conversationId, m_agentId, text);
    if (!stored) {
        showError(stored.error().message);
        return;
    }
    m_reply->clearText();
    m_reply->setNotice({});
    changed(isNote ? tr("Note added") : tr("Reply queued for %1").arg(m_summary.channelName));
}

void ConversationView::onSendTranslated(const QString &agentText, const QString &buyerText)
{
    if (m_conversationId == 0)
        return;
    const TranslationPreview *t = m_reply->translation();
    MessageRepository::TranslatedReply reply;
    reply.buyerText = buyerText;
    reply.buyerLanguage = t->buyerLanguage();
    reply.agentText = agentText;
    reply.agentLanguage = t->sourceLanguage();
    reply.provider = t->provider();
    if (auto stored = m_workspace.messages().addTranslatedReply(m_conversationId, m_agentId, reply); !stored) {
        showError(stored.error().message);
        return;
    }
    m_reply->clearText();
    m_reply->setNotice({});
    changed(tr("Reply queued for %1 in %2").arg(m_summary.channelName, DisplayNames::language(reply.buyerLanguage)));
}

void ConversationView::onStatusRequested(ConversationStatus status)
{
    if (m_conversationId == 0)
        return;
    if (auto s = m_workspace.conversations().setStatus(m_conversationId, status, m_agentId); !s) {
        showError(s.error().message);
        return;
    }
    changed(tr("Conversation marked “%1”").arg(DisplayNames::status(status)));
}

void ConversationView::onNoResponseRequested()
{
    if (m_conversationId == 0)
        return;
    if (auto s = m_workspace.triage().markNoResponseNeeded(m_conversationId, m_agentId); !s) {
        showError(s.error().message);
        return;
    }
    changed(tr("Marked “no response needed”: the response clock stopped"));
}

void ConversationView::onAssigneeChosen(qint64 agentId)
{
    if (m_conversationId == 0 || agentId == m_summary.conversation.assigneeId)
        return;
    if (auto s = m_workspace.conversations().assign(m_conversationId, agentId, m_agentId); !s) {
        showError(s.error().message);
        return;
    }
    changed(agentId == 0 ? tr("Conversation unassigned") : tr("Conversation assigned"));
}

void ConversationView::onPriorityChosen(Priority priority)
{
    if (m_conversationId == 0 || priority == m_summary.conversation.priority)
        return;
    if (auto s = m_workspace.conversations().setPriority(m_conversationId, priority, m_agentId); !s) {
        showError(s.error().message);
        return;
    }
    changed(tr("Priority set to %1").arg(DisplayNames::priority(priority)));
}

void ConversationView::onTagAdded(const QString &tag)
{
    if (m_conversationId == 0)
        return;
    if (auto s = m_workspace.conversations().addTag(m_conversationId, tag, m_agentId); !s) {
        showError(s.error().message);
        return;
    }
    if (auto tags = m_workspace.directory().tags())
        m_header->setTagSuggestions(tags.value());
    changed(tr("Tag “%1” added").arg(tag));
}

void ConversationView::onTagRemoved(const QString &tag)
{
    if (m_conversationId == 0)
        return;
    if (auto s = m_workspace.conversations().removeTag(m_conversationId, tag, m_agentId); !s) {
        showError(s.error().message);
        return;
    }
    changed(tr("Tag “%1” removed").arg(tag));
}

void ConversationView::onCorrection(const QString &field, const QString &value)
{
    if (m_conversationId == 0)
        return;
    // The correction is about the buyer's newest message, the one the chips describe.
    auto messages = m_workspace.messages().forConversation(m_conversationId);
    if (!messages) {
        showError(messages.error().message);
        return;
    }
    qint64 messageId = 0;
    for (const Message &m : messages.value())
        if (m.direction == MessageDirection::Inbound)
            messageId = m.id;
    if (messageId == 0) {
        showError(tr("There is no buyer message to correct."));
        return;
    }
    auto corrected = m_workspace.triage().correct(messageId, field, value, m_agentId);
    if (!corrected) {
        showError(corrected.error().message);
        return;
    }
    changed(field == u"sentiment" ? tr("Sentiment corrected to %1").arg(AnalysisChips::sentimentName(value))
                                  : tr("Intent corrected to %1").arg(AnalysisChips::intentName(value)));
}

void ConversationView::onOtherClicked(QListWidgetItem *item)
{
    if (item)
        Q_EMIT openConversationRequested(item->data(kConversationIdRole).toLongLong());
}

QString ConversationView::acceptInsertion(const ReplyAssist::Insertion &insertion)
{
    m_assist->recordUse(insertion.templateId);
    QStringList notes;
    TranslationPreview *translation = m_reply->translation();
    const bool wasEmpty = m_reply->text().trimmed().isEmpty();
    if (m_workspace.translator() && insertion.needsMachineTranslation) {
        // The template is in another language: the engine translates it for the buyer, and says so.
        translation->setTranslateEnabled(true);
        if (wasEmpty)
            translation->setSourceLanguage(insertion.variantLanguage);
        notes.append(tr("Machine translation: this template has no %1 version; the buyer receives the machine "
                        "translation shown under the editor. Check it before sending.")
                         .arg(DisplayNames::language(m_assist->language())));
    } else if (m_workspace.translator() && wasEmpty && translation->isActive()) {
        // A version in the buyer's language exists: send it as written, not re-translated.
        translation->setTranslateEnabled(false);
        notes.append(insertion.machineVariant
                         ? tr("Stored machine translation in %1, sent as written: check it before sending.")
                               .arg(DisplayNames::language(insertion.variantLanguage))
                         : tr("Human-written %1 version, sent as written.")
                               .arg(DisplayNames::language(insertion.variantLanguage)));
    } else if (insertion.needsMachineTranslation)
        notes.append(tr("Machine translation needed: this template has no version in the buyer's language (%1); "
                        "the %2 text was inserted.")
                         .arg(m_assist->language(), insertion.variantLanguage));
    else if (insertion.machineVariant)
        notes.append(tr("Machine-translated template: check it before sending."));
    if (!insertion.render.canSend())
        notes.append(tr("Fill in the marked [[… missing]] values before sending."));
    m_reply->setNotice(notes.join(u' '));
    return insertion.render.text;
}

void ConversationView::retranslate()
{
    m_othersTitle->setText(tr("Other conversations"));
    m_noOthers->setText(tr("This is the buyer's only conversation."));
    if (m_conversationId == 0)
        m_placeholder->setText(tr("Select a conversation to read it.\n\nj / k move through the list · Enter opens · "
                                  "Ctrl+F searches"));
    else
        loadOthers(m_summary.conversation.customerId);
}

void ConversationView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace hd
