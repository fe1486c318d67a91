#include "ui/settings/ChannelsPage.h"

#include "core/Workspace.h"
#include "core/security/FallbackSecretStore.h"
#include "core/sync/BuiltinConnectors.h"
#include "core/sync/ChannelSetup.h"
#include "core/sync/ChannelStateRepository.h"
#include "core/sync/ConnectorFactory.h"
#include "core/sync/SyncEngineThread.h"
#include "ui/settings/AddChannelDialog.h"
#include "ui/settings/ChannelProgressDelegate.h"
#include "ui/settings/KeychainFallbackPrompt.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hd {
using namespace Qt::StringLiterals;

namespace {
enum Column {
    NameColumn,
    TypeColumn,
    StateColumn,
    LastSyncColumn,
    NextColumn,
    ProgressColumn,
    DetailColumn,
    ColumnCount
};
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kStateRole = Qt::UserRole + 2;

QString when(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) : u"–"_s;
}
} // namespace

ChannelsPage::ChannelsPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_factory(std::make_unique<ConnectorFactory>(workspace.secrets(), workspace.clock()))
{
    setObjectName(u"channelsPage"_s);
    registerBuiltinConnectors(*m_factory);
    m_setup = std::make_unique<ChannelSetup>(workspace.database(), *m_factory, workspace.secrets());

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Messages from each channel arrive here on its own schedule. Credentials are kept "
                                "in the system keychain."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    // Said plainly while it is so: this workspace's credentials are in an unencrypted file.
    m_plaintextWarning = new QLabel(this);
    m_plaintextWarning->setObjectName(u"plaintextSecretsWarning"_s);
    m_plaintextWarning->setWordWrap(true);
    m_plaintextWarning->setStyleSheet(u"color: #b26a00;"_s);
    layout->addWidget(m_plaintextWarning);

    m_table = new QTreeWidget(this);
    m_table->setObjectName(u"channelsTable"_s);
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setColumnCount(ColumnCount);
    m_table->setHeaderLabels(
        {tr("Channel"), tr("Type"), tr("State"), tr("Last sync"), tr("Next attempt"), tr("Progress"), tr("Details")});
    m_table->header()->setStretchLastSection(true);
    m_table->setItemDelegateForColumn(ProgressColumn, new ChannelProgressDelegate(m_table));
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("Add channel…"), this);
    m_add->setObjectName(u"addChannelButton"_s);
    m_syncNow = new QPushButton(tr("Sync now"), this);
    m_syncNow->setObjectName(u"syncNowButton"_s);
    m_reauth = new QPushButton(tr("Re-authorise…"), this);
    m_reauth->setObjectName(u"reauthoriseButton"_s);
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    buttons->addWidget(m_syncNow);
    buttons->addWidget(m_reauth);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &ChannelsPage::addChannel);
    connect(m_reauth, &QPushButton::clicked, this, &ChannelsPage::reauthorise);
    connect(m_syncNow, &QPushButton::clicked, this, [this]() {
        if (const qint64 id = selectedChannel())
            m_workspace.sync().syncNow(id);
    });
    connect(m_table, &QTreeWidget::currentItemChanged, this, &ChannelsPage::updateButtons);
    connect(&m_workspace.sync(), &SyncEngineThread::channelStateChanged, this, &ChannelsPage::applyState);
    m_tick = new QTimer(this);
    connect(m_tick, &QTimer::timeout, this, &ChannelsPage::updateButtons);
    m_tick->start(1'000);
    reload();
}

ChannelsPage::~ChannelsPage() = default;

QTreeWidgetItem *ChannelsPage::itemFor(qint64 channelId) const
{
    for (int i = 0; i < m_table->topLevelItemCount(); ++i)
        if (m_table->topLevelItem(i)->data(NameColumn, kIdRole).toLongLong() == channelId)
            return m_table->topLevelItem(i);
    return nullptr;
}

qint64 ChannelsPage::selectedChannel() const
{
    const QTreeWidgetItem *item = m_table->currentItem();
    return item ? item->data(NameColumn, kIdRole).toLongLong() : 0;
}

void ChannelsPage::reload()
{
    const qint64 selected = selectedChannel();
    m_table->clear();
    auto channels = m_workspace.directory().channels();
    if (!channels)
        return;
    // Live states from the engine when it runs, else what the last run stored.
    QHash<qint64, ChannelState> states;
    if (auto stored = ChannelStateRepository(m_workspace.database()).all())
        states = stored.value();
    const auto live = m_workspace.sync().states();
    for (auto it = live.cbegin(); it != live.cend(); ++it)
        states.insert(it.key(), it.value());
    for (const Channel &c : std::as_const(channels.value())) {
        auto *item = new QTreeWidgetItem(m_table);
        item->setText(NameColumn, c.marketplace.isEmpty() ? c.name : u"%1 (%2)"_s.arg(c.name, c.marketplace));
        item->setText(TypeColumn, channelKindDisplayName(c.kind));
        item->setData(NameColumn, kIdRole, c.id);
        ChannelState s = states.value(c.id);
        s.channelId = c.id;
        if (!c.enabled)
            s.detail = tr("Disabled");
        applyState(s);
        if (c.id == selected)
            m_table->setCurrentItem(item);
    }
    for (int col = 0; col < DetailColumn; ++col)
        m_table->resizeColumnToContents(col);
    m_table->setColumnWidth(ProgressColumn, qMax(m_table->columnWidth(ProgressColumn), 140));
    updatePlaintextWarning();
    updateButtons();
}

void ChannelsPage::updatePlaintextWarning()
{
    const auto *fallback = dynamic_cast<const FallbackSecretStore *>(m_workspace.secrets());
    const bool plaintext = m_workspace.secrets() && m_workspace.secrets()->isInsecure();
    m_plaintextWarning->setVisible(plaintext);
    if (plaintext)
        m_plaintextWarning->setText(
            tr("No keychain: this workspace's credentials are stored unencrypted in %1, as you chose.")
                .arg(fallback ? fallback->plaintextPath() : m_workspace.secrets()->backendName()));
}

void ChannelsPage::applyState(const ChannelState &s)
{
    QTreeWidgetItem *item = itemFor(s.channelId);
    if (!item)
        return;
    const qint64 now = m_workspace.clock().nowMs();
    item->setData(NameColumn, kStateRole, channelSyncStateToString(s.state));
    item->setText(StateColumn, describeChannelState(s, now));
    item->setText(LastSyncColumn, when(s.lastSuccessAt));
    item->setText(NextColumn,
                  s.state == ChannelSyncState::NeedsReauth ? tr("after re-authorisation") : when(s.nextAttemptAt));
    // A bar while a long backfill runs (ChannelProgressDelegate); the figures stay as text.
    const bool showProgress = s.progressTotal > 0 && s.state == ChannelSyncState::Syncing;
    item->setText(ProgressColumn,
                  s.progressTotal > 0 ? u"%1 / %2"_s.arg(s.progressDone).arg(s.progressTotal) : QString());
    item->setData(ProgressColumn,
                  ChannelProgressDelegate::FractionRole,
                  showProgress
                      ? QVariant(double(qBound<qint64>(0, s.progressDone, s.progressTotal)) / double(s.progressTotal))
                      : QVariant());
    item->setText(DetailColumn, s.detail);
    item->setToolTip(DetailColumn, s.detail);
    const bool bad = s.state == ChannelSyncState::NeedsReauth || s.state == ChannelSyncState::Error;
    item->setForeground(StateColumn,
                        bad                                           ? QBrush(QColor(0xc6, 0x28, 0x28))
                            : s.state == ChannelSyncState::BackingOff ? QBrush(QColor(0xb2, 0x6a, 0x00))
                                                                      : QBrush());
    updateButtons();
}

void ChannelsPage::updateButtons()
{
    const QTreeWidgetItem *item = m_table->currentItem();
    const QString state = item ? item->data(NameColumn, kStateRole).toString() : QString();
    m_syncNow->setEnabled(item && state != "needs_reauth"_L1 && state != "syncing"_L1);
    m_reauth->setEnabled(item != nullptr);
}

void ChannelsPage::addChannel()
{
    if (!KeychainFallbackPrompt::ensureCredentialStore(this, m_workspace.secrets()))
        return;
    updatePlaintextWarning();
    AddChannelDialog dialog(*m_setup, m_workspace.clock(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_workspace.sync().reloadChannels();
    reload();
}

void ChannelsPage::reauthorise()
{
    const qint64 id = selectedChannel();
    auto channel = m_setup->channel(id);
    if (!channel)
        return;
    if (!KeychainFallbackPrompt::ensureCredentialStore(this, m_workspace.secrets()))
        return;
    updatePlaintextWarning();
    AddChannelDialog dialog(*m_setup, m_workspace.clock(), channel.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_workspace.sync().reauthorised(id);
    reload();
}

} // namespace hd
