// Drives the real main window through object names, offscreen: open a conversation, reply with
// Ctrl+Enter, add a note, resolve, search, move with j/k, filter, and switch the language.

#include "core/Workspace.h"
#include "core/demo/DemoSeeder.h"
#include "core/workflow/triage/TriageService.h"
#include "ui/conversation/ConversationView.h"
#include "ui/conversation/ThreadView.h"
#include "ui/inbox/ConversationListModel.h"
#include "ui/inbox/InboxView.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/shell/LanguageManager.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/NavigationPane.h"
#include "ui/shell/Theme.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace hd;
using namespace Qt::StringLiterals;
using Model = ConversationListModel;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void repliesWithCtrlEnterAndQueuesTheReply();
    void addsAnInternalNote();
    void resolvingLeavesAllOpen();
    void noResponseNeededStopsTheClock();
    void searchFindsTheBuyerAndOpensTheHit();
    void jAndKMoveThroughTheList();
    void channelFilterKeepsOneChannel();
    void keepsADraftPerConversation();
    void switchesLanguageLive();
    void switchesThemeLive();
    void opensSettingsFromTheFileMenu();

private:
    template<typename T>
    T *child(const char *name) const
    {
        T *w = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no widget named %s", name);
        return w;
    }
    /// Selects the list row and waits until the conversation view shows it.
    qint64 openRow(int row);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"HarborDeskTest"_s);
    QCoreApplication::setApplicationName(u"TestMainWindow"_s);
    Theme::apply(*qApp);
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<FakeClock>(QDateTime::currentMSecsSinceEpoch());
    auto ws = Workspace::open(m_dir->filePath(u"demo.sqlite"_s), *m_clock);
    QVERIFY2(ws.ok(), ws.ok() ? "" : qPrintable(ws.error().detail));
    m_ws = std::move(ws).value();
    DemoSeeder seeder(m_ws->database(), m_ws->ingest(), *m_clock);
    QVERIFY(seeder.seed(DemoSeeder::bundledJson()).ok());

    m_window = std::make_unique<MainWindow>(*m_ws, nullptr);
    m_window->resize(1440, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->agentId() > 0);
}

void TestMainWindow::cleanup()
{
    Theme::apply(*qApp); // switchesThemeLive may leave it dark
    m_window.reset();
    m_ws.reset();
    m_clock.reset();
    m_dir.reset();
}

qint64 TestMainWindow::openRow(int row)
{
    auto *list = child<QTreeView>("conversationList");
    auto *view = child<ConversationView>("conversationView");
    if (!list || !view)
        return 0;
    const qint64 id = list->model()->index(row, 0).data(Model::ConversationIdRole).toLongLong();
    list->setCurrentIndex(list->model()->index(row, 0));
    if (!QTest::qWaitFor([&] { return view->conversationId() == id; }))
        return 0;
    return id;
}

void TestMainWindow::repliesWithCtrlEnterAndQueuesTheReply()
{
    const qint64 id = openRow(1);
    QVERIFY(id > 0);
    auto *editor = child<QPlainTextEdit>("replyEditor");
    auto *thread = child<ThreadView>("threadView");
    QVERIFY(editor && thread);
    const int before = int(thread->messages().size());

    const QString text = u"Thanks for writing! Your parcel left our warehouse today."_s;
    editor->setFocus();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);

    QTRY_COMPARE(thread->messages().size(), before + 1);
    const Message shown = thread->messages().constLast();
    QCOMPARE(shown.bodyText, text);
    QCOMPARE(shown.direction, MessageDirection::Outbound);
    QCOMPARE(shown.status, MessageStatus::Queued);
    QTRY_VERIFY(editor->toPlainText().isEmpty());

    // The bubble says "Queued".
    bool queuedShown = false;
    for (QWidget *bubble : thread->findChildren<QWidget *>(u"bubbleOutbound"_s))
        if (bubble->property("messageId").toLongLong() == shown.id)
            for (QLabel *meta : bubble->findChildren<QLabel *>(u"bubbleMeta"_s))
                queuedShown = queuedShown || meta->text().contains(u"Queued"_s);
    QVERIFY(queuedShown);

    // And it is in the database, queued, written by the signed-in agent.
    auto stored = m_ws->messages().forConversation(id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->constLast().bodyText, text);
    QCOMPARE(stored->constLast().status, MessageStatus::Queued);
    QCOMPARE(stored->constLast().authorAgentId, m_window->agentId());
}

void TestMainWindow::addsAnInternalNote()
{
    const qint64 id = openRow(2);
    QVERIFY(id > 0);
    auto *noteToggle = child<QPushButton>("noteToggle");
    auto *send = child<QPushButton>("sendButton");
    auto *editor = child<QPlainTextEdit>("replyEditor");
    QVERIFY(noteToggle && send && editor);

    QTest::mouseClick(noteToggle, Qt::LeftButton);
    QVERIFY(noteToggle->isChecked());
    QTest::keyClicks(editor, u"Buyer called: refund approved by Maria."_s);
    QTest::mouseClick(send, Qt::LeftButton);

    auto *thread = child<ThreadView>("threadView");
    QTRY_COMPARE(thread->messages().constLast().direction, MessageDirection::Note);
    QVERIFY(!thread->findChildren<QWidget *>(u"bubbleNote"_s).isEmpty());
    auto stored = m_ws->messages().forConversation(id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->constLast().direction, MessageDirection::Note);
    QCOMPARE(stored->constLast().bodyText, u"Buyer called: refund approved by Maria."_s);
}

void TestMainWindow::resolvingLeavesAllOpen()
{
    auto *nav = child<NavigationPane>("navigationPane");
    QVERIFY(nav);
    QTRY_VERIFY(!nav->isCounting()); // counts are read on a worker thread
    const int openBefore = nav->counts().allOpen;
    QVERIFY(openBefore > 0);
    const qint64 id = openRow(0);
    QVERIFY(id > 0);
    auto *model = m_window->inbox()->model();
    QCOMPARE(model->filter().folder, InboxFilter::Folder::AllOpen);
    QCOMPARE(model->rowOf(id), 0);

    QTest::mouseClick(child<QPushButton>("resolveButton"), Qt::LeftButton);

    QTRY_COMPARE(model->rowOf(id), -1);
    auto conversation = m_ws->conversations().byId(id);
    QVERIFY(conversation.ok());
    QCOMPARE(conversation->status, ConversationStatus::Resolved);
    QTRY_COMPARE(nav->counts().allOpen, openBefore - 1);

    // It is in Resolved now.
    nav->select(InboxFilter::Folder::Resolved);
    QTRY_COMPARE(model->filter().folder, InboxFilter::Folder::Resolved);
    QVERIFY(model->rowOf(id) >= 0);
}

void TestMainWindow::noResponseNeededStopsTheClock()
{
    const qint64 id = openRow(0);
    QVERIFY(id > 0);
    auto *button = child<QPushButton>("noResponseButton");
    QVERIFY(button);
    QTRY_VERIFY(button->isVisible()); // an open conversation that still needs an answer
    QTest::mouseClick(button, Qt::LeftButton);

    QTRY_VERIFY(!button->isVisible());
    auto conversation = m_ws->conversations().byId(id);
    QVERIFY(conversation.ok());
    QVERIFY(conversation->noResponseNeeded);
    QCOMPARE(conversation->status, ConversationStatus::Open); // still in the inbox, just not owed a reply
    auto clocks = m_ws->triage().slaClocks(id);
    QVERIFY(clocks.ok());
    for (const SlaClockRecord &k : *clocks) {
        if (k.target != SlaTarget::Resolution)
            QVERIFY2(k.state != SlaTargetStatus::State::Running, "no response clock is left running");
    }
}

void TestMainWindow::searchFindsTheBuyerAndOpensTheHit()
{
    const qint64 id = openRow(4);
    QVERIFY(id > 0);
    auto summary = m_ws->conversations().summary(id);
    QVERIFY(summary.ok());
    const QString word = summary->customerName.section(u' ', 0, 0);
    QVERIFY(!word.isEmpty());

    // Open another one first, so opening the hit is visible.
    QVERIFY(openRow(0) > 0);
    auto *search = child<QLineEdit>("searchField");
    QVERIFY(search);
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, word);
    QTest::keyClick(search, Qt::Key_Return);

    auto *results = child<QListView>("searchResultsList");
    QVERIFY(results);
    QTRY_VERIFY(m_window->inbox()->isSearching());
    QTRY_VERIFY(results->model()->rowCount() > 0);
    int hitRow = -1;
    for (int row = 0; row < results->model()->rowCount() && hitRow < 0; ++row)
        if (results->model()->index(row, 0).data(Model::ConversationIdRole).toLongLong() == id)
            hitRow = row;
    QVERIFY2(hitRow >= 0, qPrintable(u"no hit for %1"_s.arg(word)));

    const QRect rect = results->visualRect(results->model()->index(hitRow, 0));
    QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_COMPARE(m_window->conversation()->conversationId(), id);

    // Esc leaves the search and empties the field.
    search->setFocus();
    QTest::keyClick(search, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->inbox()->isSearching());
    QVERIFY(search->text().isEmpty());
}

void TestMainWindow::jAndKMoveThroughTheList()
{
    auto *list = child<QTreeView>("conversationList");
    QVERIFY(openRow(0) > 0);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_J);
    QTRY_COMPARE(list->currentIndex().row(), 1);
    QTest::keyClick(list, Qt::Key_J);
    QTRY_COMPARE(list->currentIndex().row(), 2);
    QTest::keyClick(list, Qt::Key_K);
    QTRY_COMPARE(list->currentIndex().row(), 1);
    const qint64 id = list->currentIndex().data(Model::ConversationIdRole).toLongLong();
    QTRY_COMPARE(m_window->conversation()->conversationId(), id);

    // Enter opens it for answering: the reply editor gets the focus.
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_VERIFY(child<QPlainTextEdit>("replyEditor")->hasFocus());
}

void TestMainWindow::channelFilterKeepsOneChannel()
{
    auto *combo = child<QComboBox>("channelFilterCombo");
    QVERIFY(combo);
    QVERIFY(combo->count() > 1);
    const qint64 channelId = combo->itemData(1).toLongLong();
    combo->setCurrentIndex(1);
    Q_EMIT combo->activated(1);
    auto *model = m_window->inbox()->model();
    QTRY_COMPARE(model->filter().channelId, channelId);
    QVERIFY(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->summaryAt(row)->conversation.channelId, channelId);
}

void TestMainWindow::keepsADraftPerConversation()
{
    auto *editor = child<QPlainTextEdit>("replyEditor");
    QVERIFY(openRow(1) > 0);
    QTest::keyClicks(editor, u"Half-written answer"_s);
    QVERIFY(openRow(2) > 0);
    QVERIFY(editor->toPlainText().isEmpty());
    QVERIFY(openRow(1) > 0);
    QCOMPARE(editor->toPlainText(), u"Half-written answer"_s);
}

void TestMainWindow::switchesThemeLive()
{
    auto *dark = child<QAction>("themeDarkAction");
    auto *light = child<QAction>("themeLightAction");
    QVERIFY(dark && light);
    auto *list = child<QTreeView>("conversationList");
    QVERIFY(list);
    const QColor lightRow = list->grab().toImage().pixelColor(list->width() / 2, list->viewport()->height() - 4);

    dark->trigger();
    QCOMPARE(Theme::current(), Theme::Mode::Dark);
    QCOMPARE(QSettings().value(u"ui/theme"_s).toString(), u"dark"_s); // remembered for the next start
    QVERIFY(qApp->palette().color(QPalette::Window).lightness() < 60);
    QVERIFY(qApp->palette().color(QPalette::WindowText).lightness() > 200);
    QVERIFY(qApp->styleSheet().contains(u"#1E2127"_s)); // the sheet's white panes turned dark
    QVERIFY(!qApp->styleSheet().contains(u"#FFFFFF"_s));
    // The painted inbox rows follow.
    const QColor darkRow = list->grab().toImage().pixelColor(list->width() / 2, list->viewport()->height() - 4);
    QVERIFY2(darkRow.lightness() < 80 && lightRow.lightness() > 200,
             qPrintable(u"%1 -> %2"_s.arg(lightRow.name(), darkRow.name())));

    light->trigger();
    QCOMPARE(Theme::current(), Theme::Mode::Light);
    QCOMPARE(QSettings().value(u"ui/theme"_s).toString(), u"light"_s);
    QVERIFY(qApp->palette().color(QPalette::Window).lightness() > 200);
}

void TestMainWindow::switchesLanguageLive()
{
    LanguageManager languages;
    auto *send = child<QPushButton>("sendButton");
    QVERIFY(send);
    QCOMPARE(send->text(), u"Send"_s);

    QVERIFY(languages.setLanguage(u"zh_CN"_s, false));
    QTRY_COMPARE(send->text(), u"发送"_s);
    QCOMPARE(m_window->inbox()->model()->headerData(Model::BuyerColumn, Qt::Horizontal).toString(), u"买家"_s);

    QVERIFY(languages.setLanguage(u"en"_s, false));
    QTRY_COMPARE(send->text(), u"Send"_s);
}

void TestMainWindow::opensSettingsFromTheFileMenu()
{
    auto *action = m_window->findChild<QAction *>(u"settingsAction"_s);
    QVERIFY(action);
    action->trigger();
    auto *dialog = m_window->findChild<SettingsDialog *>(u"settingsDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    // Every page the areas registered is reachable by its objectName.
    for (int i = 0; i < dialog->pageCount(); ++i) {
        auto *list = dialog->findChild<QListWidget *>(u"settingsPageList"_s);
        QVERIFY(list);
        list->setCurrentRow(i);
        QVERIFY(dialog->currentPage());
        QVERIFY2(!dialog->currentPage()->objectName().isEmpty(), "a settings page without an objectName");
        QVERIFY(dialog->showPage(dialog->currentPage()->objectName()));
    }
    QVERIFY(!dialog->showPage(u"noSuchPage"_s));
    dialog->reject();
    QTRY_VERIFY(!m_window->findChild<SettingsDialog *>(u"settingsDialog"_s));
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
