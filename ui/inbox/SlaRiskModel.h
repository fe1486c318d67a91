#pragma once

#include "core/common/Clock.h"
#include "core/workflow/triage/TriageRecords.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace hd {

/// The "SLA at risk" list: open SLA targets whose deadline falls within the next hours (and overdue ones),
/// earliest deadline first, with a live countdown coloured by urgency. setRecords() merges a new answer
/// row by row (insert, move, update, remove), so a refresh never resets the view.
class SlaRiskModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        CountdownColumn,
        DeadlineColumn,
        ChannelColumn,
        BuyerColumn,
        SubjectColumn,
        ClockColumn,
        ColumnCount
    };
    enum Role {
        ConversationIdRole = Qt::UserRole + 1,
        ClockIdRole,
        MsLeftRole,  ///< qint64, negative = overdue
        UrgencyRole, ///< SlaDisplay::urgencyToString
    };

    explicit SlaRiskModel(const Clock &clock, QObject *parent = nullptr);

    /// Replaces the list, in the given order (most urgent first), incrementally.
    void setRecords(const QList<SlaClockRecord> &records);
    const QList<SlaClockRecord> &records() const { return m_rows; }
    /// Agents' names for the tooltip ("assigned to Maria").
    void setAgentNames(const QHash<qint64, QString> &names) { m_agentNames = names; }
    /// Re-emits the countdowns and colours as the clock moves on.
    void refreshTimes();
    int overdueCount() const;

    /// "First response · Amazon 24 h".
    static QString clockText(const SlaClockRecord &record);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int rowOfClock(qint64 clockId, int from) const;

    const Clock &m_clock;
    QList<SlaClockRecord> m_rows;
    QHash<qint64, QString> m_agentNames;
};

} // namespace hd
