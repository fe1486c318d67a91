#include "ui/shell/NavigationPane.h"

#include "core/storage/DirectoryRepository.h"
#include "ui/shell/ChannelIcons.h"
#include "ui/shell/DisplayNames.h"
#include "ui/shell/NavigationDelegate.h"

#include <QEvent>
#include <QListView>
#include <QPointer>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace hd {
namespace {
using namespace Qt::StringLiterals;
using Folder = InboxFilter::Folder;
using Nav = NavigationDelegate;

constexpr Folder kFolders[] = {Folder::AllOpen, Folder::Mine, Folder::Unassigned, Folder::Waiting,
                               Folder::Resolved};
constexpr int kHeaderInbox = 1;
constexpr int kHeaderChannels = 2;

QStandardItem *headerItem(int which)
{
    auto *item = new QStandardItem;
    item->setData(true, Nav::IsHeaderRole);
    item->setData(which, Nav::FolderRole);
    item->setFlags(Qt::NoItemFlags);
    return item;
}
} // namespace

NavigationPane::NavigationPane(const ConversationRepository &conversations, const DirectoryRepository &directory,
                               QWidget *parent)
    : QWidget(parent), m_conversations(conversations), m_directory(directory)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1); // keep the thread, and with it its database connection
    setObjectName(u"navigationPane"_s);
    m_model = new QStandardItemModel(this);
    m_view = new QListView(this);
    m_view->setObjectName(u"navigationList"_s);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new NavigationDelegate(m_view));
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMouseTracking(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_view);
    setMinimumWidth(180);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &NavigationPane::onCurrentChanged);
    reloadChannels();
}

void NavigationPane::setAgentId(qint64 agentId)
{
    m_agentId = agentId;
    refreshCounts();
}

void NavigationPane::reloadChannels()
{
    const QSignalBlocker blocker(m_view->selectionModel());
    m_model->clear();
    m_model->appendRow(headerItem(kHeaderInbox));
    for (Folder folder : kFolders) {
        auto *item = new QStandardItem;
        item->setData(int(folder), Nav::FolderRole);
        item->setData(qint64(0), Nav::ChannelIdRole);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_model->appendRow(item);
    }
    auto channels = m_directory.channels();
    if (!channels) {
        Q_EMIT errorOccurred(channels.error().message);
    } else if (!channels->isEmpty()) {
        m_model->appendRow(headerItem(kHeaderChannels));
        for (const Channel &c : channels.value()) {
            auto *item = new QStandardItem(ChannelIcons::icon(c.kind), c.name);
            item->setData(int(Folder::AllOpen), Nav::FolderRole);
            item->setData(c.id, Nav::ChannelIdRole);
            item->setData(ChannelIcons::label(c.kind, c.marketplace), Qt::AccessibleDescriptionRole);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            m_model->appendRow(item);
        }
    }
    retranslate();
    refreshCounts();
    if (QStandardItem *item = itemFor(m_folder, m_channelId))
        m_view->setCurrentIndex(item->index());
}

NavigationPane::~NavigationPane()
{
    m_pool.waitForDone();
}

void NavigationPane::refreshCounts()
{
    if (m_counting) {
        m_countAgain = true;
        return;
    }
    m_counting = true;
    const qint64 agentId = m_agentId;
    const QPointer<NavigationPane> self(this);
    m_pool.start([this, self, agentId] {
        // The worker thread gets its own database connection (Database::connection()).
        auto counts = m_conversations.counts(agentId);
        QMetaObject::invokeMethod(
            this,
            [self, counts = std::move(counts)] {
                if (self)
                    self->applyCounts(counts);
            },
            Qt::QueuedConnection);
    });
}

void NavigationPane::applyCounts(const Result<InboxCounts> &counts)
{
    m_counting = false;
    if (m_countAgain) {
        m_countAgain = false;
        refreshCounts();
    }
    if (!counts) {
        Q_EMIT errorOccurred(counts.error().message);
        return;
    }
    m_counts = counts.value();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStandardItem *item = m_model->item(row);
        if (item->data(Nav::IsHeaderRole).toBool())
            continue;
        const qint64 channelId = item->data(Nav::ChannelIdRole).toLongLong();
        int count = 0;
        int unread = 0;
        if (channelId != 0) {
            count = m_counts.openByChannel.value(channelId);
            unread = m_counts.unreadByChannel.value(channelId);
        } else {
            switch (Folder(item->data(Nav::FolderRole).toInt())) {
            case Folder::AllOpen:
                count = m_counts.allOpen;
                unread = m_counts.unreadOpen;
                break;
            case Folder::Mine:
                count = m_counts.mine;
                break;
            case Folder::Unassigned:
                count = m_counts.unassigned;
                break;
            case Folder::Waiting:
                count = m_counts.waiting;
                break;
            case Folder::Resolved:
            case Folder::All:
                break; // an ever-growing number is noise, not a to-do
            }
        }
        // setData only signals when the value changes, so an idle refresh repaints nothing.
        item->setData(count, Nav::CountRole);
        item->setData(unread, Nav::UnreadRole);
        QStringList tip;
        if (channelId != 0)
            tip << item->data(Qt::AccessibleDescriptionRole).toString();
        if (count > 0)
            tip << (unread > 0 ? tr("%1 conversations, %2 unread").arg(count).arg(unread)
                               : tr("%1 conversations").arg(count));
        item->setToolTip(tip.join(u'\n'));
    }
    Q_EMIT countsChanged();
}

void NavigationPane::select(InboxFilter::Folder folder, qint64 channelId)
{
    if (QStandardItem *item = itemFor(folder, channelId))
        m_view->setCurrentIndex(item->index());
}

QStandardItem *NavigationPane::itemFor(InboxFilter::Folder folder, qint64 channelId) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStandardItem *item = m_model->item(row);
        if (item->data(Nav::IsHeaderRole).toBool())
            continue;
        if (item->data(Nav::ChannelIdRole).toLongLong() == channelId
            && (channelId != 0 || item->data(Nav::FolderRole).toInt() == int(folder)))
            return item;
    }
    return nullptr;
}

void NavigationPane::onCurrentChanged()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || current.data(Nav::IsHeaderRole).toBool())
        return;
    m_folder = Folder(current.data(Nav::FolderRole).toInt());
    m_channelId = current.data(Nav::ChannelIdRole).toLongLong();
    Q_EMIT entrySelected(m_folder, m_channelId);
}

void NavigationPane::retranslate()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStandardItem *item = m_model->item(row);
        if (item->data(Nav::IsHeaderRole).toBool()) {
            item->setText(item->data(Nav::FolderRole).toInt() == kHeaderInbox ? tr("Inbox") : tr("Channels"));
        } else if (item->data(Nav::ChannelIdRole).toLongLong() == 0) {
            item->setText(DisplayNames::folder(Folder(item->data(Nav::FolderRole).toInt())));
        }
    }
}

void NavigationPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace hd
