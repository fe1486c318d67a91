#pragma once

#include "core/common/Clock.h"
#include "core/storage/SearchRepository.h"

#include <QAbstractListModel>
#include <QThreadPool>

#include <atomic>

namespace hd {

/// Full-text search hits for the list pane. Answers the same roles as ConversationListModel
/// (ConversationIdRole, BuyerRole, SubjectRole, ...) so ConversationDelegate draws both.
/// Queries run on a worker thread (a relevance-ranked search can take a few hundred ms on a big
/// workspace); the newest query wins and older ones that have not started are skipped.
class SearchResultsModel final : public QAbstractListModel {
    Q_OBJECT
public:
    SearchResultsModel(const SearchRepository &repository, const Clock &clock, QObject *parent = nullptr);
    ~SearchResultsModel() override;

    /// Starts the query (newest first or by relevance); finished() tells when its hits are in.
    void search(const QString &query, SearchRepository::Order order);
    void clear();
    bool isBusy() const { return m_pending > 0; }
    QString query() const { return m_query; }
    SearchRepository::Order order() const { return m_order; }
    QString lastError() const { return m_lastError; }
    qint64 conversationIdAt(int row) const;
    /// Results shown at most per query.
    static constexpr int kLimit = 50;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// The current query's hits replaced the rows; `ok` is false when it failed (see lastError()).
    void finished(bool ok);

private:
    void apply(quint64 generation, const Result<QList<SearchHit>> &hits);

    const SearchRepository &m_repository;
    const Clock &m_clock;
    QString m_query;
    SearchRepository::Order m_order = SearchRepository::Order::Newest;
    QList<SearchHit> m_hits;
    QString m_lastError;
    int m_pending = 0;
    std::atomic<quint64> m_generation{0};
    QThreadPool m_pool; ///< one thread, waited for on destruction
};

} // namespace hd
