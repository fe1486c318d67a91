#include "core/security/MemorySecretStore.h"
#include "core/security/PlaintextSecretStore.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace hd;
using namespace Qt::StringLiterals;

/// PlaintextSecretStore and MemorySecretStore honour the same SecretStore contract.
class TestPlaintextSecretStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    std::unique_ptr<SecretStore> make(const QString &kind)
    {
        if (kind == "memory"_L1)
            return std::make_unique<MemorySecretStore>();
        return std::make_unique<PlaintextSecretStore>(m_dir->filePath(u"sub/secrets.json"_s));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }
    void cleanup() { m_dir.reset(); }

    void contract_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("plaintext file") << u"plaintext"_s;
        QTest::newRow("memory") << u"memory"_s;
    }
    void contract()
    {
        QFETCH(QString, kind);
        auto store = make(kind);
        QVERIFY(store->checkAvailable().ok());
        QCOMPARE(store->read(u"x"_s).error().code, Error::Code::NotFound);
        QVERIFY(store->write(u"channels/shopee/1/token"_s, u"tök€n"_s).ok());
        QVERIFY(store->write(u"smtp/password"_s, u"pw"_s).ok());
        QCOMPARE(store->read(u"channels/shopee/1/token"_s).value(), u"tök€n"_s);
        QVERIFY(store->write(u"smtp/password"_s, u"pw2"_s).ok());
        QCOMPARE(store->read(u"smtp/password"_s).value(), u"pw2"_s);
        QVERIFY(store->remove(u"smtp/password"_s).ok());
        QCOMPARE(store->read(u"smtp/password"_s).error().code, Error::Code::NotFound);
        QVERIFY(store->remove(u"smtp/password"_s).ok());
        QCOMPARE(store->write(u" "_s, u"v"_s).error().code, Error::Code::InvalidArgument);
        QCOMPARE(store->read(u"channels/shopee/1/token"_s).value(), u"tök€n"_s);
    }

    void fileIsOwnerOnlyAndPersists()
    {
        const QString path = m_dir->filePath(u"sub/secrets.json"_s);
        {
            PlaintextSecretStore store(path);
            QVERIFY(store.isInsecure());
            QVERIFY(store.write(u"a"_s, u"1"_s).ok());
        }
        const auto perms = QFile::permissions(path);
        QVERIFY(perms & QFileDevice::ReadOwner);
        QVERIFY(!(perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther)));
        PlaintextSecretStore again(path);
        QCOMPARE(again.read(u"a"_s).value(), u"1"_s);
    }

    void corruptFileIsAnError()
    {
        const QString path = m_dir->filePath(u"bad.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not json");
        f.close();
        PlaintextSecretStore store(path);
        QVERIFY(!store.read(u"a"_s).ok());
        QVERIFY(!store.write(u"a"_s, u"b"_s).ok()); // never overwrites what it cannot read
    }

    void memoryUnavailable()
    {
        MemorySecretStore store;
        store.setAvailable(false);
        QCOMPARE(store.checkAvailable().error().code, Error::Code::Unavailable);
        QCOMPARE(store.read(u"a"_s).error().code, Error::Code::Unavailable);
    }
};

QTEST_GUILESS_MAIN(TestPlaintextSecretStore)
#include "TestPlaintextSecretStore.moc"
