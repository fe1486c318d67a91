// The GUI's store for a workspace with no keychain (the session bus points at a socket that does
// not exist): it stays on the keychain, failing clearly, until the user opts in for that workspace;
// then credentials go to the plaintext file, now and on the next start of that workspace only.
// The switch is safe while another thread reads through the store (the sync thread does).

#include "core/security/FallbackSecretStore.h"
#include "core/security/MemorySecretStore.h"
#include "core/security/SecretStoreFactory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace hd;
using namespace Qt::StringLiterals;

class TestFallbackSecretStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    SecretStoreFactory::Options options() const
    {
        SecretStoreFactory::Options o;
        o.serviceName = u"HarborDesk-test-nokeyring"_s;
        o.plaintextPath = m_dir.filePath(u"secrets.json"_s);
        o.keychainTimeoutMs = 10000;
        return o;
    }
    QString workspace(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // Before QtKeychain first looks for a backend (it remembers what it found), and before the
        // first QSettings: the opt-in is remembered in a settings file of this run only.
        qputenv("DBUS_SESSION_BUS_ADDRESS", QFile::encodeName(u"unix:path="_s + m_dir.filePath(u"no-bus"_s)));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(u"config"_s)));
        qunsetenv("HARBORDESK_ALLOW_PLAINTEXT_SECRETS");
        QCoreApplication::setOrganizationName(u"HarborDesk-test"_s);
        QCoreApplication::setApplicationName(u"TestFallbackSecretStore"_s);
    }
    void init()
    {
        QSettings().clear();
        QFile::remove(options().plaintextPath);
    }

    void staysOnTheKeychainWithoutOptIn()
    {
        auto store = SecretStoreFactory::createForWorkspace(workspace(u"a.sqlite"_s), options());
        QCOMPARE(store->backendName(), u"keychain"_s);
        QVERIFY(!store->isInsecure());
        const Status available = store->checkAvailable();
        QVERIFY(!available.ok());
        QCOMPARE(available.error().code, Error::Code::Unavailable);
        const Status written = store->write(u"channels/ebay/1/refresh_token"_s, u"v^1.1#secret"_s);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, Error::Code::Unavailable);
        QVERIFY(!QFile::exists(options().plaintextPath));
        QVERIFY(!SecretStoreFactory::isPlaintextAllowedFor(store->workspaceKey()));
    }

    void optInIsRememberedPerWorkspace()
    {
        auto store = SecretStoreFactory::createForWorkspace(workspace(u"a.sqlite"_s), options());
        QVERIFY(store->optIntoPlaintext().ok());
        QVERIFY(store->isUsingPlaintext());
        QCOMPARE(store->backendName(), u"plaintext"_s);
        QVERIFY(store->checkAvailable().ok());
        QVERIFY(store->write(u"channels/ebay/1/refresh_token"_s, u"v^1.1#secret"_s).ok());
        QCOMPARE(store->read(u"channels/ebay/1/refresh_token"_s).value(), u"v^1.1#secret"_s);
        QFile file(options().plaintextPath);
        QVERIFY(file.exists());
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        // The settings name the workspace by a hash, never by its path, and hold no secret.
        QSettings settings;
        const QStringList keys = settings.allKeys();
        QCOMPARE(keys.size(), 1);
        QVERIFY(!keys.first().contains(u"a.sqlite"_s));
        QVERIFY(!settings.value(keys.first()).toString().contains(u"secret"_s));

        // The next start of the same workspace (by another spelling of its path) uses the file at once.
        const QString again = m_dir.path() + u"/./a.sqlite"_s;
        auto reopened = SecretStoreFactory::createForWorkspace(again, options());
        QVERIFY(reopened->isUsingPlaintext());
        QCOMPARE(reopened->read(u"channels/ebay/1/refresh_token"_s).value(), u"v^1.1#secret"_s);
        // Another workspace was not asked: it stays on the keychain.
        auto other = SecretStoreFactory::createForWorkspace(workspace(u"b.sqlite"_s), options());
        QVERIFY(!other->isUsingPlaintext());
        QVERIFY(!other->write(u"x/y"_s, u"z"_s).ok());
    }

    void environmentOptInIsForThisRunOnly()
    {
        SecretStoreFactory::Options o = options();
        o.allowPlaintext = true; // HARBORDESK_ALLOW_PLAINTEXT_SECRETS=1, as scripts/demo.sh sets it
        auto store = SecretStoreFactory::createForWorkspace(workspace(u"a.sqlite"_s), o);
        QVERIFY(store->isUsingPlaintext());
        QVERIFY(!SecretStoreFactory::isPlaintextAllowedFor(store->workspaceKey()));
        auto later = SecretStoreFactory::createForWorkspace(workspace(u"a.sqlite"_s), options());
        QVERIFY(!later->isUsingPlaintext());
    }

    void aWorkingKeychainIsKeptEvenWithTheOptIn()
    {
        SecretStoreFactory::Options o = options();
        o.allowPlaintext = true;
        auto store =
            SecretStoreFactory::createForWorkspace(workspace(u"a.sqlite"_s), o, std::make_unique<MemorySecretStore>());
        QVERIFY(!store->isUsingPlaintext());
        QCOMPARE(store->backendName(), u"memory"_s);
        QVERIFY(!QFile::exists(o.plaintextPath));
    }

    void workspaceKey_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("relative and absolute path")
            << u"ws.sqlite"_s << QDir::current().filePath(u"ws.sqlite"_s) << true;
        QTest::newRow("two files") << u"/tmp/a.sqlite"_s << u"/tmp/b.sqlite"_s << false;
        QTest::newRow("password changed")
            << u"postgresql://agent:old@db.local:5432/hd"_s << u"postgresql://agent:new@db.local:5432/hd"_s << true;
        QTest::newRow("another database")
            << u"postgresql://agent@db.local:5432/hd"_s << u"postgresql://agent@db.local:5432/hd2"_s << false;
    }
    void workspaceKey()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        const QString ka = SecretStoreFactory::workspaceKey(a);
        QCOMPARE(ka.size(), 16);
        QVERIFY(!ka.contains(u"old"_s));
        QCOMPARE(ka == SecretStoreFactory::workspaceKey(b), same);
    }

    void switchingWhileAnotherThreadReads()
    {
        auto keychain = std::make_unique<MemorySecretStore>();
        keychain->setAvailable(false);
        FallbackSecretStore store(std::move(keychain), options().plaintextPath, u"k"_s);
        std::atomic<bool> stop = false;
        std::atomic<int> reads = 0, unavailable = 0;
        QThread *reader = QThread::create([&] {
            while (!stop) {
                auto r = store.read(u"channels/ebay/1/refresh_token"_s);
                if (!r && r.error().code == Error::Code::Unavailable)
                    ++unavailable;
                ++reads;
            }
        });
        reader->start();
        QTRY_VERIFY(reads > 100);
        QVERIFY(store.usePlaintext().ok());
        QVERIFY(store.write(u"channels/ebay/1/refresh_token"_s, u"t"_s).ok());
        const int before = reads;
        QTRY_VERIFY(reads > before + 100);
        stop = true;
        reader->wait();
        delete reader;
        QVERIFY(unavailable > 0);
        QCOMPARE(store.read(u"channels/ebay/1/refresh_token"_s).value(), u"t"_s);
    }
};

QTEST_GUILESS_MAIN(TestFallbackSecretStore)
#include "TestFallbackSecretStore.moc"
