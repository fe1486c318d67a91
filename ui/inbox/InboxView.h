#pragma once

#include "core/storage/InboxQuery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListView;
class QStackedWidget;
class QToolButton;
class QTreeView;

namespace hd {

class ConversationDelegate;
class ConversationListModel;
class SearchResultsModel;
class Workspace;

/// The middle pane: the conversation list of the selected folder with its filter bar (channel,
/// language, tag, sort), or the results of a full-text search. Keyboard: j/k and Up/Down move,
/// Enter opens, Esc leaves the search.
class InboxView final : public QWidget {
    Q_OBJECT
public:
    explicit InboxView(Workspace &workspace, QWidget *parent = nullptr);

    void setAgentId(qint64 agentId);
    /// Shows a folder, or a channel's open conversations when channelId is set.
    void setFolder(InboxFilter::Folder folder, qint64 channelId = 0);
    /// Card rows (buyer, subject, snippet and pills) or a table with one column per field.
    void setCardMode(bool card);
    bool isCardMode() const;

    void showSearch(const QString &query);
    void leaveSearch();
    bool isSearching() const;

    /// Picks up new and changed conversations without resetting the list.
    void refresh();
    void refreshConversation(qint64 conversationId);
    /// Re-reads the channels and tags offered by the filter bar.
    void reloadFilterOptions();
    /// Selects the conversation's row when it is loaded; returns whether it was.
    bool selectConversation(qint64 conversationId);
    /// Moves the selection by `delta` rows in the visible list.
    void moveSelection(int delta);

    ConversationListModel *model() const { return m_model; }
    SearchResultsModel *searchModel() const { return m_searchModel; }

Q_SIGNALS:
    /// The selection moved onto a conversation (preview it).
    void conversationSelected(qint64 conversationId);
    /// Enter or double click: open it and start answering.
    void conversationActivated(qint64 conversationId);
    void searchLeft();
    void errorOccurred(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyFilter();
    void runSearch();
    void onSearchFinished(bool ok);
    void updateTitle();
    void updateEmptyState();
    void onCurrentChanged(const QModelIndex &current);

    Workspace &m_workspace;
    ConversationListModel *m_model = nullptr;
    SearchResultsModel *m_searchModel = nullptr;
    ConversationDelegate *m_delegate = nullptr;
    InboxFilter m_filter;

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QComboBox *m_channelCombo = nullptr;
    QComboBox *m_languageCombo = nullptr;
    QComboBox *m_tagCombo = nullptr;
    QComboBox *m_sortCombo = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTreeView *m_list = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QLabel *m_searchTitle = nullptr;
    QCheckBox *m_relevanceToggle = nullptr;
    QToolButton *m_closeSearch = nullptr;
    QListView *m_results = nullptr;
    QWidget *m_filterBar = nullptr;
};

} // namespace hd
