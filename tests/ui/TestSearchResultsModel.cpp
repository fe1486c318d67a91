// Search hits for the list pane: run off the UI thread, newest first or by relevance, and only the
// newest query's hits ever reach the model.

#include "core/Workspace.h"
#include "core/demo/DemoSeeder.h"
#include "ui/inbox/ConversationListModel.h"
#include "ui/inbox/SearchResultsModel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace hd;
using namespace Qt::StringLiterals;
using R = ConversationListModel::Role;

class TestSearchResultsModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void findsTheBuyer_data();
    void findsTheBuyer();
    void onlyTheNewestQueryLands();
    void clearDropsARunningQuery();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<Workspace> m_ws;
    QString m_buyer;
    qint64 m_conversationId = 0;
};

void TestSearchResultsModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSearchResultsModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<FakeClock>(QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
    auto ws = Workspace::open(m_dir->filePath(u"ws.sqlite"_s), *m_clock);
    QVERIFY(ws.ok());
    m_ws = std::move(ws).value();
    DemoSeeder seeder(m_ws->database(), m_ws->ingest(), *m_clock);
    QVERIFY(seeder.seed(DemoSeeder::bundledJson()).ok());
    InboxFilter all;
    all.folder = InboxFilter::Folder::All;
    auto page = m_ws->conversations().page(all, std::nullopt, 1);
    QVERIFY(page.ok() && !page->isEmpty());
    m_buyer = page->constFirst().customerName;
    m_conversationId = page->constFirst().conversation.id;
}

void TestSearchResultsModel::cleanup()
{
    m_ws.reset();
    m_clock.reset();
    m_dir.reset();
}

void TestSearchResultsModel::findsTheBuyer_data()
{
    QTest::addColumn<bool>("relevance");
    QTest::newRow("newest first") << false;
    QTest::newRow("best match first") << true;
}

void TestSearchResultsModel::findsTheBuyer()
{
    QFETCH(bool, relevance);
    SearchResultsModel model(m_ws->search(), *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&model, &SearchResultsModel::finished);

    model.search(m_buyer, relevance ? SearchRepository::Order::Relevance : SearchRepository::Order::Newest);
    QVERIFY(model.isBusy());
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(finished.constFirst().at(0).toBool());
    QVERIFY(!model.isBusy());
    QVERIFY(model.rowCount() > 0);
    QVERIFY(model.rowCount() <= SearchResultsModel::kLimit);

    bool found = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        found = found || index.data(R::ConversationIdRole).toLongLong() == m_conversationId;
        QVERIFY(!index.data(R::BuyerRole).toString().isEmpty());
        if (!relevance && row > 0)
            QVERIFY(model.index(row - 1, 0).data(R::LastActivityRole).toLongLong()
                    >= index.data(R::LastActivityRole).toLongLong());
    }
    QVERIFY2(found, qPrintable(m_buyer));
}

void TestSearchResultsModel::onlyTheNewestQueryLands()
{
    SearchResultsModel model(m_ws->search(), *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&model, &SearchResultsModel::finished);
    model.search(u"zzzznotaword"_s, SearchRepository::Order::Newest);
    model.search(m_buyer, SearchRepository::Order::Newest);
    QTRY_VERIFY(!model.isBusy());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(model.query(), m_buyer);
    QVERIFY(model.rowCount() > 0);
}

void TestSearchResultsModel::clearDropsARunningQuery()
{
    SearchResultsModel model(m_ws->search(), *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&model, &SearchResultsModel::finished);
    model.search(m_buyer, SearchRepository::Order::Relevance);
    model.clear();
    QTRY_VERIFY(!model.isBusy());
    QCOMPARE(finished.count(), 0);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestSearchResultsModel)
#include "TestSearchResultsModel.moc"
