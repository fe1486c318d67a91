#include "ui/inbox/InboxView.h"

#include "core/Workspace.h"
#include "ui/inbox/ConversationDelegate.h"
#include "ui/inbox/ConversationListModel.h"
#include "ui/inbox/SearchResultsModel.h"
#include "ui/shell/ChannelIcons.h"
#include "ui/shell/DisplayNames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace hd {
namespace {
using namespace Qt::StringLiterals;
using Model = ConversationListModel;

/// Languages offered by the filter: the ones cross-border buyers write in most.
const QStringList kFilterLanguages{u"en"_s, u"de"_s, u"fr"_s, u"es"_s, u"it"_s, u"nl"_s, u"pl"_s, u"pt"_s,
                                   u"sv"_s, u"ja"_s, u"zh"_s, u"ko"_s, u"ar"_s, u"tr"_s};

QComboBox *filterCombo(const QString &objectName, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(8);
    return combo;
}
} // namespace

InboxView::InboxView(Workspace &workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
    setObjectName(u"inboxView"_s);
    // The most urgent conversation on top by default (priority score from SLA, intent, sentiment, value).
    m_filter.sort = InboxFilter::Sort::Priority;
    m_model = new ConversationListModel(workspace.conversations(), workspace.clock(), this);
    m_searchModel = new SearchResultsModel(workspace.search(), workspace.clock(), this);
    connect(m_model, &ConversationListModel::errorOccurred, this, &InboxView::errorOccurred);
    // SLA countdowns and "5m ago" move on by themselves: repaint them every 30 s.
    auto *clockTick = new QTimer(this);
    clockTick->setObjectName(u"inboxClockTick"_s);
    clockTick->setInterval(30'000);
    connect(clockTick, &QTimer::timeout, m_model, &ConversationListModel::refreshTimes);
    clockTick->start();

    // Title and filter bar.
    m_title = new QLabel(this);
    m_title->setObjectName(u"inboxTitle"_s);
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(u"inboxSubtitle"_s);
    m_filterBar = new QWidget(this);
    m_filterBar->setObjectName(u"inboxFilterBar"_s);
    m_channelCombo = filterCombo(u"channelFilterCombo"_s, m_filterBar);
    m_languageCombo = filterCombo(u"languageFilterCombo"_s, m_filterBar);
    m_tagCombo = filterCombo(u"tagFilterCombo"_s, m_filterBar);
    m_sortCombo = filterCombo(u"sortCombo"_s, this);
    m_sortCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(8);
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_subtitle, 0, Qt::AlignBottom);
    titleRow->addStretch();
    titleRow->addWidget(m_sortCombo);
    auto *filterRow = new QHBoxLayout(m_filterBar);
    filterRow->setContentsMargins(0, 0, 0, 0);
    filterRow->setSpacing(6);
    for (QComboBox *combo : {m_channelCombo, m_languageCombo, m_tagCombo})
        filterRow->addWidget(combo, 1);

    auto *top = new QWidget(this);
    top->setObjectName(u"inboxHeader"_s);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(14, 12, 14, 10);
    topLayout->setSpacing(8);
    topLayout->addLayout(titleRow);
    topLayout->addWidget(m_filterBar);

    // The list.
    m_delegate = new ConversationDelegate(this);
    m_list = new QTreeView(this);
    m_list->setObjectName(u"conversationList"_s);
    m_list->setModel(m_model);
    m_list->setItemDelegate(m_delegate);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setMouseTracking(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionsMovable(true);
    m_list->installEventFilter(this);
    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(u"inboxEmptyLabel"_s);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    auto *listPage = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_list);
    listLayout->addWidget(m_emptyLabel);

    // Search results.
    m_searchTitle = new QLabel(this);
    m_searchTitle->setObjectName(u"searchTitle"_s);
    m_searchTitle->setWordWrap(true);
    m_searchTitle->setTextFormat(Qt::PlainText);
    m_relevanceToggle = new QCheckBox(this);
    m_relevanceToggle->setObjectName(u"searchRelevanceToggle"_s);
    m_closeSearch = new QToolButton(this);
    m_closeSearch->setObjectName(u"closeSearchButton"_s);
    m_closeSearch->setAutoRaise(true);
    m_results = new QListView(this);
    m_results->setObjectName(u"searchResultsList"_s);
    m_results->setModel(m_searchModel);
    m_results->setItemDelegate(m_delegate);
    m_results->setUniformItemSizes(true);
    m_results->setMouseTracking(true);
    m_results->setFrameShape(QFrame::NoFrame);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->installEventFilter(this);
    auto *searchHeader = new QHBoxLayout;
    searchHeader->setContentsMargins(14, 8, 8, 8);
    searchHeader->addWidget(m_searchTitle, 1);
    searchHeader->addWidget(m_relevanceToggle);
    searchHeader->addWidget(m_closeSearch);
    auto *searchPage = new QWidget(this);
    auto *searchLayout = new QVBoxLayout(searchPage);
    searchLayout->setContentsMargins(0, 0, 0, 0);
    searchLayout->setSpacing(0);
    searchLayout->addLayout(searchHeader);
    searchLayout->addWidget(m_results);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(listPage);
    m_stack->addWidget(searchPage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(top);
    layout->addWidget(m_stack, 1);
    setMinimumWidth(320);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &InboxView::onCurrentChanged);
    connect(m_results->selectionModel(), &QItemSelectionModel::currentChanged, this, &InboxView::onCurrentChanged);
    connect(m_list, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex &i) { Q_EMIT conversationActivated(m_model->conversationIdAt(i.row())); });
    connect(m_results, &QAbstractItemView::clicked, this,
            [this](const QModelIndex &i) { Q_EMIT conversationActivated(m_searchModel->conversationIdAt(i.row())); });
    for (QComboBox *combo : {m_channelCombo, m_languageCombo, m_tagCombo, m_sortCombo})
        connect(combo, &QComboBox::activated, this, &InboxView::applyFilter);
    connect(m_relevanceToggle, &QCheckBox::toggled, this, &InboxView::runSearch);
    connect(m_searchModel, &SearchResultsModel::finished, this, &InboxView::onSearchFinished);
    connect(m_closeSearch, &QToolButton::clicked, this, &InboxView::leaveSearch);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &InboxView::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InboxView::updateEmptyState);

    retranslate();
    reloadFilterOptions();
    setCardMode(true);
}

void InboxView::setAgentId(qint64 agentId)
{
    m_filter.agentId = agentId;
    if (m_filter.folder == InboxFilter::Folder::Mine)
        m_model->setFilter(m_filter);
}

void InboxView::setFolder(InboxFilter::Folder folder, qint64 channelId)
{
    m_filter.folder = folder;
    m_filter.channelId = channelId;
    {
        const QSignalBlocker blocker(m_channelCombo);
        m_channelCombo->setCurrentIndex(qMax(0, m_channelCombo->findData(channelId)));
    }
    if (isSearching())
        leaveSearch();
    m_model->setFilter(m_filter);
    updateTitle();
    updateEmptyState();
    if (m_model->rowCount() > 0 && !m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_model->index(0, 0));
}

void InboxView::applyFilter()
{
    m_filter.channelId = m_channelCombo->currentData().toLongLong();
    m_filter.language = m_languageCombo->currentData().toString();
    m_filter.tag = m_tagCombo->currentData().toString();
    m_filter.sort = InboxFilter::Sort(m_sortCombo->currentData().toInt());
    m_model->setFilter(m_filter);
    updateTitle();
    updateEmptyState();
}

void InboxView::setCardMode(bool card)
{
    m_delegate->setCardMode(card);
    m_list->setHeaderHidden(card);
    for (int column = 1; column < Model::ColumnCount; ++column)
        m_list->setColumnHidden(column, card);
    QHeaderView *header = m_list->header();
    if (card) {
        header->setSectionResizeMode(Model::ChannelColumn, QHeaderView::Stretch);
    } else {
        // A table wider than the pane scrolls sideways; the splitter gives it more room.
        header->setSectionResizeMode(QHeaderView::Interactive);
        header->setSectionResizeMode(Model::ChannelColumn, QHeaderView::Fixed);
        const int widths[Model::ColumnCount] = {34, 150, 260, 70, 130, 80, 110, 100, 60};
        for (int column = 0; column < Model::ColumnCount; ++column)
            header->resizeSection(column, widths[column]);
    }
    m_list->setHorizontalScrollBarPolicy(card ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    m_list->doItemsLayout();
}

bool InboxView::isCardMode() const
{
    return m_delegate->isCardMode();
}

void InboxView::showSearch(const QString &query)
{
    if (query.trimmed().isEmpty()) {
        leaveSearch();
        return;
    }
    m_stack->setCurrentIndex(1);
    m_filterBar->setEnabled(false);
    m_searchTitle->setProperty("query", query.trimmed());
    runSearch();
}

void InboxView::runSearch()
{
    const QString query = m_searchTitle->property("query").toString();
    if (query.isEmpty())
        return;
    m_searchModel->search(query, m_relevanceToggle->isChecked() ? SearchRepository::Order::Relevance
                                                                : SearchRepository::Order::Newest);
    updateTitle();
}

void InboxView::onSearchFinished(bool ok)
{
    if (!ok)
        Q_EMIT errorOccurred(m_searchModel->lastError());
    updateTitle();
    if (m_searchModel->rowCount() > 0 && isSearching())
        m_results->setCurrentIndex(m_searchModel->index(0, 0));
}

void InboxView::leaveSearch()
{
    const bool was = isSearching();
    m_stack->setCurrentIndex(0);
    m_filterBar->setEnabled(true);
    m_searchTitle->setProperty("query", QString());
    m_searchModel->clear();
    updateTitle();
    if (was) {
        m_list->setFocus();
        Q_EMIT searchLeft();
    }
}

bool InboxView::isSearching() const
{
    return m_stack->currentIndex() == 1;
}

void InboxView::refresh()
{
    m_model->refresh();
    updateTitle();
}

void InboxView::refreshConversation(qint64 conversationId)
{
    m_model->refreshConversation(conversationId);
    updateTitle();
}

void InboxView::reloadFilterOptions()
{
    const qint64 channel = m_channelCombo->currentData().toLongLong();
    const QString tag = m_tagCombo->currentData().toString();
    m_channelCombo->clear();
    m_channelCombo->addItem(tr("All channels"), qint64(0));
    if (auto channels = m_workspace.directory().channels()) {
        for (const Channel &c : channels.value())
            m_channelCombo->addItem(ChannelIcons::icon(c.kind), c.name, c.id);
    }
    m_channelCombo->setCurrentIndex(qMax(0, m_channelCombo->findData(channel)));

    m_tagCombo->clear();
    m_tagCombo->addItem(tr("Any tag"), QString());
    if (auto tags = m_workspace.directory().tags()) {
        for (const QString &t : tags.value())
            m_tagCombo->addItem(t, t);
    }
    m_tagCombo->setCurrentIndex(qMax(0, m_tagCombo->findData(tag)));
}

bool InboxView::selectConversation(qint64 conversationId)
{
    if (isSearching())
        return false;
    const int row = m_model->rowOf(conversationId);
    if (row < 0)
        return false;
    m_list->setCurrentIndex(m_model->index(row, 0));
    m_list->scrollTo(m_model->index(row, 0));
    return true;
}

void InboxView::moveSelection(int delta)
{
    QAbstractItemView *view = isSearching() ? static_cast<QAbstractItemView *>(m_results) : m_list;
    QAbstractItemModel *model = view->model();
    const int rows = model->rowCount();
    if (rows == 0)
        return;
    const int current = view->currentIndex().isValid() ? view->currentIndex().row() : -1;
    int next = qBound(0, current + delta, rows - 1);
    if (next == rows - 1 && model->canFetchMore({}))
        model->fetchMore({});
    view->setCurrentIndex(model->index(next, 0));
    view->scrollTo(view->currentIndex());
}

void InboxView::onCurrentChanged(const QModelIndex &current)
{
    if (!current.isValid())
        return;
    const qint64 id = current.data(Model::ConversationIdRole).toLongLong();
    if (id > 0)
        Q_EMIT conversationSelected(id);
}

bool InboxView::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_list || watched == m_results) && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const auto mods = key->modifiers() & ~Qt::KeypadModifier;
        if (mods == Qt::NoModifier) {
            switch (key->key()) {
            case Qt::Key_J:
                moveSelection(1);
                return true;
            case Qt::Key_K:
                moveSelection(-1);
                return true;
            case Qt::Key_Return:
            case Qt::Key_Enter: {
                const QModelIndex current = static_cast<QAbstractItemView *>(watched)->currentIndex();
                if (current.isValid())
                    Q_EMIT conversationActivated(current.data(Model::ConversationIdRole).toLongLong());
                return true;
            }
            case Qt::Key_Escape:
                if (isSearching()) {
                    leaveSearch();
                    return true;
                }
                break;
            default:
                break;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void InboxView::updateTitle()
{
    if (isSearching()) {
        const QString query = m_searchTitle->property("query").toString();
        const int hits = m_searchModel->rowCount();
        if (m_searchModel->isBusy())
            m_searchTitle->setText(tr("Searching for “%1”…").arg(query));
        else
            m_searchTitle->setText(hits >= SearchResultsModel::kLimit
                                   ? tr("Top %1 results for “%2”").arg(hits).arg(query)
                                   : tr("%n result(s) for “%1”", nullptr, hits).arg(query));
        m_title->setText(tr("Search"));
        m_subtitle->clear();
        return;
    }
    QString title = DisplayNames::folder(m_filter.folder);
    if (m_filter.channelId != 0 && m_channelCombo->currentIndex() > 0)
        title = m_channelCombo->currentText();
    m_title->setText(title);
    const int rows = m_model->rowCount();
    m_subtitle->setText(m_model->hasMore() ? tr("%1+ conversations").arg(rows)
                                                  : tr("%n conversation(s)", nullptr, rows));
}

void InboxView::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    m_emptyLabel->setVisible(empty);
    m_list->setVisible(!empty);
    updateTitle();
}

void InboxView::retranslate()
{
    const int language = m_languageCombo->currentIndex();
    m_languageCombo->clear();
    m_languageCombo->addItem(tr("Any language"), QString());
    for (const QString &code : kFilterLanguages)
        m_languageCombo->addItem(DisplayNames::language(code), code);
    m_languageCombo->setCurrentIndex(qMax(0, language));

    const int sort = m_sortCombo->currentIndex();
    m_sortCombo->clear();
    m_sortCombo->addItem(tr("Priority"), int(InboxFilter::Sort::Priority));
    m_sortCombo->addItem(tr("Newest first"), int(InboxFilter::Sort::Newest));
    m_sortCombo->addItem(tr("SLA due first"), int(InboxFilter::Sort::SlaDue));
    m_sortCombo->addItem(tr("Oldest first"), int(InboxFilter::Sort::Oldest));
    m_sortCombo->setCurrentIndex(qMax(0, sort));

    if (m_channelCombo->count() > 0)
        m_channelCombo->setItemText(0, tr("All channels"));
    if (m_tagCombo->count() > 0)
        m_tagCombo->setItemText(0, tr("Any tag"));
    m_channelCombo->setToolTip(tr("Channel"));
    m_languageCombo->setToolTip(tr("Buyer's language"));
    m_tagCombo->setToolTip(tr("Tag"));
    m_sortCombo->setToolTip(tr("Sort: most urgent (priority score), newest activity, earliest SLA deadline"));
    m_relevanceToggle->setText(tr("Best match first"));
    m_closeSearch->setText(tr("Close"));
    m_closeSearch->setToolTip(tr("Back to the inbox (Esc)"));
    m_emptyLabel->setText(tr("No conversations here.\nNew messages appear as they arrive."));
    m_model->retranslate();
    updateTitle();
}

void InboxView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace hd
