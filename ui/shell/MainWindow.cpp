#include "ui/shell/MainWindow.h"

#include "core/Workspace.h"
#include "core/analytics/ReportScheduler.h"
#include "core/sync/SyncEngineThread.h"
#include "ui/analytics/AnalyticsView.h"
#include "ui/analytics/FocusTracker.h"
#include "ui/conversation/ConversationView.h"
#include "ui/inbox/InboxView.h"
#include "ui/settings/ChannelsStatusIndicator.h"
#include "ui/settings/RulesPage.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/settings/SettingsPages.h"
#include "ui/shell/LanguageManager.h"
#include "ui/shell/NavigationPane.h"
#include "ui/shell/NotificationBanner.h"
#include "ui/shell/Theme.h"
#include "ui/shell/TriageViews.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <tuple>

namespace hd {
namespace {
using namespace Qt::StringLiterals;
constexpr int kRefreshIntervalMs = 15'000;
const QString kAgentKey = u"session/agentEmail"_s;
const QString kLayoutKey = u"ui/inboxLayout"_s;
} // namespace

MainWindow::MainWindow(Workspace &workspace, LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_languages(languages)
{
    setObjectName(u"mainWindow"_s);
    m_navigation = new NavigationPane(workspace.conversations(), workspace.directory(), this);
    m_inbox = new InboxView(workspace, this);
    m_conversation = new ConversationView(workspace, this);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_inbox);
    m_splitter->addWidget(m_conversation);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setStretchFactor(2, 1);
    m_splitter->setSizes({230, 440, 770});
    // SLA notifications show in a banner above the panes when the desktop has no tray.
    m_triageViews = new TriageViews(workspace, this);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_triageViews->banner());
    // The analytics dashboard takes the place of the panes when shown (issue #6).
    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(u"mainPages"_s);
    m_pages->addWidget(m_splitter);
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);
    connect(m_triageViews, &TriageViews::conversationActivated, this, &MainWindow::openConversation);

    createActions();
    createToolBar();
    createStatusBar();

    // Handle time: focused time in the shown conversation while the window is active.
    m_focus = new FocusTracker(workspace.database(), workspace.clock(), this);
    m_focus->setConversationSource(
        [this] { return m_pages->currentWidget() == m_splitter ? m_conversation->conversationId() : qint64(0); });
    m_focus->watch(this);
    // Scheduled CSV reports are written while the app runs (also `harbordesk-cli report --run-due`).
    auto *reports = new ReportScheduler(workspace.database(), workspace.clock(), this);
    connect(reports, &ReportScheduler::reportWritten, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Scheduled report written: %1").arg(path), 10000);
    });
    connect(reports, &ReportScheduler::reportFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Scheduled report failed: %1").arg(message));
    });
    reports->start();

    connect(m_navigation, &NavigationPane::entrySelected, m_inbox, &InboxView::setFolder);
    connect(m_navigation, &NavigationPane::countsChanged, this, &MainWindow::updateStatusCounts);
    connect(m_inbox, &InboxView::conversationSelected, m_conversation, &ConversationView::showConversation);
    connect(m_inbox, &InboxView::conversationActivated, this, [this](qint64 id) {
        if (id != m_conversation->conversationId())
            m_conversation->showConversation(id);
        m_conversation->focusReply();
    });
    connect(m_inbox, &InboxView::searchLeft, m_search, &QLineEdit::clear);
    connect(m_conversation, &ConversationView::conversationChanged, this, &MainWindow::onConversationChanged);
    connect(m_conversation, &ConversationView::openConversationRequested, this, &MainWindow::openConversation);
    connect(m_conversation, &ConversationView::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, 5000);
    });
    const auto showError = [this](const QString &message) { statusBar()->showMessage(message); };
    connect(m_inbox, &InboxView::errorOccurred, this, showError);
    connect(m_navigation, &NavigationPane::errorOccurred, this, showError);

    // Sign in as the remembered agent, else the first active one.
    qint64 agent = 0;
    if (auto agents = workspace.directory().agents()) {
        const QString email = QSettings().value(kAgentKey).toString();
        for (const Agent &a : agents.value()) {
            if (!a.active)
                continue;
            if (agent == 0 || a.email == email)
                agent = a.id;
            if (a.email == email)
                break;
        }
    }
    setAgent(agent);

    const QSettings settings;
    m_splitter->restoreState(settings.value(u"ui/splitter"_s).toByteArray());
    const bool cards = settings.value(kLayoutKey, u"cards"_s).toString() != "table"_L1;
    (cards ? m_cards : m_table)->setChecked(true);
    m_inbox->setCardMode(cards);
    m_inbox->setFolder(InboxFilter::Folder::AllOpen);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setInterval(kRefreshIntervalMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &MainWindow::refresh);
    m_refreshTimer->start();

    retranslate();
    resize(1440, 900);
    restoreGeometry(settings.value(u"ui/geometry"_s).toByteArray());
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_settings = m_fileMenu->addAction(QString(), QKeySequence::Preferences, this, [this] { showSettings(); });
    m_settings->setObjectName(u"settingsAction"_s);
    m_fileMenu->addSeparator();
    m_quit = m_fileMenu->addAction(QString(), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

    m_viewMenu = menuBar()->addMenu(QString());
    m_find = m_viewMenu->addAction(QString(), QKeySequence::Find, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    m_refresh = m_viewMenu->addAction(QString(), QKeySequence::Refresh, this, &MainWindow::refresh);
    m_analyticsAction = m_viewMenu->addAction(QString(), QKeySequence(u"Ctrl+Shift+D"_s), this, [this] {
        if (m_analytics && m_pages->currentWidget() == m_analytics)
            showInbox();
        else
            showAnalytics();
    });
    m_analyticsAction->setObjectName(u"analyticsAction"_s);
    m_analyticsAction->setCheckable(true);
    m_viewMenu->addAction(m_triageViews->slaRiskAction());
    m_viewMenu->addAction(m_triageViews->responseRateAction());
    m_viewMenu->addSeparator();
    m_layoutMenu = m_viewMenu->addMenu(QString());
    auto *layoutGroup = new QActionGroup(this);
    m_cards = m_layoutMenu->addAction(QString());
    m_table = m_layoutMenu->addAction(QString());
    for (QAction *a : {m_cards, m_table}) {
        a->setCheckable(true);
        layoutGroup->addAction(a);
    }
    connect(m_cards, &QAction::toggled, this, [this](bool cards) {
        m_inbox->setCardMode(cards);
        QSettings().setValue(kLayoutKey, cards ? u"cards"_s : u"table"_s);
    });

    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    for (const QString &code : LanguageManager::available()) {
        QAction *a = m_languageMenu->addAction(LanguageManager::nativeName(code));
        a->setCheckable(true);
        a->setData(code);
        a->setChecked(m_languages && m_languages->language() == code);
        m_languageGroup->addAction(a);
    }
    m_languageMenu->menuAction()->setVisible(m_languages != nullptr);
    connect(m_languageGroup, &QActionGroup::triggered, this, [this](QAction *a) {
        if (m_languages)
            m_languages->setLanguage(a->data().toString());
    });

    m_themeMenu = m_viewMenu->addMenu(QString());
    m_themeMenu->setObjectName(u"themeMenu"_s);
    auto *themeGroup = new QActionGroup(this);
    const Theme::Mode savedTheme = Theme::saved();
    for (auto [action, mode, name] : {std::tuple{&m_themeLight, Theme::Mode::Light, u"themeLightAction"_s},
                                      std::tuple{&m_themeDark, Theme::Mode::Dark, u"themeDarkAction"_s},
                                      std::tuple{&m_themeSystem, Theme::Mode::System, u"themeSystemAction"_s}}) {
        QAction *a = m_themeMenu->addAction(QString());
        a->setObjectName(name);
        a->setCheckable(true);
        a->setChecked(mode == savedTheme);
        themeGroup->addAction(a);
        connect(a, &QAction::triggered, this, [mode] {
            Theme::save(mode);
            Theme::apply(*qApp, mode);
        });
        *action = a;
    }

    m_agentMenu = menuBar()->addMenu(QString());
    m_helpMenu = menuBar()->addMenu(QString());
    m_shortcuts = m_helpMenu->addAction(QString(), this, &MainWindow::showShortcuts);
    m_about = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
}

void MainWindow::createToolBar()
{
    auto *bar = addToolBar(QString());
    bar->setObjectName(u"mainToolBar"_s);
    bar->setMovable(false);
    bar->setFloatable(false);
    m_title = new QLabel(u"HarborDesk"_s, bar);
    m_title->setObjectName(u"appTitle"_s);
    bar->addWidget(m_title);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(u"searchField"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(380);
    m_search->setMaximumWidth(520);
    m_search->installEventFilter(this);
    bar->addWidget(m_search);
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_agentLabel = new QLabel(bar);
    m_agentLabel->setObjectName(u"agentLabel"_s);
    m_agentLabel->setTextFormat(Qt::PlainText);
    bar->addWidget(m_agentLabel);
    bar->addAction(m_analyticsAction);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { m_inbox->showSearch(m_search->text()); });
}

void MainWindow::createStatusBar()
{
    m_workspaceLabel = new QLabel(this);
    m_workspaceLabel->setObjectName(u"workspaceLabel"_s);
    m_workspaceLabel->setTextFormat(Qt::PlainText);
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(u"countsLabel"_s);
    // Each channel's sync state at a glance; a click opens Settings > Channels.
    auto *channels = new ChannelsStatusIndicator(m_workspace.sync(), this);
    if (auto list = m_workspace.directory().channels()) {
        QHash<qint64, QString> names;
        for (const Channel &c : std::as_const(list.value()))
            names.insert(c.id, c.name);
        channels->setChannelNames(names);
    }
    connect(channels, &ChannelsStatusIndicator::openChannelsRequested, this, [this] {
        showSettings(u"channelsPage"_s);
    });
    statusBar()->addPermanentWidget(channels);
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_workspaceLabel);
    statusBar()->setSizeGripEnabled(false);
    // New messages from the sync engine: refresh the inbox, at most twice a second.
    auto *arrivals = new QTimer(this);
    arrivals->setSingleShot(true);
    arrivals->setInterval(500);
    connect(arrivals, &QTimer::timeout, this, &MainWindow::refresh);
    connect(&m_workspace.sync(), &SyncEngineThread::messagesIngested, arrivals, [arrivals] {
        if (!arrivals->isActive())
            arrivals->start();
    });
}

void MainWindow::setAgent(qint64 agentId)
{
    m_agentId = agentId;
    m_navigation->setAgentId(agentId);
    m_inbox->setAgentId(agentId);
    m_conversation->setAgentId(agentId);
    m_focus->setAgent(agentId);
    rebuildAgentMenu();
    updateStatusCounts();
}

void MainWindow::rebuildAgentMenu()
{
    m_agentMenu->clear();
    auto agents = m_workspace.directory().agents();
    if (!agents)
        return;
    auto *group = new QActionGroup(m_agentMenu);
    for (const Agent &a : agents.value()) {
        if (!a.active)
            continue;
        QAction *action = m_agentMenu->addAction(a.name);
        action->setCheckable(true);
        action->setChecked(a.id == m_agentId);
        group->addAction(action);
        if (a.id == m_agentId)
            m_agentLabel->setText(tr("Signed in as %1").arg(a.name));
        connect(action, &QAction::triggered, this, [this, a] {
            QSettings().setValue(kAgentKey, a.email);
            setAgent(a.id);
        });
    }
}

void MainWindow::refresh()
{
    m_inbox->refresh();
    m_navigation->refreshCounts();
}

void MainWindow::updateStatusCounts()
{
    const InboxCounts &c = m_navigation->counts();
    m_countsLabel->setText(
        tr("%1 open · %2 unread · %3 waiting on buyer").arg(c.allOpen).arg(c.unreadOpen).arg(c.waiting));
    m_workspaceLabel->setText(tr("Workspace: %1").arg(m_workspace.database().location().displayName()));
}

void MainWindow::onConversationChanged(qint64 conversationId)
{
    m_inbox->refreshConversation(conversationId);
    m_navigation->refreshCounts();
}

void MainWindow::showAnalytics()
{
    if (!m_analytics) {
        m_analytics = new AnalyticsView(m_workspace, m_pages);
        m_pages->addWidget(m_analytics);
        connect(m_analytics, &AnalyticsView::backRequested, this, &MainWindow::showInbox);
        connect(m_analytics, &AnalyticsView::openConversationRequested, this, &MainWindow::openConversation);
    }
    m_pages->setCurrentWidget(m_analytics);
    m_analyticsAction->setChecked(true);
    m_focus->flush();
}

void MainWindow::showInbox()
{
    m_pages->setCurrentWidget(m_splitter);
    m_analyticsAction->setChecked(false);
    m_focus->flush();
}

void MainWindow::openConversation(qint64 conversationId)
{
    showInbox();
    if (!m_inbox->selectConversation(conversationId))
        m_conversation->showConversation(conversationId);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            m_search->clear();
            m_inbox->leaveSearch();
            m_inbox->setFocus();
            return true;
        }
        if (key->key() == Qt::Key_Down) {
            m_inbox->moveSelection(1);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this,
                       tr("About HarborDesk"),
                       tr("<h3>HarborDesk %1</h3><p>One inbox for every marketplace, store and mailbox your "
                          "buyers write to.</p>")
                           .arg(QStringLiteral(HARBORDESK_VERSION)));
}

void MainWindow::showShortcuts()
{
    QMessageBox::information(this,
                             tr("Keyboard shortcuts"),
                             tr("<table cellpadding='3'>"
                                "<tr><td><b>j</b> / <b>k</b>, ↓ / ↑</td><td>Next / previous conversation</td></tr>"
                                "<tr><td><b>Enter</b></td><td>Open and reply</td></tr>"
                                "<tr><td><b>Ctrl+Enter</b></td><td>Send the reply or note</td></tr>"
                                "<tr><td><b>Ctrl+F</b></td><td>Search</td></tr>"
                                "<tr><td><b>Esc</b></td><td>Leave the search</td></tr>"
                                "<tr><td><b>F5</b></td><td>Refresh</td></tr></table>"));
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("HarborDesk — %1").arg(m_workspace.database().location().displayName()));
    m_fileMenu->setTitle(tr("&File"));
    m_settings->setText(tr("&Settings…"));
    m_quit->setText(tr("&Quit"));
    m_triageViews->retranslate();
    m_viewMenu->setTitle(tr("&View"));
    m_find->setText(tr("&Search"));
    m_refresh->setText(tr("&Refresh"));
    m_analyticsAction->setText(tr("&Analytics"));
    m_analyticsAction->setToolTip(tr("Supervisor dashboard: response times, SLA, volume, CSAT, agents"));
    m_layoutMenu->setTitle(tr("Inbox &layout"));
    m_cards->setText(tr("&Cards"));
    m_table->setText(tr("&Table"));
    m_languageMenu->setTitle(tr("&Language"));
    m_themeMenu->setTitle(tr("&Theme"));
    m_themeLight->setText(tr("&Light"));
    m_themeDark->setText(tr("&Dark"));
    m_themeSystem->setText(tr("Same as the &system"));
    m_agentMenu->setTitle(tr("&Agent"));
    m_helpMenu->setTitle(tr("&Help"));
    m_shortcuts->setText(tr("&Keyboard shortcuts"));
    m_about->setText(tr("&About HarborDesk"));
    m_search->setPlaceholderText(tr("Search messages, buyers and orders (Ctrl+F)"));
    if (m_languages)
        for (QAction *a : m_languageGroup->actions())
            a->setChecked(a->data().toString() == m_languages->language());
    rebuildAgentMenu();
    updateStatusCounts();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"ui/geometry"_s, saveGeometry());
    settings.setValue(u"ui/splitter"_s, m_splitter->saveState());
    QMainWindow::closeEvent(event);
}

SettingsDialog *MainWindow::showSettings(const QString &page)
{
    auto *dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    addSettingsPages(*dialog, m_workspace, m_agentId);
    for (RulesPage *rules : dialog->findChildren<RulesPage *>())
        connect(rules, &RulesPage::conversationOpenRequested, this, &MainWindow::openConversation);
    if (!page.isEmpty())
        dialog->showPage(page);
    // Pages may change what the inbox shows (rules, channels, templates).
    connect(dialog, &QDialog::finished, this, &MainWindow::refresh);
    dialog->show();
    return dialog;
}

} // namespace hd
