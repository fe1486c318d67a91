#pragma once

#include "core/analytics/Dashboard.h"

#include <QAbstractTableModel>

namespace hd {

/// Per-agent figures of a dashboard: conversations and replies, median first response,
/// resolutions, CSAT and handle time (focused time per conversation).
class AgentTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Conversations, Responses, FirstResponse, Resolutions, Csat, HandleTime, ColumnCount };
    enum Role { AgentIdRole = Qt::UserRole + 1, SortRole };

    explicit AgentTableModel(QObject *parent = nullptr);
    void setAgents(const QList<Dashboard::AgentRow> &agents);
    qint64 agentId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Dashboard::AgentRow> m_rows;
};

} // namespace hd
