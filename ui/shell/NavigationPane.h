#pragma once

#include "core/storage/ConversationRepository.h"
#include "core/storage/InboxQuery.h"

#include <QThreadPool>
#include <QWidget>

class QListView;
class QStandardItemModel;
class QStandardItem;

namespace hd {

class DirectoryRepository;

/// The left pane: the inbox folders (All open, Mine, Unassigned, Waiting on buyer, Resolved) and
/// one entry per connected channel account, each with its open and unread counts.
class NavigationPane final : public QWidget {
    Q_OBJECT
public:
    NavigationPane(const ConversationRepository &conversations, const DirectoryRepository &directory,
                   QWidget *parent = nullptr);
    ~NavigationPane() override;

    /// The signed-in agent, for the "Mine" count.
    void setAgentId(qint64 agentId);
    /// Re-reads the channel accounts (after one was connected or removed) and the counts.
    void reloadChannels();
    /// Re-reads the counts on a worker thread (a GROUP BY over every conversation can take a while
    /// on a big workspace) and updates the badges in place when they arrive (countsChanged).
    /// Calls made while a count runs are folded into one more run.
    void refreshCounts();
    const InboxCounts &counts() const { return m_counts; }
    /// Whether a count is running or queued.
    bool isCounting() const { return m_counting; }

    /// Selects an entry as if clicked; channelId 0 selects a folder.
    void select(InboxFilter::Folder folder, qint64 channelId = 0);
    InboxFilter::Folder currentFolder() const { return m_folder; }
    qint64 currentChannelId() const { return m_channelId; }

Q_SIGNALS:
    /// The agent picked an entry: a folder, or a channel (its open conversations).
    void entrySelected(hd::InboxFilter::Folder folder, qint64 channelId);
    void errorOccurred(const QString &message);
    void countsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onCurrentChanged();
    void applyCounts(const Result<InboxCounts> &counts);
    QStandardItem *itemFor(InboxFilter::Folder folder, qint64 channelId) const;

    const ConversationRepository &m_conversations;
    const DirectoryRepository &m_directory;
    QListView *m_view = nullptr;
    QStandardItemModel *m_model = nullptr;
    qint64 m_agentId = 0;
    InboxCounts m_counts;
    QThreadPool m_pool;           ///< one thread; waited for on destruction, before the repositories go
    bool m_counting = false;
    bool m_countAgain = false;
    InboxFilter::Folder m_folder = InboxFilter::Folder::AllOpen;
    qint64 m_channelId = 0;
};

} // namespace hd
