#include "ui/inbox/SearchResultsModel.h"

#include "ui/inbox/ConversationListModel.h"
#include "ui/inbox/RelativeTime.h"
#include "ui/shell/ChannelIcons.h"

#include <QPointer>

namespace hd {
using namespace Qt::StringLiterals;

SearchResultsModel::SearchResultsModel(const SearchRepository &repository, const Clock &clock, QObject *parent)
    : QAbstractListModel(parent), m_repository(repository), m_clock(clock)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1); // keep the thread, and with it its database connection
}

SearchResultsModel::~SearchResultsModel()
{
    m_pool.clear();
    m_pool.waitForDone();
}

void SearchResultsModel::search(const QString &query, SearchRepository::Order order)
{
    m_query = query;
    m_order = order;
    const quint64 generation = ++m_generation;
    ++m_pending;
    const QPointer<SearchResultsModel> self(this);
    m_pool.start([this, self, generation, query, order] {
        // A newer query was started meanwhile: skip this one, nobody will see it.
        Result<QList<SearchHit>> hits = generation == m_generation.load()
            ? m_repository.search(query, order, kLimit)
            : Result<QList<SearchHit>>(QList<SearchHit>{});
        QMetaObject::invokeMethod(
            this,
            [self, generation, hits = std::move(hits)] {
                if (self)
                    self->apply(generation, hits);
            },
            Qt::QueuedConnection);
    });
}

void SearchResultsModel::apply(quint64 generation, const Result<QList<SearchHit>> &hits)
{
    --m_pending;
    if (generation != m_generation.load())
        return;
    // A new query replaces every row: this is the one place a reset is the honest signal.
    beginResetModel();
    if (hits) {
        m_hits = hits.value();
        m_lastError.clear();
    } else {
        m_hits.clear();
        m_lastError = hits.error().message;
    }
    endResetModel();
    Q_EMIT finished(m_lastError.isEmpty());
}

void SearchResultsModel::clear()
{
    ++m_generation; // drops whatever is still running
    beginResetModel();
    m_query.clear();
    m_hits.clear();
    m_lastError.clear();
    endResetModel();
}

qint64 SearchResultsModel::conversationIdAt(int row) const
{
    return row >= 0 && row < m_hits.size() ? m_hits.at(row).conversationId : 0;
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    using R = ConversationListModel::Role;
    switch (role) {
    case Qt::DisplayRole:
        return QString(hit.customerName % u" — "_s % (hit.subject.isEmpty() ? hit.snippet : hit.subject));
    case Qt::DecorationRole:
        return ChannelIcons::icon(hit.channelKind);
    case Qt::ToolTipRole:
        return hit.snippet;
    case R::ConversationIdRole:
        return hit.conversationId;
    case R::ChannelKindRole:
        return channelKindToString(hit.channelKind);
    case R::ChannelLabelRole:
        return hit.channelName;
    case R::BuyerRole:
        return hit.customerName;
    case R::SubjectRole:
        return hit.subject.isEmpty() ? hit.snippet : hit.subject;
    case R::SnippetRole:
        return hit.snippet;
    case R::LastActivityRole:
        return hit.sentAt;
    case R::LastActivityTextRole:
        return RelativeTime::format(hit.sentAt, m_clock.nowMs());
    default:
        return {};
    }
}

} // namespace hd
