#pragma once

#include "core/common/Clock.h"
#include "core/storage/SearchRepository.h"

#include <QAbstractListModel>

namespace hd {

/// Full-text search hits for the list pane. Answers the same roles as ConversationListModel
/// (ConversationIdRole, BuyerRole, SubjectRole, ...) so ConversationDelegate draws both.
class SearchResultsModel final : public QAbstractListModel {
    Q_OBJECT
public:
    SearchResultsModel(const SearchRepository &repository, const Clock &clock, QObject *parent = nullptr);

    /// Runs the query (newest first or by relevance) and replaces the hits. Returns false on error.
    bool search(const QString &query, SearchRepository::Order order);
    void clear();
    QString query() const { return m_query; }
    SearchRepository::Order order() const { return m_order; }
    QString lastError() const { return m_lastError; }
    qint64 conversationIdAt(int row) const;
    /// Results shown at most per query.
    static constexpr int kLimit = 50;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    const SearchRepository &m_repository;
    const Clock &m_clock;
    QString m_query;
    SearchRepository::Order m_order = SearchRepository::Order::Newest;
    QList<SearchHit> m_hits;
    QString m_lastError;
};

} // namespace hd
