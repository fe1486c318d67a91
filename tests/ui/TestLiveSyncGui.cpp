// The demo as a user sees it, under load: the main window on a seeded demo workspace while eBay,
// Shopee, Facebook and TikTok Shop channels sync live from an in-process harbordesk-sim (its live
// feed injecting several buyer messages a second), and a deterministic "monkey" clicks around the
// whole time: opens conversations, moves the selection, searches, opens the dashboard and
// Settings > Channels, asks for "Sync now". The UI models are refreshed from the sync thread's
// signals while they are in use, which is where thread-safety bugs show. Run it under
// AddressSanitizer for minutes with HARBORDESK_GUI_SOAK_SECONDS (default 12).

#include "app/sim/SimLiveFeed.h"
#include "app/sim/SimServer.h"
#include "app/sim/routes/SimRoutes.h"
#include "core/Workspace.h"
#include "core/common/Clock.h"
#include "core/demo/DemoSeeder.h"
#include "core/security/MemorySecretStore.h"
#include "core/sync/BuiltinConnectors.h"
#include "core/sync/ChannelSetup.h"
#include "core/sync/ConnectorFactory.h"
#include "core/sync/SyncEngineThread.h"
#include "ui/inbox/ConversationListModel.h"
#include "ui/inbox/InboxView.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <memory>

using namespace hd;
using namespace Qt::StringLiterals;

namespace {
QString scenarioPath()
{
    const QString root = qEnvironmentVariable("HARBORDESK_SOURCE_DIR");
    return (root.isEmpty() ? QStringLiteral(HD_SOURCE_DIR) : root) + u"/resources/sim/demo.json"_s;
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

class TestLiveSyncGui final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void liveMessagesArriveWhileTheUserClicksAround();

private:
    /// The simulator channels scripts/demo.sh sets up, with the scenario's made-up credentials.
    QHash<ChannelKind, qint64> addSimChannels(Workspace &ws, const QString &sim);
    void monkeyStep(MainWindow &window, Workspace &ws, QRandomGenerator &random);

    SystemClock m_clock;
};

QHash<ChannelKind, qint64> TestLiveSyncGui::addSimChannels(Workspace &ws, const QString &sim)
{
    ConnectorFactory factory(ws.secrets(), m_clock);
    registerBuiltinConnectors(factory);
    ChannelSetup setup(ws.database(), factory, ws.secrets());
    struct Spec
    {
        ChannelKind kind;
        QString name;
        QJsonObject config;
        ChannelSetup::Secrets secrets;
    };
    QList<Spec> specs;
    specs.append(Spec{ChannelKind::Ebay,
                      u"eBay (simulator)"_s,
                      QJsonObject{{u"apiBaseUrl"_s, QString(sim + u"/ebay"_s)},
                                  {u"clientId"_s, u"sim-ebay-client"_s},
                                  {u"sellerUsername"_s, u"harbor_shop"_s}},
                      ChannelSetup::Secrets{{u"client_secret"_s, u"sim-ebay-secret"_s},
                                            {u"refresh_token"_s, u"sim-ebay-refresh-1"_s}}});
    specs.append(Spec{
        ChannelKind::Shopee,
        u"Shopee (simulator)"_s,
        QJsonObject{{u"apiBaseUrl"_s, QString(sim + u"/shopee"_s)}, {u"partnerId"_s, 2011285}, {u"shopId"_s, 123456}},
        ChannelSetup::Secrets{{u"partner_key"_s, u"sim-shopee-partner-key"_s},
                              {u"refresh_token"_s, u"sim-shopee-refresh-1"_s}}});
    specs.append(Spec{ChannelKind::Facebook,
                      u"Facebook (simulator)"_s,
                      QJsonObject{{u"apiBaseUrl"_s, QString(sim + u"/meta"_s)}, {u"pageId"_s, u"104857600123456"_s}},
                      ChannelSetup::Secrets{{u"page_token"_s, u"sim-meta-page-token"_s}}});
    specs.append(Spec{ChannelKind::TikTokShop,
                      u"TikTok Shop (simulator)"_s,
                      QJsonObject{{u"apiBaseUrl"_s, QString(sim + u"/tiktok"_s)},
                                  {u"authBaseUrl"_s, QString(sim + u"/tiktok/auth"_s)},
                                  {u"appKey"_s, u"sim-tiktok-app"_s},
                                  {u"shopCipher"_s, u"GCP_SIM_DEMO"_s}},
                      ChannelSetup::Secrets{{u"app_secret"_s, u"sim-tiktok-app-secret"_s},
                                            {u"refresh_token"_s, u"sim-tiktok-refresh-1"_s}}});
    QHash<ChannelKind, qint64> ids;
    for (const Spec &spec : specs) {
        Channel c;
        c.kind = spec.kind;
        c.name = spec.name;
        c.marketplace = u"US"_s;
        c.configJson = json(spec.config);
        c.createdAt = m_clock.nowMs();
        auto id = setup.add(c, spec.secrets);
        if (!id) {
            qWarning("cannot add %s: %s", qPrintable(spec.name), qPrintable(id.error().detail));
            continue;
        }
        ids.insert(spec.kind, id.value());
    }
    return ids;
}

void TestLiveSyncGui::monkeyStep(MainWindow &window, Workspace &ws, QRandomGenerator &random)
{
    InboxView *inbox = window.inbox();
    const ConversationListModel *model = inbox->model();
    switch (random.bounded(10)) {
    case 0:
    case 1:
    case 2:
        if (model->rowCount() > 0)
            if (const auto s = model->summaryAt(random.bounded(qMin(model->rowCount(), 200))))
                inbox->selectConversation(s->conversation.id);
        break;
    case 3: inbox->moveSelection(random.bounded(2) ? 1 : -1); break;
    case 4: window.refresh(); break;
    case 5:
        if (inbox->isSearching())
            inbox->leaveSearch();
        else
            inbox->showSearch(random.bounded(2) ? u"order"_s : u"pedido"_s);
        break;
    case 6: window.showAnalytics(); break;
    case 7: window.showInbox(); break;
    case 8: {
        SettingsDialog *settings = window.showSettings(u"channelsPage"_s);
        if (auto *table = settings->findChild<QTreeWidget *>(u"channelsTable"_s); table && table->topLevelItemCount())
            table->setCurrentItem(table->topLevelItem(random.bounded(table->topLevelItemCount())));
        if (auto *syncNow = settings->findChild<QPushButton *>(u"syncNowButton"_s); syncNow && syncNow->isEnabled())
            syncNow->click();
        break;
    }
    case 9:
        if (auto *settings = window.findChild<SettingsDialog *>())
            settings->close();
        ws.sync().wakeOutbox();
        break;
    }
}

void TestLiveSyncGui::liveMessagesArriveWhileTheUserClicksAround()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const int seconds = qEnvironmentVariableIntValue("HARBORDESK_GUI_SOAK_SECONDS") > 0
        ? qEnvironmentVariableIntValue("HARBORDESK_GUI_SOAK_SECONDS")
        : 12;

    sim::SimServer sim(m_clock);
    sim::installAllRoutes(sim);
    const Status loaded = sim.loadScenarioFile(scenarioPath());
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    QVERIFY(sim.listen(0).ok());
    sim::SimLiveFeed live(sim, 300.0, 11); // 5 buyer messages a second

    auto opened = Workspace::open(dir.filePath(u"demo.sqlite"_s), m_clock);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().detail));
    std::unique_ptr<Workspace> ws = std::move(opened).value();
    ws->setSecretStore(std::make_unique<MemorySecretStore>());
    DemoSeeder seeder(ws->database(), ws->ingest(), m_clock);
    QVERIFY(seeder.seed(DemoSeeder::bundledJson()).ok());
    const QHash<ChannelKind, qint64> channels = addSimChannels(*ws, sim.baseUrl().toString());
    QCOMPARE(channels.size(), 4);

    {
        MainWindow window(*ws, nullptr);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const qint64 conversationsBefore = ws->conversationCount();
        QSignalSpy ingested(&ws->sync(), &SyncEngineThread::messagesIngested);
        ws->sync().start();
        live.start();

        QRandomGenerator random(20261122);
        QTimer monkey;
        monkey.setInterval(120);
        int steps = 0;
        connect(&monkey, &QTimer::timeout, &window, [&] {
            monkeyStep(window, *ws, random);
            ++steps;
        });
        monkey.start();
        QElapsedTimer elapsed;
        elapsed.start();
        QTRY_VERIFY_WITH_TIMEOUT(elapsed.elapsed() >= seconds * 1000LL, (seconds + 60) * 1000);
        monkey.stop();
        live.stop();
        if (auto *settings = window.findChild<SettingsDialog *>())
            settings->close();
        window.showInbox();
        qInfo("%d monkey steps, %d live messages injected, %lld ingest batches in %d s",
              steps,
              live.injectedCount(),
              qlonglong(ingested.count()),
              seconds);
        QVERIFY(steps > seconds * 4);
        QVERIFY(live.injectedCount() > 0);
        QVERIFY(ingested.count() > 0);

        // Every simulator channel synced; none in error.
        const auto states = ws->sync().states();
        for (auto it = channels.cbegin(); it != channels.cend(); ++it) {
            const ChannelState s = states.value(it.value());
            QVERIFY2(s.state != ChannelSyncState::Error && s.state != ChannelSyncState::NeedsReauth,
                     qPrintable(channelKindToString(it.key()) + u": "_s + s.detail));
            QVERIFY2(s.lastSuccessAt > 0, qPrintable(channelKindToString(it.key()) + u" never synced"_s));
            QSqlQuery q(ws->database().connection());
            q.prepare(u"SELECT COUNT(*) FROM messages WHERE channel_id = ?"_s);
            q.addBindValue(it.value());
            QVERIFY(q.exec() && q.next());
            QVERIFY2(q.value(0).toInt() > 0, qPrintable(channelKindToString(it.key()) + u" stored no message"_s));
        }
        // New buyers started conversations, and the inbox still lists them after all that.
        QVERIFY(ws->conversationCount() > conversationsBefore);
        window.refresh();
        QTRY_VERIFY(window.inbox()->model()->rowCount() > 0);
        ws->sync().stop();
    }
    ws.reset();
}

QTEST_MAIN(TestLiveSyncGui)
#include "TestLiveSyncGui.moc"
