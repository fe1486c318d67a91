// Credentials never reach the database, the settings or the logs: a channel is added with secrets
// through ChannelSetup (what the Add channel dialog and `channels add` use), synced and replied to
// with connectors that read those secrets, its failures logged at debug level, and then every file
// the app wrote is searched for each secret (raw, base64 and percent-encoded).

#include "core/common/Log.h"
#include "core/security/MemorySecretStore.h"
#include "core/sync/ChannelSetup.h"
#include "core/sync/ConnectorFactory.h"
#include "core/sync/SyncEngine.h"
#include "tests/core/sync/FakeChannelConnector.h"
#include "tests/core/sync/SyncTestSupport.h"

#include <QDirIterator>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace hd;
using namespace Qt::StringLiterals;

namespace {

/// A connector that needs its token: it fails with Auth unless the token read from the store is right.
class TokenCheckingConnector final : public Connector
{
public:
    TokenCheckingConnector(test::FakeChannelSpec spec, QString token, QString expected)
        : m_inner(std::move(spec))
        , m_ok(token == expected)
    {
    }
    ChannelKind kind() const override { return ChannelKind::Ebay; }
    void fetch(const QString &cursor, FetchCallback done) override
    {
        if (!m_ok)
            return done(Error::make(Error::Code::PermissionDenied, u"The token was refused."_s),
                        ChannelFailure{ChannelFailure::Kind::Auth, 0, u"The token was refused."_s, u"401"_s});
        m_inner.fetch(cursor, std::move(done));
    }
    void send(const OutboundReply &reply, SendCallback done) override { m_inner.send(reply, std::move(done)); }
    void testConnection(CheckCallback done) override { m_inner.testConnection(std::move(done)); }

private:
    test::FakeChannelConnector m_inner;
    bool m_ok;
};

} // namespace

class TestSecretsNotLeaked : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void secretsAppearInNoFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString logs = dir.filePath(u"logs"_s);
        const QString settingsDir = dir.filePath(u"settings"_s);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir);
        log::init(logs, true);

        const QStringList secrets{u"rt-7f3a9c1e5b2d4f60-REFRESH"_s,
                                  u"cs-Zq8WvX2pLm4Nk6Jh-CLIENT"_s,
                                  u"imap-P@ss w0rd!-MAIL"_s};
        SystemClock clock;
        auto ws = Workspace::open(dir.filePath(u"ws.sqlite"_s), clock);
        QVERIFY(ws);
        MemorySecretStore store;
        ConnectorFactory factory(&store, clock);
        int built = 0;
        factory.registerBuilder(u"fake"_s, [&](const ConnectorContext &c) -> Result<std::unique_ptr<Connector>> {
            auto token = c.secrets->read(ConnectorFactory::secretKey(c.channel, u"refresh_token"_s));
            if (!token)
                return token.error();
            ++built;
            test::FakeChannelSpec spec;
            spec.channelId = c.channel.id;
            spec.total = 60;
            spec.faultRate = 0.3;
            spec.remotePath = dir.filePath(u"remote.sqlite"_s);
            return std::unique_ptr<Connector>(
                std::make_unique<TokenCheckingConnector>(spec, token.value(), secrets.at(0)));
        });
        ChannelSetup setup(ws.value()->database(), factory, &store);

        Channel channel;
        channel.kind = ChannelKind::Ebay;
        channel.name = u"eBay US"_s;
        channel.configJson = u"{\"connector\": \"fake\", \"clientId\": \"public-app-id\"}"_s;
        channel.createdAt = clock.nowMs();
        const ChannelSetup::Secrets values{{u"refresh_token"_s, secrets.at(0)},
                                           {u"client_secret"_s, secrets.at(1)},
                                           {u"imap"_s, secrets.at(2)}};
        bool tested = false;
        setup.test(channel, values, [&](Status ok, std::optional<ChannelFailure> f) {
            QVERIFY(ok && !f);
            tested = true;
        });
        QTRY_VERIFY(tested);
        QCOMPARE(store.size(), 0); // a test stores nothing
        auto id = setup.add(channel, values);
        QVERIFY(id);
        QCOMPARE(store.size(), 3);

        // Settings the app writes (the channels page remembers its layout, the user's choices).
        {
            QSettings settings;
            settings.setValue(u"channels/lastAdded"_s, id.value());
            settings.sync();
        }

        // A sync and a reply, with faults logged on the way; then a wrong token (Auth failure logged).
        QCOMPARE(test::queueReplies(*ws.value(), id.value(), 5).size(), 5);
        SyncEngine::Options options;
        options.backoff = BackoffPolicy{1, 10, 100};
        options.onceMaxFailures = 100;
        options.outbox.backoff = BackoffPolicy{1, 10, 100};
        options.outbox.pollIntervalMs = 20;
        options.outbox.maxAttempts = 100;
        {
            SyncEngine engine(ws.value()->database(), clock, factory, options);
            QSignalSpy finished(&engine, &SyncEngine::onceFinished);
            engine.runOnce();
            QVERIFY(finished.wait(30'000));
            QVERIFY(finished.at(0).at(0).toBool());
        }
        QVERIFY(store.write(ConnectorFactory::secretKey(setup.channel(id.value()).value(), u"refresh_token"_s),
                            u"rt-revoked"_s));
        {
            SyncEngine engine(ws.value()->database(), clock, factory, options);
            QSignalSpy finished(&engine, &SyncEngine::onceFinished);
            engine.runOnce();
            QVERIFY(finished.wait(30'000));
            QCOMPARE(finished.at(0).at(0).toBool(), false);
        }
        QVERIFY(built >= 3);
        ws.value().reset();
        log::init(QString(), false); // flush and close the log file

        QStringList files;
        QDirIterator it(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        QVERIFY2(files.size() >= 3, qPrintable(files.join(u", "_s)));
        bool sawLog = false, sawSettings = false, sawDb = false;
        for (const QString &path : std::as_const(files)) {
            sawLog |= path.startsWith(logs);
            sawSettings |= path.startsWith(settingsDir);
            sawDb |= path.endsWith(u"ws.sqlite"_s);
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray content = f.readAll();
            for (const QString &secret : secrets) {
                const QByteArray raw = secret.toUtf8();
                for (const QByteArray &form :
                     {raw, raw.toBase64(), QUrl::toPercentEncoding(secret), secret.toUtf8().toHex()})
                    QVERIFY2(!content.contains(form), qPrintable(u"%1 holds a secret"_s.arg(path)));
            }
        }
        QVERIFY2(sawLog && sawSettings && sawDb, qPrintable(files.join(u", "_s)));
        qInfo("searched %lld files (database, WAL, settings, logs) for %lld secrets: none found",
              qint64(files.size()),
              qint64(secrets.size()));
    }
};

QTEST_GUILESS_MAIN(TestSecretsNotLeaked)
#include "TestSecretsNotLeaked.moc"
