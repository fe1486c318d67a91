#pragma once

#include "core/common/Clock.h"
#include "core/domain/Conversation.h"
#include "core/storage/InboxQuery.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QList>

#include <optional>

namespace hd {

class ConversationRepository;

/// The inbox list. Loads keyset pages on demand (canFetchMore/fetchMore), keeps only the sort key
/// of every loaded row (16 bytes) plus a bounded cache of full rows, and re-reads evicted rows a
/// page at a time from the key of the row above. Updates are incremental: one conversation at a
/// time (dataChanged, a move, an insert or a remove), new conversations are prepended; only a
/// filter change resets the model.
class ConversationListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        ChannelColumn,
        BuyerColumn,
        SubjectColumn,
        LanguageColumn,
        TagsColumn,
        PriorityColumn,
        AssigneeColumn,
        LastActivityColumn,
        SlaColumn,
        ColumnCount
    };
    enum Role {
        ConversationIdRole = Qt::UserRole + 1,
        UnreadCountRole,   ///< int
        ChannelKindRole,   ///< stable string, see channelKindToString
        ChannelLabelRole,  ///< "Amazon · DE"
        BuyerRole,
        SubjectRole,       ///< the subject, or the snippet when there is none
        SnippetRole,
        LanguageRole,      ///< upper-case ISO 639-1
        TagsRole,          ///< QStringList
        PriorityRole,      ///< stable string: low, normal, high, urgent
        PriorityLabelRole, ///< translated
        AssigneeRole,      ///< empty when unassigned
        StatusRole,        ///< stable string: open, pending, resolved
        LastActivityRole,  ///< UTC ms
        LastActivityTextRole,
        SlaDueRole,        ///< UTC ms, 0 = no clock
        PriorityScoreRole, ///< int 0..100
        PriorityReasonRole, ///< why it scored so ("+35 chargeback or legal threat; ...")
    };

    ConversationListModel(const ConversationRepository &repository, const Clock &clock, QObject *parent = nullptr);

    /// Rows per keyset page (default 100).
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }
    /// Full rows kept in memory at most (default 2000); sort keys of loaded rows are always kept.
    void setCacheCapacity(int rows);
    int cachedRowCount() const { return m_cache.size(); }

    const InboxFilter &filter() const { return m_filter; }
    /// Re-queries from the top. The only call that resets the model, and only if the filter changed.
    void setFilter(const InboxFilter &filter);
    /// Reloads the first page of the current filter and resets; for a changed workspace.
    void reload();

    /// Re-reads one conversation and updates, moves, inserts or removes its row.
    void refreshConversation(qint64 conversationId);
    /// Picks up what changed at the top: prepends new conversations, updates or drops changed ones.
    void refresh();
    /// Re-emits the time-dependent texts (last activity, SLA countdown) as the clock moves on.
    void refreshTimes();
    /// Re-emits headers and visible texts after a language change.
    void retranslate();

    /// Whether rows remain past the loaded ones (unlike canFetchMore, also while the model signals).
    bool hasMore() const { return !m_atEnd; }
    qint64 conversationIdAt(int row) const;
    int rowOf(qint64 conversationId) const;
    std::optional<ConversationSummary> summaryAt(int row) const;
    /// "Priority High · score 72 of 100" and the scorer's reasons, one per line.
    static QString priorityToolTip(const Conversation &c);
    /// The last error from the repository, for the status bar; empty when the last call worked.
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    /// The sort key of a row under every sort (the keyset cursor of the row).
    struct RowKey {
        qint64 id = 0;
        qint64 lastMessageAt = 0;
        int priorityScore = 0;
        qint64 slaDueAt = 0;
        bool operator==(const RowKey &) const = default;
    };
    static RowKey keyOf(const ConversationSummary &s)
    {
        const Conversation &c = s.conversation;
        return {c.id, c.lastMessageAt, c.priorityScore, c.slaDueAt};
    }
    static InboxCursor cursorOf(const RowKey &k) { return {k.lastMessageAt, k.id, k.priorityScore, k.slaDueAt}; }
    bool isBefore(const RowKey &a, const RowKey &b) const;
    bool matchesFilter(const ConversationSummary &s) const;
    int insertPosition(const RowKey &key) const;
    /// Updates, moves, inserts or removes the row of `s`, which matches the filter or not.
    void apply(const ConversationSummary &s);
    void removeRowAt(int row);
    const ConversationSummary *cached(int row) const;
    void loadPage(bool reset);
    void setError(const QString &message) const;

    /// Set while the model changes and while it signals the change: a view or tester that calls
    /// fetchMore from a change signal must not start a second change inside the first.
    struct ChangeGuard {
        explicit ChangeGuard(int &depth) : m_depth(depth) { ++m_depth; }
        ~ChangeGuard() { --m_depth; }
        ChangeGuard(const ChangeGuard &) = delete;
        ChangeGuard &operator=(const ChangeGuard &) = delete;
        int &m_depth;
    };

    const ConversationRepository &m_repository;
    const Clock &m_clock;
    InboxFilter m_filter;
    int m_pageSize = 100;
    bool m_atEnd = false;
    int m_changing = 0;
    QList<RowKey> m_rows;
    mutable QCache<qint64, ConversationSummary> m_cache;
    mutable QString m_lastError;
};

} // namespace hd
