#pragma once

#include "core/sync/ChannelState.h"

#include <QHash>
#include <QLabel>

namespace hd {

class SyncEngineThread;

/// The status bar's channel summary: "Channels: 4 up to date", "syncing 2 (45%)" during a long
/// backfill, "1 needs attention" in red when a channel needs re-authorisation or has an error,
/// with each channel's state (and backfill progress) in the tooltip.
/// Clicking it asks to open Settings > Channels.
class ChannelsStatusIndicator final : public QLabel
{
    Q_OBJECT
public:
    explicit ChannelsStatusIndicator(SyncEngineThread &sync, QWidget *parent = nullptr);

    /// Channel names for the tooltip.
    void setChannelNames(const QHash<qint64, QString> &names);

Q_SIGNALS:
    void openChannelsRequested();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    SyncEngineThread &m_sync;
    QHash<qint64, QString> m_names;
};

} // namespace hd
