// Real Secret Service on a private D-Bus session bus: scripts/services.sh --only keyring starts an
// unlocked gnome-keyring and exports DBUS_SESSION_BUS_ADDRESS and HARBORDESK_KEYRING=secret-service.
// With CI=true a missing keyring fails the test; locally it is skipped with the command to run.

#include "core/language/translation/DeepLTranslator.h"
#include "core/language/translation/SecretStoreProvider.h"
#include "core/security/KeychainSecretStore.h"
#include "core/security/SecretStoreFactory.h"

#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace hd;
using namespace Qt::StringLiterals;

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private:
    QString m_service;

    QString uniqueKey(const QString &base) const
    {
        return base + u'/' + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (qEnvironmentVariable("HARBORDESK_KEYRING") != "secret-service"_L1) {
            // A missing keyring fails, locally as in CI: a skipped test is not a pass.
            QFAIL("no Secret Service keyring: run scripts/test.sh, or "
                  "./scripts/services.sh --only keyring -- ctest -R TestKeychainSecretStore");
        }
        // One service name per run, so runs never see each other's entries.
        m_service = u"HarborDesk-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    }

    void available()
    {
        KeychainSecretStore store(m_service);
        QCOMPARE(store.backendName(), u"keychain"_s);
        QVERIFY(!store.isInsecure());
        const Status s = store.checkAvailable();
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().detail));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("api key") << u"0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b:fx"_s;
        QTest::newRow("unicode and spaces") << u"  pässwörd 密码 🔑  "_s;
        QTest::newRow("long token") << QString(4096, u'x');
    }
    void roundTrip()
    {
        QFETCH(QString, value);
        KeychainSecretStore store(m_service);
        const QString key = uniqueKey(u"channels/ebay/refresh_token"_s);
        QVERIFY(store.write(key, value).ok());
        auto read = store.read(key);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().detail));
        QCOMPARE(read.value(), value);
        // A second store object (another process would do the same) sees it too.
        KeychainSecretStore other(m_service);
        QCOMPARE(other.read(key).value(), value);
        QVERIFY(store.remove(key).ok());
        QCOMPARE(store.read(key).error().code, Error::Code::NotFound);
    }

    void overwriteAndEmptyRemoves()
    {
        KeychainSecretStore store(m_service);
        const QString key = uniqueKey(u"translation/deepl/api_key"_s);
        QVERIFY(store.write(key, u"first"_s).ok());
        QVERIFY(store.write(key, u"second"_s).ok());
        QCOMPARE(store.read(key).value(), u"second"_s);
        QVERIFY(store.write(key, QString()).ok());
        QCOMPARE(store.read(key).error().code, Error::Code::NotFound);
    }

    void missingKey()
    {
        KeychainSecretStore store(m_service);
        auto read = store.read(uniqueKey(u"never/written"_s));
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, Error::Code::NotFound);
        QVERIFY(!read.error().message.isEmpty());
        // Removing what is not there is fine.
        QVERIFY(store.remove(uniqueKey(u"never/written"_s)).ok());
        QCOMPARE(store.read(QString()).error().code, Error::Code::InvalidArgument);
    }

    void servicesAreSeparate()
    {
        KeychainSecretStore a(m_service);
        KeychainSecretStore b(m_service + u"-other"_s);
        const QString key = uniqueKey(u"smtp/password"_s);
        QVERIFY(a.write(key, u"secret-a"_s).ok());
        QCOMPARE(b.read(key).error().code, Error::Code::NotFound);
        QVERIFY(a.remove(key).ok());
    }

    void translationProvidersReadThroughIt()
    {
        KeychainSecretStore store(m_service);
        QVERIFY(store.write(DeepLTranslator::secretKey(), u"deepl-key:fx"_s).ok());
        SecretStoreProvider provider(store);
        QCOMPARE(provider.secret(DeepLTranslator::secretKey()), u"deepl-key:fx"_s);
        QCOMPARE(provider.secret(u"translation/google/api_key"_s), QString());
        const MemorySecretProvider snap = SecretStoreProvider::snapshot(store, SecretStoreProvider::translationKeys());
        QCOMPARE(snap.secret(DeepLTranslator::secretKey()), u"deepl-key:fx"_s);
        QVERIFY(store.remove(DeepLTranslator::secretKey()).ok());
    }

    void factoryPrefersKeychain()
    {
        SecretStoreFactory::Options o;
        o.serviceName = m_service;
        o.allowPlaintext = true; // even when allowed, a working keychain wins
        auto choice = SecretStoreFactory::open(o);
        QVERIFY(choice.keychainStatus.ok());
        QCOMPARE(choice.store->backendName(), u"keychain"_s);
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "TestKeychainSecretStore.moc"
