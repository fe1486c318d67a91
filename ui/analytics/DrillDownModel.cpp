#include "ui/analytics/DrillDownModel.h"

#include <QDateTime>
#include <QLocale>

namespace hd {
using namespace Qt::StringLiterals;

DrillDownModel::DrillDownModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DrillDownModel::setRows(const QList<AnalyticsRepository::DrillRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

qint64 DrillDownModel::conversationId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int DrillDownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DrillDownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DrillDownModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto &r = m_rows.at(index.row());
    if (role == ConversationIdRole)
        return r.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Subject: return r.subject.isEmpty() ? tr("(no subject)") : r.subject;
    case Channel: return r.channel;
    case Buyer: return r.buyer;
    case Status:
        return r.status == "resolved"_L1 ? tr("Resolved")
            : r.status == "pending"_L1   ? tr("Waiting on buyer")
                                         : tr("Open");
    case Assignee: return r.assignee.isEmpty() ? tr("Unassigned") : r.assignee;
    case Created: return QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.createdAt), QLocale::ShortFormat);
    default: return {};
    }
}

QVariant DrillDownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Subject: return tr("Subject");
    case Channel: return tr("Account");
    case Buyer: return tr("Buyer");
    case Status: return tr("Status");
    case Assignee: return tr("Assignee");
    case Created: return tr("Created");
    default: return {};
    }
}

} // namespace hd
