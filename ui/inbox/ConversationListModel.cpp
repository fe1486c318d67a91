#include "ui/inbox/ConversationListModel.h"

#include "core/storage/ConversationRepository.h"
#include "ui/inbox/RelativeTime.h"
#include "ui/inbox/SlaBadge.h"
#include "ui/shell/ChannelIcons.h"
#include "ui/shell/DisplayNames.h"

#include <QFont>
#include <QSet>

#include <algorithm>
#include <limits>

namespace hd {
using namespace Qt::StringLiterals;

ConversationListModel::ConversationListModel(const ConversationRepository &repository, const Clock &clock,
                                             QObject *parent)
    : QAbstractTableModel(parent), m_repository(repository), m_clock(clock), m_cache(2000)
{
    m_atEnd = true; // nothing to fetch until a filter is set
}

void ConversationListModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
    m_cache.setMaxCost(qMax(m_cache.maxCost(), 2 * m_pageSize));
}

void ConversationListModel::setCacheCapacity(int rows)
{
    // A page must fit, or a page load would evict the row it was loaded for.
    m_cache.setMaxCost(qMax(rows, 2 * m_pageSize));
}

void ConversationListModel::setFilter(const InboxFilter &filter)
{
    if (filter == m_filter && !m_rows.isEmpty())
        return;
    m_filter = filter;
    loadPage(true);
}

void ConversationListModel::reload()
{
    loadPage(true);
}

bool ConversationListModel::isBefore(const RowKey &a, const RowKey &b) const
{
    // Same order as the SQL of ConversationRepository::page() for each sort.
    switch (m_filter.sort) {
    case InboxFilter::Sort::Newest:
        return a.lastMessageAt != b.lastMessageAt ? a.lastMessageAt > b.lastMessageAt : a.id > b.id;
    case InboxFilter::Sort::Oldest:
        return a.lastMessageAt != b.lastMessageAt ? a.lastMessageAt < b.lastMessageAt : a.id < b.id;
    case InboxFilter::Sort::Priority:
        if (a.priorityScore != b.priorityScore)
            return a.priorityScore > b.priorityScore;
        return a.lastMessageAt != b.lastMessageAt ? a.lastMessageAt > b.lastMessageAt : a.id > b.id;
    case InboxFilter::Sort::SlaDue: {
        // No clock (0) sorts after every deadline.
        const qint64 da = a.slaDueAt == 0 ? std::numeric_limits<qint64>::max() : a.slaDueAt;
        const qint64 db = b.slaDueAt == 0 ? std::numeric_limits<qint64>::max() : b.slaDueAt;
        return da != db ? da < db : a.id < b.id;
    }
    }
    return false;
}

bool ConversationListModel::matchesFilter(const ConversationSummary &s) const
{
    const Conversation &c = s.conversation;
    if (m_filter.channelId != 0 && c.channelId != m_filter.channelId)
        return false;
    if (!m_filter.language.isEmpty() && c.language != m_filter.language)
        return false;
    if (!m_filter.tag.isEmpty() && !s.tags.contains(m_filter.tag))
        return false;
    switch (m_filter.folder) {
    case InboxFilter::Folder::AllOpen:
        return c.status == ConversationStatus::Open;
    case InboxFilter::Folder::Mine:
        return c.status != ConversationStatus::Resolved && c.assigneeId == m_filter.agentId;
    case InboxFilter::Folder::Unassigned:
        return c.status == ConversationStatus::Open && c.assigneeId == 0;
    case InboxFilter::Folder::Waiting:
        return c.status == ConversationStatus::Pending;
    case InboxFilter::Folder::Resolved:
        return c.status == ConversationStatus::Resolved;
    case InboxFilter::Folder::All:
        return true;
    }
    return false;
}

int ConversationListModel::insertPosition(const RowKey &key) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), key,
                                     [this](const RowKey &row, const RowKey &k) { return isBefore(row, k); });
    return int(it - m_rows.cbegin());
}

void ConversationListModel::setError(const QString &message) const
{
    m_lastError = message;
    if (!message.isEmpty())
        Q_EMIT const_cast<ConversationListModel *>(this)->errorOccurred(message);
}

void ConversationListModel::loadPage(bool reset)
{
    const ChangeGuard guard(m_changing);
    std::optional<InboxCursor> after;
    if (!reset && !m_rows.isEmpty())
        after = cursorOf(m_rows.constLast());

    auto page = m_repository.page(m_filter, after, m_pageSize);
    if (!page) {
        setError(page.error().message);
        if (reset) {
            beginResetModel();
            m_rows.clear();
            m_cache.clear();
            m_atEnd = true;
            endResetModel();
        } else {
            m_atEnd = true; // do not retry in a loop from the view; refresh() or a filter change retries
        }
        return;
    }
    setError({});
    const QList<ConversationSummary> &rows = page.value();

    if (reset) {
        beginResetModel();
        m_rows.clear();
        m_cache.clear();
    } else if (!rows.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    }
    for (const ConversationSummary &s : rows) {
        m_rows.append(keyOf(s));
        m_cache.insert(s.conversation.id, new ConversationSummary(s));
    }
    m_atEnd = rows.size() < m_pageSize;
    if (reset)
        endResetModel();
    else if (!rows.isEmpty())
        endInsertRows();
}

bool ConversationListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && m_changing == 0;
}

void ConversationListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    loadPage(false);
}

void ConversationListModel::removeRowAt(int row)
{
    const ChangeGuard guard(m_changing);
    beginRemoveRows({}, row, row);
    m_cache.remove(m_rows.at(row).id);
    m_rows.removeAt(row);
    endRemoveRows();
}

void ConversationListModel::apply(const ConversationSummary &s)
{
    const ChangeGuard guard(m_changing);
    const qint64 id = s.conversation.id;
    const int oldRow = rowOf(id);
    if (!matchesFilter(s)) {
        if (oldRow >= 0)
            removeRowAt(oldRow);
        return;
    }

    const RowKey key = keyOf(s);
    if (oldRow < 0) {
        const int pos = insertPosition(key);
        // Past the loaded rows it will arrive with the next page; inserting it now would skip rows.
        if (pos == m_rows.size() && !m_atEnd)
            return;
        beginInsertRows({}, pos, pos);
        m_rows.insert(pos, key);
        m_cache.insert(id, new ConversationSummary(s));
        endInsertRows();
        return;
    }

    m_cache.insert(id, new ConversationSummary(s));
    const RowKey oldKey = m_rows.at(oldRow);
    if (oldKey != key) {
        // Where the row belongs among the others.
        m_rows.removeAt(oldRow);
        const int pos = insertPosition(key);
        const bool pastLoaded = pos == m_rows.size() && !m_atEnd;
        m_rows.insert(oldRow, oldKey); // unchanged until the views are told
        if (pastLoaded) {
            removeRowAt(oldRow); // it comes back with the page it now belongs to
            return;
        }
        if (pos != oldRow) {
            // beginMoveRows counts the destination in the list before the move.
            beginMoveRows({}, oldRow, oldRow, {}, pos > oldRow ? pos + 1 : pos);
            m_rows.removeAt(oldRow);
            m_rows.insert(pos, key);
            endMoveRows();
            Q_EMIT dataChanged(index(pos, 0), index(pos, ColumnCount - 1));
            return;
        }
        m_rows[oldRow] = key;
    }
    Q_EMIT dataChanged(index(oldRow, 0), index(oldRow, ColumnCount - 1));
}

void ConversationListModel::refreshConversation(qint64 conversationId)
{
    auto s = m_repository.summary(conversationId);
    if (!s) {
        if (s.error().code == Error::Code::NotFound) {
            const int row = rowOf(conversationId);
            if (row >= 0)
                removeRowAt(row);
            return;
        }
        setError(s.error().message);
        return;
    }
    apply(s.value());
}

void ConversationListModel::refresh()
{
    auto page = m_repository.page(m_filter, std::nullopt, m_pageSize);
    if (!page) {
        setError(page.error().message);
        return;
    }
    setError({});
    const ChangeGuard guard(m_changing);
    const QList<ConversationSummary> &top = page.value();
    QSet<qint64> ids;
    for (const ConversationSummary &s : top)
        ids.insert(s.conversation.id);

    // Loaded rows inside the range the top page covers but missing from it no longer match.
    const bool wholeRange = top.size() < m_pageSize;
    const RowKey boundary = top.isEmpty() ? RowKey{} : keyOf(top.constLast());
    for (int row = 0; row < m_rows.size();) {
        const RowKey &k = m_rows.at(row);
        if (!wholeRange && isBefore(boundary, k))
            break;
        if (!ids.contains(k.id))
            removeRowAt(row);
        else
            ++row;
    }
    for (const ConversationSummary &s : top) {
        const int row = rowOf(s.conversation.id);
        const ConversationSummary *old = row >= 0 ? m_cache.object(s.conversation.id) : nullptr;
        if (old && old->conversation.version == s.conversation.version
            && old->conversation.updatedAt == s.conversation.updatedAt
            && old->conversation.lastMessageAt == s.conversation.lastMessageAt
            && old->conversation.unreadCount == s.conversation.unreadCount
            && old->conversation.priorityScore == s.conversation.priorityScore
            && old->conversation.slaDueAt == s.conversation.slaDueAt)
            continue;
        apply(s);
    }
    if (wholeRange)
        m_atEnd = true;
}

void ConversationListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

qint64 ConversationListModel::conversationIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int ConversationListModel::rowOf(qint64 conversationId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == conversationId)
            return i;
    return -1;
}

const ConversationSummary *ConversationListModel::cached(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    const qint64 id = m_rows.at(row).id;
    if (const ConversationSummary *s = m_cache.object(id))
        return s;

    // Evicted: re-read a page starting at this row, from the key of the row above.
    std::optional<InboxCursor> after;
    if (row > 0)
        after = cursorOf(m_rows.at(row - 1));
    auto page = m_repository.page(m_filter, after, m_pageSize);
    if (page) {
        for (const ConversationSummary &s : page.value())
            m_cache.insert(s.conversation.id, new ConversationSummary(s));
    }
    if (const ConversationSummary *s = m_cache.object(id))
        return s;
    // The row moved since it was loaded: read it alone.
    auto one = m_repository.summary(id);
    if (!one)
        return nullptr;
    m_cache.insert(id, new ConversationSummary(one.value()));
    return m_cache.object(id);
}

std::optional<ConversationSummary> ConversationListModel::summaryAt(int row) const
{
    const ConversationSummary *s = cached(row);
    if (!s)
        return std::nullopt;
    return *s;
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConversationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == ConversationIdRole)
        return m_rows.at(index.row()).id;
    const ConversationSummary *s = cached(index.row());
    if (!s)
        return {};
    const Conversation &c = s->conversation;
    const QString subjectText = c.subject.trimmed().isEmpty() ? c.snippet : c.subject;

    switch (role) {
    case UnreadCountRole:
        return c.unreadCount;
    case ChannelKindRole:
        return channelKindToString(s->channelKind);
    case ChannelLabelRole:
        return ChannelIcons::label(s->channelKind, s->marketplace);
    case BuyerRole:
        return s->customerName;
    case SubjectRole:
        return subjectText;
    case SnippetRole:
        return c.snippet;
    case LanguageRole:
        return c.language.toUpper();
    case TagsRole:
        return s->tags;
    case PriorityRole:
        return priorityToString(c.priority);
    case PriorityLabelRole:
        return DisplayNames::priority(c.priority);
    case AssigneeRole:
        return s->assigneeName;
    case StatusRole:
        return conversationStatusToString(c.status);
    case LastActivityRole:
        return c.lastMessageAt;
    case LastActivityTextRole:
        return RelativeTime::format(c.lastMessageAt, m_clock.nowMs());
    case SlaDueRole:
        return c.slaDueAt;
    case PriorityScoreRole:
        return c.priorityScore;
    case PriorityReasonRole:
        return c.priorityReason;
    case Qt::FontRole:
        if (index.column() == SlaColumn && SlaBadge::of(c, m_clock.nowMs()).isBold()) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (c.unreadCount > 0) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    default:
        break;
    }

    const int column = index.column();
    if (role == Qt::DecorationRole && column == ChannelColumn)
        return ChannelIcons::icon(s->channelKind);
    if (role == Qt::ForegroundRole && column == PriorityColumn
        && (c.priority == Priority::High || c.priority == Priority::Urgent))
        return DisplayNames::priorityColor(c.priority);
    if (column == SlaColumn && (role == Qt::ForegroundRole || role == Qt::ToolTipRole)) {
        const SlaBadge badge = SlaBadge::of(c, m_clock.nowMs());
        if (role == Qt::ToolTipRole)
            return badge.toolTip;
        return badge.text.isEmpty() ? QVariant() : QVariant(SlaBadge::colour(badge.urgency));
    }
    if (role == Qt::TextAlignmentRole && column == LastActivityColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case ChannelColumn:
            // The card layout shows only this column: the priority and its reasons go here too.
            return QString(ChannelIcons::label(s->channelKind, s->marketplace) % u"\n"_s % s->channelName
                           % u"\n\n"_s % priorityToolTip(c));
        case SubjectColumn:
            return c.snippet;
        case LanguageColumn:
            return DisplayNames::language(c.language);
        case PriorityColumn:
            return priorityToolTip(c);
        case LastActivityColumn:
            return RelativeTime::full(c.lastMessageAt);
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case BuyerColumn:
        return s->customerName;
    case SubjectColumn:
        return subjectText;
    case LanguageColumn:
        return c.language.toUpper();
    case TagsColumn:
        return s->tags.join(u", "_s);
    case PriorityColumn:
        return DisplayNames::priority(c.priority);
    case AssigneeColumn:
        return s->assigneeName;
    case LastActivityColumn:
        return RelativeTime::format(c.lastMessageAt, m_clock.nowMs());
    case SlaColumn:
        return SlaBadge::of(c, m_clock.nowMs()).text;
    default:
        return {};
    }
}

void ConversationListModel::refreshTimes()
{
    if (m_rows.isEmpty())
        return;
    // The view repaints only the rows it shows; no row is re-read.
    Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                       {Qt::DisplayRole, Qt::ForegroundRole, Qt::FontRole, Qt::ToolTipRole, LastActivityTextRole});
}

QVariant ConversationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole && section == ChannelColumn)
        return tr("Channel");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ChannelColumn:
        return QString();
    case BuyerColumn:
        return tr("Buyer");
    case SubjectColumn:
        return tr("Subject");
    case LanguageColumn:
        return tr("Language");
    case TagsColumn:
        return tr("Tags");
    case PriorityColumn:
        return tr("Priority");
    case AssigneeColumn:
        return tr("Assignee");
    case LastActivityColumn:
        return tr("Last activity");
    case SlaColumn:
        return tr("SLA");
    default:
        return {};
    }
}

QString ConversationListModel::priorityToolTip(const Conversation &c)
{
    const QString head = tr("Priority %1 · score %2 of 100").arg(DisplayNames::priority(c.priority)).arg(c.priorityScore);
    if (c.priorityReason.isEmpty())
        return head;
    // The scorer lists its reasons separated by "; ": one per line.
    return head + u"\n"_s + c.priorityReason.split(u"; "_s, Qt::SkipEmptyParts).join(u"\n"_s);
}

} // namespace hd
