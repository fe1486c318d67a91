#pragma once

#include "core/domain/Agent.h"
#include "core/domain/Conversation.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QCompleter;
class QStringListModel;

namespace hd {

class AnalysisChips;

/// The top of an open conversation: buyer, channel ("Amazon · DE"), status, subject, and the
/// controls an agent changes most: assignee, priority and tags.
class ConversationHeader final : public QWidget {
    Q_OBJECT
public:
    explicit ConversationHeader(QWidget *parent = nullptr);

    void setAgents(const QList<Agent> &agents);
    void setTagSuggestions(const QStringList &tags);
    void setSummary(const ConversationSummary &summary);
    void clear();
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

    ConversationSummary m_summary;
    QList<Agent> m_agents;
    QLabel *m_channelIcon = nullptr;
    QLabel *m_buyer = nullptr;
    QLabel *m_channel = nullptr;
    QLabel *m_status = nullptr;
    AnalysisChips *m_analysis = nullptr;
    QLabel *m_subject = nullptr;
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
