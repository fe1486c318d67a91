#include "ui/analytics/AgentTableModel.h"

#include "core/analytics/MetricDefinitions.h"

#include <QLocale>

namespace hd {
using namespace Qt::StringLiterals;

AgentTableModel::AgentTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AgentTableModel::setAgents(const QList<Dashboard::AgentRow> &agents)
{
    beginResetModel();
    m_rows = agents;
    endResetModel();
}

qint64 AgentTableModel::agentId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).agentId : 0;
}

int AgentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AgentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto &a = m_rows.at(index.row());
    if (role == AgentIdRole)
        return a.agentId;
    if (role == Qt::TextAlignmentRole && index.column() != Name)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    const bool sort = role == SortRole;
    if (role != Qt::DisplayRole && !sort)
        return {};
    const auto pct = [](std::optional<double> v) -> QVariant {
        return v ? QVariant(QLocale().toString(*v * 100.0, 'f', 1) + u" %"_s) : QVariant(u"—"_s);
    };
    switch (index.column()) {
    case Name: return a.name.isEmpty() ? tr("Unassigned / automated") : a.name;
    case Conversations: return a.conversations;
    case Responses: return a.responses;
    case FirstResponse:
        return sort ? QVariant(a.firstResponse.medianMs.value_or(-1))
                    : QVariant(MetricDefinitions::formatDuration(a.firstResponse.medianMs));
    case Resolutions: return a.resolutions;
    case Csat: return sort ? QVariant(a.csatScore().value_or(-1)) : pct(a.csatScore());
    case HandleTime:
        return sort ? QVariant(a.handleTimeMs().value_or(-1))
                    : QVariant(MetricDefinitions::formatDuration(a.handleTimeMs()));
    default: return {};
    }
}

QVariant AgentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Conversations: return tr("Conversations the agent replied to in the period.");
        case Responses: return tr("Human replies to a waiting buyer in the period.");
        case FirstResponse: return MetricDefinitions::of(u"frt_median"_s).definition;
        case Resolutions: return tr("Resolves by the agent (or of their conversations) in the period.");
        case Csat: return MetricDefinitions::of(u"csat_score"_s).definition;
        case HandleTime: return MetricDefinitions::of(u"handle_time_mean"_s).definition;
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Agent");
    case Conversations: return tr("Conversations");
    case Responses: return tr("Replies");
    case FirstResponse: return tr("First response (median)");
    case Resolutions: return tr("Resolutions");
    case Csat: return tr("CSAT");
    case HandleTime: return tr("Handle time");
    default: return {};
    }
}

} // namespace hd
