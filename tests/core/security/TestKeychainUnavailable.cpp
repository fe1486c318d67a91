// The failure path: no Secret Service reachable (the session bus points at a socket that does not
// exist). KeychainSecretStore must say so clearly and fast, and the factory must fall back to the
// plaintext file only when the user opted in.

#include "core/security/KeychainSecretStore.h"
#include "core/security/SecretStoreFactory.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hd;
using namespace Qt::StringLiterals;

class TestKeychainUnavailable : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // Before QtKeychain first looks for a backend (it remembers what it found).
        qputenv("DBUS_SESSION_BUS_ADDRESS", QFile::encodeName(u"unix:path="_s + m_dir.filePath(u"no-bus"_s)));
        qunsetenv("HARBORDESK_ALLOW_PLAINTEXT_SECRETS");
    }

    void clearError_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::newRow("check") << u"check"_s;
        QTest::newRow("read") << u"read"_s;
        QTest::newRow("write") << u"write"_s;
    }
    void clearError()
    {
        QFETCH(QString, operation);
        KeychainSecretStore store(u"HarborDesk-test-nokeyring"_s, 10000);
        QElapsedTimer timer;
        timer.start();
        Error e;
        if (operation == "check"_L1) {
            const Status s = store.checkAvailable();
            QVERIFY(!s.ok());
            e = s.error();
        } else if (operation == "read"_L1) {
            auto r = store.read(u"translation/deepl/api_key"_s);
            QVERIFY(!r.ok());
            e = r.error();
        } else {
            const Status s = store.write(u"translation/deepl/api_key"_s, u"k"_s);
            QVERIFY(!s.ok());
            e = s.error();
        }
        QVERIFY2(e.code == Error::Code::Unavailable, qPrintable(e.detail));
        QVERIFY(e.message.contains(u"keychain"_s));
        QVERIFY(!e.detail.contains(u"k\""_s));
        QVERIFY2(timer.elapsed() < 10000, "a missing keychain must not hang");
    }

    void noPlaintextWithoutOptIn()
    {
        SecretStoreFactory::Options o;
        o.serviceName = u"HarborDesk-test-nokeyring"_s;
        o.plaintextPath = m_dir.filePath(u"secrets.json"_s);
        auto choice = SecretStoreFactory::open(o);
        QVERIFY(!choice.keychainStatus.ok());
        QCOMPARE(choice.store->backendName(), u"keychain"_s);
        QVERIFY(!choice.store->write(u"a/b"_s, u"value"_s).ok());
        QVERIFY(!QFile::exists(o.plaintextPath));
    }

    void plaintextByOptIn()
    {
        SecretStoreFactory::Options o;
        o.serviceName = u"HarborDesk-test-nokeyring"_s;
        o.plaintextPath = m_dir.filePath(u"optin/secrets.json"_s);
        o.allowPlaintext = true;
        auto choice = SecretStoreFactory::open(o);
        QVERIFY(!choice.keychainStatus.ok());
        QCOMPARE(choice.store->backendName(), u"plaintext"_s);
        QVERIFY(choice.store->isInsecure());
        QVERIFY(choice.store->write(u"a/b"_s, u"value"_s).ok());
        QCOMPARE(choice.store->read(u"a/b"_s).value(), u"value"_s);
        QCOMPARE(QFile::permissions(o.plaintextPath) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
    }
};

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "TestKeychainUnavailable.moc"
