// The inbox model: lazy keyset pages, a bounded row cache, filter changes in SQL, and incremental
// updates that never reset the model. QAbstractItemModelTester checks every signal it emits.

#include "core/Workspace.h"
#include "core/demo/DemoSeeder.h"
#include "ui/inbox/ConversationListModel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <memory>
#include <tuple>

using namespace hd;
using namespace Qt::StringLiterals;
using Folder = InboxFilter::Folder;
using Model = ConversationListModel;

Q_DECLARE_METATYPE(hd::InboxFilter::Sort)

class TestConversationListModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void loadsLazilyPageByPage();
    void keepsOnlyABoundedCacheOfRows();
    void filterChangeRequeries_data();
    void filterChangeRequeries();
    void statusChangeRemovesTheRowIncrementally();
    void readStateUpdatesTheRowInPlace();
    void newMessageMovesTheRowToTheTop();
    void refreshPrependsNewConversations();
    void sortsAndPagesByEveryOrder_data();
    void sortsAndPagesByEveryOrder();
    void priorityChangeMovesTheRow();

private:
    InboxFilter filter(Folder folder) const
    {
        InboxFilter f;
        f.folder = folder;
        f.agentId = m_agentId;
        return f;
    }
    static void fetchAll(Model &model)
    {
        while (model.canFetchMore({}))
            model.fetchMore({});
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_total = 0;
    qint64 m_agentId = 0;
};

void TestConversationListModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestConversationListModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<FakeClock>(QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
    auto ws = Workspace::open(m_dir->filePath(u"ws.sqlite"_s), *m_clock);
    QVERIFY2(ws.ok(), ws.ok() ? "" : qPrintable(ws.error().detail));
    m_ws = std::move(ws).value();
    DemoSeeder seeder(m_ws->database(), m_ws->ingest(), *m_clock);
    auto report = seeder.seed(DemoSeeder::bundledJson());
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().detail));
    m_total = m_ws->conversationCount();
    QVERIFY2(m_total > 100, "the demo should have more conversations than a few pages");
    auto agents = m_ws->directory().agents();
    QVERIFY(agents.ok() && !agents->isEmpty());
    m_agentId = agents->constFirst().id;
}

void TestConversationListModel::cleanup()
{
    m_ws.reset();
    m_clock.reset();
    m_dir.reset();
}

void TestConversationListModel::loadsLazilyPageByPage()
{
    Model model(m_ws->conversations(), *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(25);
    model.setFilter(filter(Folder::All));

    QCOMPARE(model.rowCount(), 25);
    QVERIFY(model.rowCount() < m_total);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 50);

    fetchAll(model);
    QCOMPARE(model.rowCount(), int(m_total));
    QVERIFY(!model.canFetchMore({}));

    // Newest first, and every row distinct.
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.insert(model.conversationIdAt(row));
        if (row > 0)
            QVERIFY(model.index(row - 1, 0).data(Model::LastActivityRole).toLongLong()
                    >= model.index(row, 0).data(Model::LastActivityRole).toLongLong());
    }
    QCOMPARE(ids.size(), int(m_total));
}

void TestConversationListModel::keepsOnlyABoundedCacheOfRows()
{
    Model model(m_ws->conversations(), *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(10);
    model.setCacheCapacity(30);
    model.setFilter(filter(Folder::All));
    fetchAll(model);
    QCOMPARE(model.rowCount(), int(m_total));
    QVERIFY2(model.cachedRowCount() <= 30, qPrintable(QString::number(model.cachedRowCount())));

    // An evicted row is read again, and is the same conversation.
    const qint64 id = model.conversationIdAt(0);
    auto summary = m_ws->conversations().summary(id);
    QVERIFY(summary.ok());
    QCOMPARE(model.index(0, Model::BuyerColumn).data().toString(), summary->customerName);
    QCOMPARE(model.index(0, 0).data(Model::ConversationIdRole).toLongLong(), id);
    QVERIFY(model.cachedRowCount() <= 30);
}

void TestConversationListModel::filterChangeRequeries_data()
{
    QTest::addColumn<int>("folder");
    QTest::addColumn<QString>("expectedStatus");
    QTest::addColumn<bool>("unassignedOnly");
    QTest::newRow("all open shows only open conversations") << int(Folder::AllOpen) << u"open"_s << false;
    QTest::newRow("waiting on buyer shows pending ones") << int(Folder::Waiting) << u"pending"_s << false;
    QTest::newRow("resolved shows resolved ones") << int(Folder::Resolved) << u"resolved"_s << false;
    QTest::newRow("unassigned shows open ones nobody owns") << int(Folder::Unassigned) << u"open"_s << true;
}

void TestConversationListModel::filterChangeRequeries()
{
    QFETCH(int, folder);
    QFETCH(QString, expectedStatus);
    QFETCH(bool, unassignedOnly);

    Model model(m_ws->conversations(), *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(40);
    model.setFilter(filter(Folder::All));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setFilter(filter(Folder(folder)));
    QCOMPARE(resets.count(), 1);
    model.setFilter(filter(Folder(folder))); // the same filter again: nothing happens
    QCOMPARE(resets.count(), 1);

    fetchAll(model);
    auto counts = m_ws->conversations().counts(m_agentId);
    QVERIFY(counts.ok());
    const int expectedRows = Folder(folder) == Folder::AllOpen ? counts->allOpen
        : Folder(folder) == Folder::Waiting                    ? counts->waiting
        : Folder(folder) == Folder::Resolved                   ? counts->resolved
                                                               : counts->unassigned;
    QCOMPARE(model.rowCount(), expectedRows);
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, 0).data(Model::StatusRole).toString(), expectedStatus);
        if (unassignedOnly)
            QVERIFY(model.index(row, 0).data(Model::AssigneeRole).toString().isEmpty());
    }

    // A channel filter on top keeps only that channel.
    auto channels = m_ws->directory().channels();
    QVERIFY(channels.ok() && !channels->isEmpty());
    InboxFilter byChannel = filter(Folder::All);
    byChannel.channelId = channels->constFirst().id;
    model.setFilter(byChannel);
    fetchAll(model);
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        auto s = model.summaryAt(row);
        QVERIFY(s.has_value());
        QCOMPARE(s->conversation.channelId, byChannel.channelId);
    }
}

void TestConversationListModel::statusChangeRemovesTheRowIncrementally()
{
    Model model(m_ws->conversations(), *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(20);
    model.setFilter(filter(Folder::AllOpen));
    const int before = model.rowCount();
    const qint64 id = model.conversationIdAt(3);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    QVERIFY(m_ws->conversations().setStatus(id, ConversationStatus::Resolved, m_agentId).ok());
    model.refreshConversation(id);

    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.constFirst().at(1).toInt(), 3);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(model.rowCount(), before - 1);
    QCOMPARE(model.rowOf(id), -1);

    // Reopened, it comes back at its place, again without a reset.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(m_ws->conversations().setStatus(id, ConversationStatus::Open, m_agentId).ok());
    model.refreshConversation(id);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowOf(id), 3);
    QCOMPARE(resets.count(), 0);
}

void TestConversationListModel::readStateUpdatesTheRowInPlace()
{
    Model model(m_ws->conversations(), *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(filter(Folder::AllOpen));
    int row = -1;
    for (int r = 0; r < model.rowCount() && row < 0; ++r)
        if (model.index(r, 0).data(Model::UnreadCountRole).toInt() > 0)
            row = r;
    QVERIFY2(row >= 0, "the demo has unread conversations");
    QVERIFY(model.index(row, Model::BuyerColumn).data(Qt::FontRole).value<QFont>().bold());
    const qint64 id = model.conversationIdAt(row);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QVERIFY(m_ws->conversations().markRead(id).ok());
    model.refreshConversation(id);

    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.constFirst().at(0).toModelIndex().row(), row);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(model.rowOf(id), row);
    QCOMPARE(model.index(row, 0).data(Model::UnreadCountRole).toInt(), 0);
    QVERIFY(!model.index(row, Model::BuyerColumn).data(Qt::FontRole).value<QFont>().bold());
}

void TestConversationListModel::newMessageMovesTheRowToTheTop()
{
    Model model(m_ws->conversations(), *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(filter(Folder::All));
    const qint64 id = model.conversationIdAt(5);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    m_clock->advanceMs(60'000);
    QVERIFY(m_ws->messages().addReply(id, m_agentId, u"On its way today."_s).ok());
    model.refreshConversation(id);

    QCOMPARE(moved.count(), 1);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(model.rowOf(id), 0);
}

void TestConversationListModel::refreshPrependsNewConversations()
{
    Model model(m_ws->conversations(), *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(filter(Folder::AllOpen));
    const int before = model.rowCount();
    const qint64 firstBefore = model.conversationIdAt(0);

    auto channels = m_ws->directory().channels();
    QVERIFY(channels.ok() && !channels->isEmpty());
    m_clock->advanceMs(120'000);
    InboundMessage in;
    in.channelId = channels->constFirst().id;
    in.externalId = u"test-new-1"_s;
    in.conversationExternalId = u"test-thread-1"_s;
    in.customerExternalId = u"new.buyer@example.com"_s;
    in.customerName = u"Nora Newcomer"_s;
    in.customerEmail = u"new.buyer@example.com"_s;
    in.subject = u"Where is my parcel?"_s;
    in.bodyText = u"Hello, my parcel has not arrived yet."_s;
    in.language = u"en"_s;
    in.sentAt = m_clock->nowMs();
    auto report = m_ws->ingest().ingest({in});
    QVERIFY(report.ok());
    QCOMPARE(report->conversationsCreated, 1);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.refresh();
    QCOMPARE(resets.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.constFirst().at(1).toInt(), 0);
    QCOMPARE(model.rowCount(), before + 1);
    QCOMPARE(model.index(0, Model::BuyerColumn).data().toString(), u"Nora Newcomer"_s);
    QCOMPARE(model.conversationIdAt(1), firstBefore);

    // A second refresh with nothing new changes nothing.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.refresh();
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(changed.count(), 0);
}

void TestConversationListModel::sortsAndPagesByEveryOrder_data()
{
    QTest::addColumn<InboxFilter::Sort>("sort");
    QTest::newRow("priority score, then newest") << InboxFilter::Sort::Priority;
    QTest::newRow("SLA due first, no clock last") << InboxFilter::Sort::SlaDue;
    QTest::newRow("newest") << InboxFilter::Sort::Newest;
    QTest::newRow("oldest") << InboxFilter::Sort::Oldest;
}

void TestConversationListModel::sortsAndPagesByEveryOrder()
{
    QFETCH(InboxFilter::Sort, sort);
    // Spread scores with many ties (so the keyset's tie-breakers matter) and leave some clocks unset.
    QSqlQuery q(m_ws->database().connection());
    QVERIFY(q.exec(u"UPDATE conversations SET priority_score = (id * 37) % 7 * 10,"
                   " sla_due_at = CASE WHEN id % 3 = 0 THEN 0 ELSE 1773100000000 + (id * 7919) % 100 * 60000 END"_s));

    Model model(m_ws->conversations(), *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(17);
    InboxFilter f = filter(Folder::All);
    f.sort = sort;
    model.setFilter(f);
    fetchAll(model);
    QCOMPARE(model.rowCount(), int(m_total));

    QSet<qint64> ids;
    const auto key = [&](int row) {
        const QModelIndex i = model.index(row, 0);
        const qint64 due = i.data(Model::SlaDueRole).toLongLong();
        return std::tuple(i.data(Model::PriorityScoreRole).toInt(), i.data(Model::LastActivityRole).toLongLong(),
                          i.data(Model::ConversationIdRole).toLongLong(),
                          due == 0 ? std::numeric_limits<qint64>::max() : due);
    };
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.insert(model.conversationIdAt(row));
        if (row == 0)
            continue;
        const auto [ps, pt, pid, pdue] = key(row - 1);
        const auto [s, t, id, due] = key(row);
        switch (sort) {
        case InboxFilter::Sort::Priority: QVERIFY(std::tuple(ps, pt, pid) > std::tuple(s, t, id)); break;
        case InboxFilter::Sort::SlaDue: QVERIFY(std::tuple(pdue, pid) < std::tuple(due, id)); break;
        case InboxFilter::Sort::Newest: QVERIFY(std::tuple(pt, pid) > std::tuple(t, id)); break;
        case InboxFilter::Sort::Oldest: QVERIFY(std::tuple(pt, pid) < std::tuple(t, id)); break;
        }
    }
    QCOMPARE(ids.size(), int(m_total)); // every row once across the pages
    if (sort == InboxFilter::Sort::Priority) {
        QVERIFY(model.index(0, 0).data(Model::PriorityScoreRole).toInt() == 60);
        QVERIFY(model.index(0, Model::PriorityColumn).data(Qt::ToolTipRole).toString().contains(u"60"_s));
    }
}

void TestConversationListModel::priorityChangeMovesTheRow()
{
    QSqlQuery q(m_ws->database().connection());
    QVERIFY(q.exec(u"UPDATE conversations SET priority_score = 10, priority_reason = ''"_s));
    Model model(m_ws->conversations(), *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    InboxFilter f = filter(Folder::All);
    f.sort = InboxFilter::Sort::Priority;
    model.setFilter(f);
    const qint64 id = model.conversationIdAt(5);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    q.prepare(u"UPDATE conversations SET priority_score = 95, priority_reason = ? WHERE id = ?"_s);
    q.addBindValue(u"+35 chargeback or legal threat; +30 SLA due in 40 min"_s);
    q.addBindValue(id);
    QVERIFY(q.exec());
    model.refreshConversation(id);
    QCOMPARE(model.conversationIdAt(0), id);
    QCOMPARE(resets.count(), 0);
    const QString tip = model.index(0, Model::PriorityColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"95"_s) && tip.contains(u"\n+35 chargeback or legal threat\n+30 SLA due in 40 min"_s),
             qPrintable(tip));
    QCOMPARE(model.index(0, 0).data(Model::PriorityReasonRole).toString(),
             u"+35 chargeback or legal threat; +30 SLA due in 40 min"_s);
}

QTEST_MAIN(TestConversationListModel)
#include "TestConversationListModel.moc"
