#pragma once

#include "core/sync/ChannelState.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace hd {

class ChannelSetup;
class ConnectorFactory;
class Workspace;

/// Settings > Channels: each channel's sync state (syncing with progress, up to date, backing off
/// until…, needs re-authorisation, error with the reason), last sync and next attempt, a progress
/// bar while a long backfill runs, with "Add channel…", "Sync now" and "Re-authorise…". Live:
/// follows the workspace's sync engine. With no keychain it asks before storing credentials
/// (KeychainFallbackPrompt) and says so while they are in the unencrypted file.
class ChannelsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit ChannelsPage(Workspace &workspace, QWidget *parent = nullptr);
    ~ChannelsPage() override;

    /// Re-reads the channels and their stored states.
    void reload();

private:
    void applyState(const ChannelState &state);
    void updateButtons();
    void updatePlaintextWarning();
    qint64 selectedChannel() const;
    void addChannel();
    void reauthorise();
    QTreeWidgetItem *itemFor(qint64 channelId) const;

    Workspace &m_workspace;
    std::unique_ptr<ConnectorFactory> m_factory;
    std::unique_ptr<ChannelSetup> m_setup;
    QLabel *m_plaintextWarning = nullptr;
    QTreeWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_syncNow = nullptr;
    QPushButton *m_reauth = nullptr;
    QTimer *m_tick = nullptr; ///< keeps "next attempt" fresh
};

} // namespace hd
