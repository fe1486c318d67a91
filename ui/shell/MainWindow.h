#pragma once

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTimer;

namespace hd {

class AnalyticsView;
class ConversationView;
class FocusTracker;
class InboxView;
class LanguageManager;
class NavigationPane;
class SettingsDialog;
class TriageViews;
class Workspace;

/// The shell: menus, the toolbar with the search field, the status bar, and three panes side by
/// side (navigation, inbox, conversation). It wires the panes together and holds no logic of its own.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    /// `languages` may be null (tests): the language menu is then hidden.
    MainWindow(Workspace &workspace, LanguageManager *languages, QWidget *parent = nullptr);

    NavigationPane *navigation() const { return m_navigation; }
    InboxView *inbox() const { return m_inbox; }
    TriageViews *triageViews() const { return m_triageViews; }
    ConversationView *conversation() const { return m_conversation; }
    /// The analytics dashboard page (created when first shown).
    AnalyticsView *analytics() const { return m_analytics; }
    FocusTracker *focusTracker() const { return m_focus; }
    /// Shows the analytics dashboard in place of the inbox panes, or the inbox again.
    void showAnalytics();
    void showInbox();
    qint64 agentId() const { return m_agentId; }
    /// Signs in as another agent (remembered in QSettings by e-mail).
    void setAgent(qint64 agentId);

    /// Picks up new and changed conversations (also every 15 s).
    void refresh();
    /// Opens the settings dialog (modeless), on the page with that objectName when given.
    SettingsDialog *showSettings(const QString &page = {});

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createToolBar();
    void createStatusBar();
    void retranslate();
    void rebuildAgentMenu();
    void updateStatusCounts();
    void onConversationChanged(qint64 conversationId);
    void openConversation(qint64 conversationId);
    void showAbout();
    void showShortcuts();

    Workspace &m_workspace;
    LanguageManager *m_languages = nullptr;
    qint64 m_agentId = 0;

    NavigationPane *m_navigation = nullptr;
    InboxView *m_inbox = nullptr;
    ConversationView *m_conversation = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_pages = nullptr;
    AnalyticsView *m_analytics = nullptr;
    FocusTracker *m_focus = nullptr;
    TriageViews *m_triageViews = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_agentLabel = nullptr;
    QLabel *m_workspaceLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    QTimer *m_refreshTimer = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_themeMenu = nullptr;
    QAction *m_themeLight = nullptr;
    QAction *m_themeDark = nullptr;
    QAction *m_themeSystem = nullptr;
    QMenu *m_layoutMenu = nullptr;
    QMenu *m_agentMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_find = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_analyticsAction = nullptr;
    QAction *m_cards = nullptr;
    QAction *m_table = nullptr;
    QAction *m_about = nullptr;
    QAction *m_shortcuts = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace hd
