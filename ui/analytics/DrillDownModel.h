#pragma once

#include "core/analytics/AnalyticsRepository.h"

#include <QAbstractTableModel>

namespace hd {

/// The conversations behind a figure or chart element (a bounded list: DashboardService loads at
/// most a few hundred rows).
class DrillDownModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Subject, Channel, Buyer, Status, Assignee, Created, ColumnCount };
    enum Role { ConversationIdRole = Qt::UserRole + 1 };

    explicit DrillDownModel(QObject *parent = nullptr);
    void setRows(const QList<AnalyticsRepository::DrillRow> &rows);
    qint64 conversationId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AnalyticsRepository::DrillRow> m_rows;
};

} // namespace hd
