// Settings > Channels, driven offscreen through object names: the table lists the workspace's
// channels with their sync state; "Add channel…" opens the dialog, an eBay store is filled in and
// tested against an in-process harbordesk-sim, then saved: the channel appears in the table, its
// credentials are in the secret store (a MemorySecretStore here) and never in the database file.

#include "app/sim/SimServer.h"
#include "app/sim/routes/SimRoutes.h"
#include "core/Workspace.h"
#include "core/common/Clock.h"
#include "core/security/MemorySecretStore.h"
#include "core/sync/ChannelStateRepository.h"
#include "core/sync/ConnectorFactory.h"
#include "ui/settings/ChannelsPage.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <memory>

using namespace hd;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kNow = 1'795'348'800'000; // 2026-11-22T12:00:00Z
constexpr int kStateColumn = 2;

QString scenarioPath()
{
    const QString root = qEnvironmentVariable("HARBORDESK_SOURCE_DIR");
    return (root.isEmpty() ? QStringLiteral(HD_SOURCE_DIR) : root) + u"/resources/sim/demo.json"_s;
}

QStringList columnTexts(const QTreeWidget *table, int column)
{
    QStringList texts;
    for (int i = 0; i < table->topLevelItemCount(); ++i)
        texts << table->topLevelItem(i)->text(column);
    return texts;
}
} // namespace

class TestChannelsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void listsTheChannelsWithTheirState();
    void addsAnEbayChannelTestedAgainstTheSimulator();
    void aFailedTestSavesNothing();

private:
    /// Opens "Add channel…", runs `drive` on the modal dialog, returns what exec() returned.
    int withAddDialog(ChannelsPage &page, const std::function<void(QDialog *)> &drive);
    void fillEbay(QDialog *dialog, const QString &clientSecret);

    std::unique_ptr<QTemporaryDir> m_dir;
    FakeClock m_clock{kNow};
    std::unique_ptr<sim::SimServer> m_sim;
    std::unique_ptr<Workspace> m_ws;
    MemorySecretStore *m_secrets = nullptr;
};

void TestChannelsPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_sim = std::make_unique<sim::SimServer>(m_clock);
    sim::installAllRoutes(*m_sim);
    const Status loaded = m_sim->loadScenarioFile(scenarioPath());
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    QVERIFY(m_sim->listen(0).ok());
    auto ws = Workspace::open(m_dir->filePath(u"ws.sqlite"_s), m_clock);
    QVERIFY2(ws.ok(), ws.ok() ? "" : qPrintable(ws.error().detail));
    m_ws = std::move(ws).value();
    auto secrets = std::make_unique<MemorySecretStore>();
    m_secrets = secrets.get();
    m_ws->setSecretStore(std::move(secrets));
}

void TestChannelsPage::cleanup()
{
    m_ws.reset();
    m_sim.reset();
    m_dir.reset();
}

int TestChannelsPage::withAddDialog(ChannelsPage &page, const std::function<void(QDialog *)> &drive)
{
    auto *add = page.findChild<QPushButton *>(u"addChannelButton"_s);
    if (!add) {
        qWarning("no addChannelButton");
        return -1;
    }
    int result = -1;
    QTimer::singleShot(0, &page, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != "addChannelDialog"_L1) {
            qWarning("the Add channel dialog did not open");
            return;
        }
        // Never hang the test on a dialog that stays open.
        QTimer::singleShot(20'000, dialog, [dialog] { dialog->reject(); });
        connect(dialog, &QDialog::finished, &page, [&result](int r) { result = r; });
        drive(dialog);
    });
    add->click(); // modal: returns when the dialog closes
    return result;
}

void TestChannelsPage::fillEbay(QDialog *dialog, const QString &clientSecret)
{
    auto *kind = dialog->findChild<QComboBox *>(u"channelKindCombo"_s);
    QVERIFY(kind);
    kind->setCurrentIndex(kind->findData(channelKindToString(ChannelKind::Ebay)));
    const QList<std::pair<QString, QString>> values{
        {u"channelNameEdit"_s, u"eBay US store"_s},
        {u"channelMarketplaceEdit"_s, u"us"_s},
        {u"field_apiBaseUrl"_s, m_sim->baseUrl().toString() + u"/ebay"_s},
        {u"field_clientId"_s, u"sim-ebay-client"_s},
        {u"field_sellerUsername"_s, u"harbor_shop"_s},
        {u"field_client_secret"_s, clientSecret},
        {u"field_refresh_token"_s, u"sim-ebay-refresh-1"_s},
    };
    for (const auto &[name, value] : values) {
        auto *edit = dialog->findChild<QLineEdit *>(name);
        QVERIFY2(edit, qPrintable(name));
        edit->setText(value);
    }
}

void TestChannelsPage::listsTheChannelsWithTheirState()
{
    Channel shopee;
    shopee.kind = ChannelKind::Shopee;
    shopee.name = u"Shopee SG"_s;
    shopee.marketplace = u"SG"_s;
    shopee.configJson = u"{}"_s;
    shopee.enabled = true;
    auto id = m_ws->directory().addChannel(shopee);
    QVERIFY(id.ok());
    ChannelState state;
    state.channelId = id.value();
    state.state = ChannelSyncState::NeedsReauth;
    state.updatedAt = kNow;
    QVERIFY(ChannelStateRepository(m_ws->database()).save(state).ok());

    ChannelsPage page(*m_ws);
    page.show();
    auto *table = page.findChild<QTreeWidget *>(u"channelsTable"_s);
    QVERIFY(table);
    const QStringList names = columnTexts(table, 0);
    QVERIFY2(names.contains(u"Shopee SG (SG)"_s), qPrintable(names.join(u", "_s)));
    const int row = int(names.indexOf(u"Shopee SG (SG)"_s));
    QCOMPARE(table->topLevelItem(row)->text(kStateColumn), describeChannelState(state, kNow));
    QCOMPARE(table->topLevelItem(row)->text(kStateColumn), u"Needs re-authorisation"_s);
}

void TestChannelsPage::addsAnEbayChannelTestedAgainstTheSimulator()
{
    ChannelsPage page(*m_ws);
    page.show();
    auto *table = page.findChild<QTreeWidget *>(u"channelsTable"_s);
    QVERIFY(table);
    const int before = table->topLevelItemCount();

    const int result = withAddDialog(page, [this](QDialog *dialog) {
        fillEbay(dialog, u"sim-ebay-secret"_s);
        if (auto *save = dialog->findChild<QPushButton *>(u"testAndSaveButton"_s))
            save->click(); // tests the connection against the simulator, then saves and closes
    });
    QCOMPARE(result, int(QDialog::Accepted));
    QVERIFY(!QTest::currentTestFailed());

    // The channel is in the table, as the page lists it.
    QCOMPARE(table->topLevelItemCount(), before + 1);
    QVERIFY2(columnTexts(table, 0).contains(u"eBay US store (US)"_s), qPrintable(columnTexts(table, 0).join(u", "_s)));

    // The credentials are in the secret store, the settings in the row, and no secret in the database.
    auto channels = m_ws->directory().channels();
    QVERIFY(channels.ok());
    std::optional<Channel> saved;
    for (const Channel &c : channels.value())
        if (c.name == "eBay US store"_L1)
            saved = c;
    QVERIFY(saved);
    QCOMPARE(saved->kind, ChannelKind::Ebay);
    QCOMPARE(saved->marketplace, u"US"_s);
    QVERIFY(saved->configJson.contains(u"sim-ebay-client"_s));
    auto secret = m_secrets->read(ConnectorFactory::secretKey(*saved, u"client_secret"_s));
    QVERIFY(secret.ok());
    QCOMPARE(secret.value(), u"sim-ebay-secret"_s);
    auto refresh = m_secrets->read(ConnectorFactory::secretKey(*saved, u"refresh_token"_s));
    QVERIFY(refresh.ok());
    QCOMPARE(refresh.value(), u"sim-ebay-refresh-1"_s);
    QVERIFY(!saved->configJson.contains(u"sim-ebay-secret"_s));

    m_ws.reset(); // closes the connections, so the file holds everything written
    QByteArray bytes;
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-journal"_s}) {
        QFile f(m_dir->filePath(u"ws.sqlite"_s + suffix));
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    QVERIFY(!bytes.isEmpty());
    QVERIFY(bytes.contains("sim-ebay-client"));  // the row is there ...
    QVERIFY(!bytes.contains("sim-ebay-secret")); // ... its credentials are not
    QVERIFY(!bytes.contains("sim-ebay-refresh-1"));
}

void TestChannelsPage::aFailedTestSavesNothing()
{
    ChannelsPage page(*m_ws);
    page.show();
    auto *table = page.findChild<QTreeWidget *>(u"channelsTable"_s);
    QVERIFY(table);
    const int before = table->topLevelItemCount();
    QString message;

    const int result = withAddDialog(page, [this, &message](QDialog *dialog) {
        fillEbay(dialog, u"not-the-secret"_s);
        auto *save = dialog->findChild<QPushButton *>(u"testAndSaveButton"_s);
        auto *status = dialog->findChild<QLabel *>(u"channelTestResult"_s);
        if (!save || !status)
            return dialog->reject();
        save->click();
        // The answer comes back asynchronously; the dialog stays open and says why.
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"failed"_s) && save->isEnabled(), 15'000);
        message = status->text();
        dialog->reject();
    });
    QCOMPARE(result, int(QDialog::Rejected));
    QVERIFY2(message.startsWith(u"The connection test failed"_s), qPrintable(message));
    QCOMPARE(table->topLevelItemCount(), before);
    auto channels = m_ws->directory().channels();
    QVERIFY(channels.ok());
    for (const Channel &c : channels.value())
        QVERIFY(c.name != "eBay US store"_L1);
    QCOMPARE(m_secrets->size(), 0);
}

QTEST_MAIN(TestChannelsPage)
#include "TestChannelsPage.moc"
