// Drives the reply editor's assists in the real main window, offscreen: pick a template for an
// Amazon buyer writing Spanish or German, expand a shortcut, get blocked by a link, send.

#include "core/Workspace.h"
#include "core/demo/DemoSeeder.h"
#include "core/storage/InboxQuery.h"
#include "core/templates/TemplateLanguage.h"
#include "core/workflow/sla/SlaDisplay.h"
#include "ui/conversation/AnalysisChips.h"
#include "ui/conversation/ConversationView.h"
#include "ui/conversation/ReplyEditor.h"
#include "ui/conversation/TemplatePicker.h"
#include "ui/conversation/ThreadView.h"
#include "ui/inbox/ConversationListModel.h"
#include "ui/inbox/SlaBadge.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Theme.h"

#include <QApplication>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace hd;
using namespace Qt::StringLiterals;

class TestReplyAssist : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void startsWithTheStarterTemplates();
    void picksATemplateInTheBuyersLanguageAndSends();
    void expandsAShortcutWithTab();
    void noteModeIsNotChecked();
    void headerShowsIntentAndSentimentChips();
    void slaColumnCountsDownAndTurnsOverdue();

private:
    template <typename T>
    T *child(const char *name) const
    {
        T *w = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no widget named %s", name);
        return w;
    }
    /// An Amazon conversation in Spanish or German about a shipped order; opens it in the view.
    ConversationSummary openAmazonEuropean();
    int blockCount() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<MainWindow> m_window;
};

void TestReplyAssist::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"HarborDeskTest"_s);
    QCoreApplication::setApplicationName(u"TestReplyAssist"_s);
    Theme::apply(*qApp);
}

void TestReplyAssist::init()
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
    QVERIFY(m_window->agentId() > 0);
}

void TestReplyAssist::cleanup()
{
    m_window.reset();
    m_ws.reset();
    m_clock.reset();
    m_dir.reset();
}

ConversationSummary TestReplyAssist::openAmazonEuropean()
{
    InboxFilter filter;
    filter.folder = InboxFilter::Folder::All;
    auto rows = m_ws->conversations().page(filter, std::nullopt, 1000);
    if (!rows)
        return {};
    for (const ConversationSummary &s : rows.value()) {
        const QString lang = s.conversation.language;
        if (s.channelKind != ChannelKind::Amazon || s.conversation.orderId == 0
            || (lang != u"es"_s && lang != u"de"_s))
            continue;
        // A shipped order, so the order-status template has every value it needs.
        const auto order = m_ws->customers().order(s.conversation.orderId);
        if (!order || !order.value() || order.value()->trackingNumber.isEmpty() || order.value()->carrier.isEmpty())
            continue;
        auto *view = child<ConversationView>("conversationView");
        view->showConversation(s.conversation.id);
        if (view->conversationId() != s.conversation.id)
            return {};
        return s;
    }
    return {};
}

int TestReplyAssist::blockCount() const
{
    auto *issues = m_window->findChild<QListWidget *>(u"complianceIssues"_s);
    int blocks = 0;
    for (int row = 0; row < issues->count(); ++row)
        blocks += issues->item(row)->data(Qt::UserRole).toString() == u"block"_s ? 1 : 0;
    return blocks;
}

void TestReplyAssist::startsWithTheStarterTemplates()
{
    const auto loaded = m_ws->templates().load();
    QVERIFY(loaded.ok());
    QVERIFY(loaded.value().size() >= 9);
    QVERIFY(loaded.value().byShortcut(u"/wismo"_s) != nullptr);
}

void TestReplyAssist::picksATemplateInTheBuyersLanguageAndSends()
{
    const ConversationSummary s = openAmazonEuropean();
    QVERIFY2(s.conversation.id > 0, "the demo has an Amazon conversation in es or de about an order");
    auto order = m_ws->customers().order(s.conversation.orderId);
    QVERIFY(order.ok() && order.value().has_value());
    const QString orderNumber = order.value()->externalId;
    QVERIFY(!orderNumber.isEmpty());

    auto *picker = child<TemplatePicker>("templatePicker");
    auto *editor = child<QPlainTextEdit>("replyEditor");
    auto *send = child<QPushButton>("sendButton");
    auto *composer = child<ReplyEditor>("replyComposer");
    QVERIFY(picker && editor && send && composer);
    int confirmations = 0;
    composer->setConfirmHook([&](const QList<ComplianceIssue> &) {
        ++confirmations;
        return true;
    });

    // The order-status template, chosen through the popup list.
    picker->showPopup();
    QTRY_VERIFY(picker->isPopupVisible());
    const TemplateLibrary stored = m_ws->templates().load().value();
    const Template *wismo = stored.byShortcut(u"/wismo"_s);
    QVERIFY(wismo);
    const qint64 wismoId = wismo->id;
    const int usesBefore = wismo->useCount;
    QListWidgetItem *item = nullptr;
    for (int row = 0; row < picker->list()->count() && !item; ++row) {
        if (picker->list()->item(row)->data(Qt::UserRole).toLongLong() == wismoId)
            item = picker->list()->item(row);
    }
    QVERIFY(item);
    // Suggested first: the section title, then the suggestions, then "All templates".
    QCOMPARE(picker->list()->item(0)->data(Qt::UserRole).toLongLong(), 0);
    picker->list()->setCurrentItem(item);
    QTest::keyClick(picker->searchField(), Qt::Key_Return);
    QTRY_VERIFY(!picker->isPopupVisible());

    const QString filled = editor->toPlainText();
    QVERIFY2(filled.contains(orderNumber), qPrintable(filled));
    QVERIFY(!filled.contains(u"{{"_s));
    // In the buyer's language: the human variant for that language was used, no translation needed.
    auto *notice = child<QLabel>("templateNotice");
    QVERIFY(!notice->text().contains(u"Machine translation needed"_s));
    bool needsMt = true;
    auto library = m_ws->templates().load().value();
    const TemplateVariant *v = library.pick(wismoId, s.conversation.language, u"amazon"_s, &needsMt);
    QVERIFY(v && !needsMt);
    QVERIFY(TemplateLanguage::matchQuality(s.conversation.language, v->language) > 0);
    const QString greeting = v->body.left(v->body.indexOf(u"{{"_s));
    QVERIFY2(filled.startsWith(greeting), qPrintable(greeting));
    QCOMPARE(library.find(wismoId)->useCount, usesBefore + 1);

    // A link blocks the send on Amazon; removing it unblocks.
    QTRY_VERIFY(send->isEnabled() || blockCount() > 0);
    const bool cleanTemplate = blockCount() == 0;
    QVERIFY2(cleanTemplate, "the filled template itself passes Amazon's rules");
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, u" visit https://example.com"_s);
    QTRY_COMPARE(blockCount(), 1);
    QVERIFY(!send->isEnabled());
    QVERIFY(child<QListWidget>("complianceIssues")->isVisible());
    QTest::mouseClick(send, Qt::LeftButton);
    QCOMPARE(editor->toPlainText(), filled + u" visit https://example.com"_s);

    editor->setPlainText(filled);
    QTRY_COMPARE(blockCount(), 0);
    QTRY_VERIFY(send->isEnabled());
    auto *thread = child<ThreadView>("threadView");
    const int before = int(thread->messages().size());
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_COMPARE(thread->messages().size(), before + 1);
    const Message sent = thread->messages().constLast();
    QCOMPARE(sent.bodyText, filled.trimmed());
    QCOMPARE(sent.status, MessageStatus::Queued);
    QCOMPARE(sent.direction, MessageDirection::Outbound);
    QVERIFY(editor->toPlainText().isEmpty());
    QCOMPARE(confirmations, 0);
}

void TestReplyAssist::expandsAShortcutWithTab()
{
    const ConversationSummary s = openAmazonEuropean();
    QVERIFY(s.conversation.id > 0);
    const auto order = m_ws->customers().order(s.conversation.orderId);
    QVERIFY(order.ok() && order.value().has_value());
    const QString orderNumber = order.value()->externalId;
    auto *editor = child<QPlainTextEdit>("replyEditor");
    editor->setFocus();
    QTest::keyClicks(editor, u"/nosuchshortcut"_s);
    QTest::keyClick(editor, Qt::Key_Tab);
    QCOMPARE(editor->toPlainText(), u"/nosuchshortcut"_s);

    editor->clear();
    editor->setFocus();
    QTest::keyClicks(editor, u"/WISMO"_s);
    QTest::keyClick(editor, Qt::Key_Tab);
    const QString text = editor->toPlainText();
    QVERIFY2(!text.contains(u"/WISMO"_s), qPrintable(text));
    QVERIFY2(text.contains(orderNumber), qPrintable(text));
    QVERIFY(editor->hasFocus());
}

void TestReplyAssist::noteModeIsNotChecked()
{
    QVERIFY(openAmazonEuropean().conversation.id > 0);
    auto *editor = child<QPlainTextEdit>("replyEditor");
    auto *send = child<QPushButton>("sendButton");
    editor->setPlainText(u"Buyer asked before at https://example.com"_s);
    QTRY_COMPARE(blockCount(), 1);
    QVERIFY(!send->isEnabled());
    QTest::mouseClick(child<QPushButton>("noteToggle"), Qt::LeftButton);
    QTRY_COMPARE(blockCount(), 0);
    QVERIFY(send->isEnabled());
    QVERIFY(!child<QListWidget>("complianceIssues")->isVisible());
}

void TestReplyAssist::headerShowsIntentAndSentimentChips()
{
    const ConversationSummary s = openAmazonEuropean();
    QVERIFY(s.conversation.id > 0);
    auto *intent = child<QLabel>("intentChip");
    auto *sentiment = child<QLabel>("sentimentChip");
    QVERIFY(intent && sentiment);
    QVERIFY(!s.conversation.intent.isEmpty());
    QCOMPARE(intent->text(), AnalysisChips::intentName(s.conversation.intent));
    QVERIFY(!intent->text().contains(u'_'));
    QVERIFY(intent->toolTip().startsWith(u"Detected intent"_s));
    QCOMPARE(sentiment->text(), AnalysisChips::sentimentName(s.conversation.sentiment));
    QVERIFY(!intent->isHidden());
}

void TestReplyAssist::slaColumnCountsDownAndTurnsOverdue()
{
    auto *list = child<QTreeView>("conversationList");
    QVERIFY(list);
    auto *model = qobject_cast<ConversationListModel *>(list->model());
    QVERIFY(model);
    int row = -1;
    for (int r = 0; r < model->rowCount() && row < 0; ++r) {
        if (model->index(r, 0).data(ConversationListModel::SlaDueRole).toLongLong() > m_clock->nowMs())
            row = r;
    }
    QVERIFY2(row >= 0, "the demo has a conversation with a running SLA clock");
    const qint64 due = model->index(row, 0).data(ConversationListModel::SlaDueRole).toLongLong();
    const QModelIndex sla = model->index(row, ConversationListModel::SlaColumn);
    QCOMPARE(sla.data().toString(), SlaDisplay::countdownText(due - m_clock->nowMs()));
    QVERIFY(!sla.data(Qt::FontRole).value<QFont>().bold() || model->index(row, 0).data(ConversationListModel::UnreadCountRole).toInt() > 0);

    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    m_clock->setNowMs(due + (2 * 60 + 5) * 60'000LL);
    model->refreshTimes();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(sla.data().toString(), u"overdue 2h 5m"_s);
    QVERIFY(sla.data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(sla.data(Qt::ForegroundRole).value<QColor>(), SlaBadge::colour(SlaDisplay::Urgency::Overdue));
    QVERIFY(sla.data(Qt::ToolTipRole).toString().startsWith(u"Reply was due"_s));
}

QTEST_MAIN(TestReplyAssist)
#include "TestReplyAssist.moc"
