#include "ui/inbox/SlaRiskModel.h"

#include "core/workflow/sla/SlaDisplay.h"
#include "ui/inbox/SlaBadge.h"
#include "ui/shell/ChannelIcons.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace hd {
using namespace Qt::StringLiterals;

namespace {
SlaDisplay::Urgency urgencyOf(const SlaClockRecord &r, qint64 nowMs)
{
    return SlaDisplay::urgency(r.msLeft(nowMs), r.targetMs > 0 ? r.targetMs : 24 * 3'600'000LL);
}

bool sameRow(const SlaClockRecord &a, const SlaClockRecord &b)
{
    return a.dueAt == b.dueAt && a.state == b.state && a.subject == b.subject && a.customerName == b.customerName
        && a.assigneeId == b.assigneeId && a.warned == b.warned && a.breached == b.breached;
}
} // namespace

SlaRiskModel::SlaRiskModel(const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{
}

int SlaRiskModel::rowOfClock(qint64 clockId, int from) const
{
    for (int i = from; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == clockId)
            return i;
    return -1;
}

void SlaRiskModel::setRecords(const QList<SlaClockRecord> &records)
{
    for (int i = 0; i < records.size(); ++i) {
        const SlaClockRecord &r = records.at(i);
        const int j = rowOfClock(r.id, i);
        if (j == i) {
            if (!sameRow(m_rows.at(i), r)) {
                m_rows[i] = r;
                Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
            }
        } else if (j > i) {
            beginMoveRows({}, j, j, {}, i);
            m_rows.move(j, i);
            endMoveRows();
            m_rows[i] = r;
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
        } else {
            beginInsertRows({}, i, i);
            m_rows.insert(i, r);
            endInsertRows();
        }
    }
    if (m_rows.size() > records.size()) {
        beginRemoveRows({}, int(records.size()), int(m_rows.size()) - 1);
        m_rows.resize(records.size());
        endRemoveRows();
    }
}

void SlaRiskModel::refreshTimes()
{
    if (m_rows.isEmpty())
        return;
    Q_EMIT dataChanged(
        index(0, CountdownColumn),
        index(int(m_rows.size()) - 1, ColumnCount - 1),
        {Qt::DisplayRole, Qt::ForegroundRole, Qt::BackgroundRole, Qt::FontRole, MsLeftRole, UrgencyRole});
}

int SlaRiskModel::overdueCount() const
{
    const qint64 now = m_clock.nowMs();
    int n = 0;
    for (const SlaClockRecord &r : m_rows)
        n += r.msLeft(now) < 0 ? 1 : 0;
    return n;
}

QString SlaRiskModel::clockText(const SlaClockRecord &r)
{
    QString target;
    switch (r.target) {
    case SlaTarget::FirstResponse: target = tr("First response"); break;
    case SlaTarget::NextResponse: target = tr("Next response"); break;
    case SlaTarget::Resolution: target = tr("Resolution"); break;
    }
    const QString policy = r.policyName.isEmpty() ? r.policy : r.policyName;
    return policy.isEmpty() ? target : u"%1 · %2"_s.arg(target, policy);
}

int SlaRiskModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SlaRiskModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SlaRiskModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SlaClockRecord &r = m_rows.at(index.row());
    const qint64 now = m_clock.nowMs();
    const qint64 left = r.msLeft(now);
    const SlaDisplay::Urgency urgency = urgencyOf(r, now);
    switch (role) {
    case ConversationIdRole: return r.conversationId;
    case ClockIdRole: return r.id;
    case MsLeftRole: return left;
    case UrgencyRole: return SlaDisplay::urgencyToString(urgency);
    case Qt::ForegroundRole:
        if (index.column() == CountdownColumn)
            return SlaBadge::colour(urgency);
        return {};
    case Qt::BackgroundRole:
        if (urgency == SlaDisplay::Urgency::Overdue || urgency == SlaDisplay::Urgency::Critical)
            return QColor(0xfd, 0xec, 0xec);
        if (urgency == SlaDisplay::Urgency::Warning)
            return QColor(0xfe, 0xf5, 0xe7);
        return {};
    case Qt::FontRole:
        if (index.column() == CountdownColumn) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == ChannelColumn)
            return ChannelIcons::icon(r.channelKind);
        return {};
    case Qt::ToolTipRole: {
        const QString due =
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.dueAt).toLocalTime(), QLocale::LongFormat);
        QString tip = left < 0 ? tr("Was due %1").arg(due) : tr("Due %1").arg(due);
        if (r.business)
            tip += u'\n' + tr("Counted in business hours.");
        if (r.assigneeId != 0)
            tip += u'\n' + tr("Assigned to %1").arg(m_agentNames.value(r.assigneeId, u"#%1"_s.arg(r.assigneeId)));
        else
            tip += u'\n' + tr("Unassigned");
        return tip;
    }
    case Qt::DisplayRole:
        switch (index.column()) {
        case CountdownColumn: return SlaDisplay::countdownText(left);
        case DeadlineColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.dueAt).toLocalTime(), QLocale::ShortFormat);
        case ChannelColumn: return ChannelIcons::label(r.channelKind, QString());
        case BuyerColumn: return r.customerName;
        case SubjectColumn: return r.subject;
        case ClockColumn: return clockText(r);
        default: return {};
        }
    default: return {};
    }
}

QVariant SlaRiskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CountdownColumn: return tr("Time left");
    case DeadlineColumn: return tr("Deadline");
    case ChannelColumn: return tr("Channel");
    case BuyerColumn: return tr("Buyer");
    case SubjectColumn: return tr("Subject");
    case ClockColumn: return tr("Clock");
    default: return {};
    }
}

} // namespace hd
