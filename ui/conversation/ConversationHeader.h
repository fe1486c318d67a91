#pragma once

#include "core/domain/Agent.h"
#include "core/domain/Conversation.h"

#include <QWidget>

class QComboBox;
class QTimer;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QCompleter;
class QStringListModel;

namespace hd {

class AnalysisChips;
class Clock;

/// The top of an open conversation: buyer, channel ("Amazon · DE"), status, subject, and the
/// controls an agent changes most: assignee, priority and tags.
class ConversationHeader final : public QWidget
{
    Q_OBJECT
public:
    explicit ConversationHeader(QWidget *parent = nullptr);

    void setAgents(const QList<Agent> &agents);
    void setTagSuggestions(const QStringList &tags);
    void setSummary(const ConversationSummary &summary);
    void clear();
    /// The clock the Meta messaging window is measured with (not owned; default: the wall clock).
    void setClock(const Clock *clock);
    /// The detected intent and sentiment chips beside the channel; the view fills them.
    AnalysisChips *analysisChips() const { return m_analysis; }

Q_SIGNALS:
    void assigneeChosen(qint64 agentId); ///< 0 = unassign
    void priorityChosen(hd::Priority priority);
    void tagAdded(const QString &tag);
    void tagRemoved(const QString &tag);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuildTags();
    void fillPriorities();
    void onTagEntered();
    /// Facebook / Instagram: "Window closes in 3 h", "HUMAN_AGENT tag, 5 days left" or closed.
    void updateMessagingWindow();

    ConversationSummary m_summary;
    QList<Agent> m_agents;
    QLabel *m_channelIcon = nullptr;
    QLabel *m_buyer = nullptr;
    QLabel *m_channel = nullptr;
    QLabel *m_status = nullptr;
    AnalysisChips *m_analysis = nullptr;
    QLabel *m_subject = nullptr;
    QLabel *m_messagingWindow = nullptr;
    QTimer *m_windowTimer = nullptr;
    const Clock *m_clock = nullptr;
    QLabel *m_assigneeLabel = nullptr;
    QLabel *m_priorityLabel = nullptr;
    QLabel *m_tagsLabel = nullptr;
    QComboBox *m_assignee = nullptr;
    QComboBox *m_priority = nullptr;
    QHBoxLayout *m_tagChips = nullptr;
    QLineEdit *m_tagEdit = nullptr;
    QStringListModel *m_tagSuggestions = nullptr;
};

} // namespace hd
