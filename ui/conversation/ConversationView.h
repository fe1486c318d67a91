#pragma once

#include "core/domain/Agent.h"
#include "core/domain/Channel.h"
#include "core/domain/Conversation.h"
#include "ui/conversation/ReplyAssist.h"

#include <QHash>
#include <QWidget>
#include <memory>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QStackedWidget;

namespace hd {

class ConversationHeader;
class CustomerPanel;
class ReplyEditor;
class TemplatePicker;
class ThreadView;
class TriagePanel;
class Workspace;

/// The right pane: one conversation with its header, thread, reply editor, the buyer's panel
/// (customer, order) and the buyer's other conversations on every channel. Everything it changes
/// goes through the workspace's repositories; it reports each change with conversationChanged().
class ConversationView final : public QWidget {
    Q_OBJECT
public:
    explicit ConversationView(Workspace &workspace, QWidget *parent = nullptr);

    /// The signed-in agent: author of replies and notes, actor in the audit log.
    void setAgentId(qint64 agentId);
    void showConversation(qint64 conversationId);
    /// Re-reads the open conversation (after a change made elsewhere).
    void reload();
    /// Re-reads agents, channels and tags (after settings changed).
    void reloadDirectory();
    void clear();
    qint64 conversationId() const { return m_conversationId; }
    void focusReply();

Q_SIGNALS:
    /// Status, assignee, priority, tags, read state or messages of a conversation changed.
    void conversationChanged(qint64 conversationId);
    void openConversationRequested(qint64 conversationId);
    /// A one-line outcome for the status bar ("Reply queued").
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showError(const QString &message);
    void loadOthers(qint64 customerId);
    void onSend(const QString &text, bool isNote);
    void onSendTranslated(const QString &agentText, const QString &buyerText);
    void onStatusRequested(ConversationStatus status);
    void onNoResponseRequested();
    void onAssigneeChosen(qint64 agentId);
    void onPriorityChosen(Priority priority);
    void onTagAdded(const QString &tag);
    void onTagRemoved(const QString &tag);
    void onOtherClicked(QListWidgetItem *item);
    /// The agent corrected the intent or sentiment of the buyer's newest message.
    void onCorrection(const QString &field, const QString &value);
    /// Records the use and shows whether the text still needs translating; returns the text.
    QString acceptInsertion(const ReplyAssist::Insertion &insertion);
    /// After a successful change: re-read, tell the others, say what happened.
    void changed(const QString &message);

    Workspace &m_workspace;
    qint64 m_agentId = 0;
    qint64 m_conversationId = 0;
    ConversationSummary m_summary;
    QHash<qint64, QString> m_drafts; ///< unsent text per conversation, kept while switching

    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    ConversationHeader *m_header = nullptr;
    QLabel *m_error = nullptr;
    ThreadView *m_thread = nullptr;
    ReplyEditor *m_reply = nullptr;
    std::unique_ptr<ReplyAssist> m_assist;
    TemplatePicker *m_picker = nullptr;
    CustomerPanel *m_customer = nullptr;
    TriagePanel *m_triage = nullptr;
    QLabel *m_othersTitle = nullptr;
    QListWidget *m_others = nullptr;
    QLabel *m_noOthers = nullptr;
};

} // namespace hd
