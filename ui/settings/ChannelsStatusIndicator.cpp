#include "ui/settings/ChannelsStatusIndicator.h"

#include "core/sync/SyncEngineThread.h"

#include <QDateTime>
#include <QEvent>
#include <QMouseEvent>

namespace hd {
using namespace Qt::StringLiterals;

ChannelsStatusIndicator::ChannelsStatusIndicator(SyncEngineThread &sync, QWidget *parent)
    : QLabel(parent)
    , m_sync(sync)
{
    setObjectName(u"channelStatusIndicator"_s);
    setCursor(Qt::PointingHandCursor);
    connect(&m_sync, &SyncEngineThread::channelStateChanged, this, &ChannelsStatusIndicator::refresh);
    refresh();
}

void ChannelsStatusIndicator::setChannelNames(const QHash<qint64, QString> &names)
{
    m_names = names;
    refresh();
}

void ChannelsStatusIndicator::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        Q_EMIT openChannelsRequested();
    QLabel::mousePressEvent(event);
}

void ChannelsStatusIndicator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh(); // the text is built in the current language
    QLabel::changeEvent(event);
}

void ChannelsStatusIndicator::refresh()
{
    const auto states = m_sync.states();
    int attention = 0, syncing = 0, fine = 0, waiting = 0;
    qint64 backfillDone = 0, backfillTotal = 0; // over the channels syncing with a known total
    QStringList lines;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        const ChannelState &s = it.value();
        switch (s.state) {
        case ChannelSyncState::NeedsReauth:
        case ChannelSyncState::Error: ++attention; break;
        case ChannelSyncState::Syncing:
            ++syncing;
            if (s.progressTotal > 0) {
                backfillDone += qBound<qint64>(0, s.progressDone, s.progressTotal);
                backfillTotal += s.progressTotal;
            }
            break;
        case ChannelSyncState::BackingOff: ++waiting; break;
        case ChannelSyncState::UpToDate:
        case ChannelSyncState::Idle: ++fine; break;
        }
        lines << u"%1: %2"_s.arg(m_names.value(s.channelId, tr("Channel %1").arg(s.channelId)),
                                 describeChannelState(s, now));
    }
    QString text;
    if (states.isEmpty())
        text = tr("Channels: not syncing");
    else if (attention > 0)
        text = tr("Channels: %n need(s) attention", nullptr, attention);
    else if (syncing > 0 && backfillTotal > 0)
        text = tr("Channels: syncing %n (%1%)", nullptr, syncing).arg(backfillDone * 100 / backfillTotal);
    else if (syncing > 0)
        text = tr("Channels: syncing %n", nullptr, syncing);
    else if (waiting > 0)
        text = tr("Channels: %n backing off", nullptr, waiting);
    else
        text = tr("Channels: %n up to date", nullptr, fine);
    setText(text);
    setStyleSheet(attention > 0 ? u"color: #c62828;"_s : QString());
    lines.sort();
    setToolTip(lines.join(u'\n'));
}

} // namespace hd
