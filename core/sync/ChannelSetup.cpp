#include "core/sync/ChannelSetup.h"

#include "core/security/SecretStore.h"
#include "core/storage/Database.h"
#include "core/storage/DirectoryRepository.h"
#include "core/sync/ConnectorFactory.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSqlQuery>

#include <memory>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

/// The secrets typed in the dialog, in memory only, in front of the real store.
class OverlaySecretStore final : public SecretStore
{
public:
    OverlaySecretStore(QHash<QString, QString> values, SecretStore *fallback)
        : m_values(std::move(values))
        , m_fallback(fallback)
    {
    }
    QString backendName() const override { return u"overlay"_s; }
    Status checkAvailable() override { return m_fallback ? m_fallback->checkAvailable() : Status{}; }
    Result<QString> read(const QString &key) override
    {
        if (m_values.contains(key))
            return m_values.value(key);
        if (m_fallback)
            return m_fallback->read(key);
        return Error::make(Error::Code::NotFound,
                           QCoreApplication::translate("hd::ChannelSetup", "The channel has no stored credentials."));
    }
    Status write(const QString &key, const QString &value) override
    {
        m_values.insert(key, value);
        m_written.insert(key, value);
        return {};
    }
    /// What the connector stored while testing (refreshed tokens), by key.
    const QHash<QString, QString> &written() const { return m_written; }
    Status remove(const QString &key) override
    {
        m_values.remove(key);
        return {};
    }

private:
    QHash<QString, QString> m_values;
    QHash<QString, QString> m_written;
    SecretStore *m_fallback;
};

/// Keeps what a pending test needs alive until its connector answers.
struct PendingTest : QObject
{
    std::unique_ptr<OverlaySecretStore> store;
    std::unique_ptr<ConnectorFactory> factory;
    std::unique_ptr<Connector> connector;
};

} // namespace

void ChannelSetup::test(const Channel &channel, const Secrets &secrets, TestCallback done)
{
    testForSave(channel,
                secrets,
                [done = std::move(done)](Status ok, std::optional<ChannelFailure> f, const Secrets &) {
                    done(std::move(ok), std::move(f));
                });
}

void ChannelSetup::testForSave(const Channel &channel, const Secrets &secrets, TestedCallback done)
{
    QHash<QString, QString> keyed;
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        keyed.insert(ConnectorFactory::secretKey(channel, it.key()), it.value());
    auto *pending = new PendingTest;
    pending->store = std::make_unique<OverlaySecretStore>(keyed, m_secrets);
    // The same builders, reading the overlay: nothing typed in the dialog reaches the keychain yet.
    auto built = m_factory.createWith(channel, pending->store.get());
    if (!built) {
        delete pending;
        done(built.error(),
             ChannelFailure{ChannelFailure::Kind::Permanent, 0, built.error().message, built.error().detail},
             secrets);
        return;
    }
    pending->connector = std::move(built).value();
    QPointer<QObject> guard(pending);
    const QString prefix = ConnectorFactory::secretKey(channel, QString());
    pending->connector->testConnection(
        [guard, done, secrets, prefix](Status ok, std::optional<ChannelFailure> failure) {
            Secrets toSave = secrets;
            if (guard) {
                const auto *p = static_cast<PendingTest *>(guard.data());
                const QHash<QString, QString> &written = p->store->written();
                for (auto it = written.cbegin(); it != written.cend(); ++it)
                    if (it.key().startsWith(prefix) && !it.value().isEmpty())
                        toSave.insert(it.key().mid(prefix.size()), it.value());
            }
            done(ok, failure, toSave);
            if (guard)
                guard->deleteLater();
        });
}

Result<qint64> ChannelSetup::add(const Channel &channel, const Secrets &secrets) const
{
    if (channel.name.trimmed().isEmpty())
        return Error::make(Error::Code::InvalidArgument,
                           QCoreApplication::translate("hd::ChannelSetup", "Give the channel a name."));
    if (!secrets.isEmpty() && !m_secrets)
        return Error::make(
            Error::Code::Unavailable,
            QCoreApplication::translate("hd::ChannelSetup", "No keychain is available to store the credentials."));
    auto id = DirectoryRepository(m_db).addChannel(channel);
    if (!id)
        return id.error();
    Channel saved = channel;
    saved.id = id.value();
    if (auto s = updateSecrets(saved, secrets); !s) {
        // Without its credentials the channel could never sync: take the row back out.
        QSqlQuery q(m_db.connection());
        q.prepare(u"DELETE FROM channels WHERE id = ?"_s);
        q.addBindValue(sqlValue(saved.id));
        q.exec();
        return s.error();
    }
    return saved.id;
}

Status ChannelSetup::updateSecrets(const Channel &channel, const Secrets &secrets) const
{
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        if (!m_secrets)
            return Error::make(
                Error::Code::Unavailable,
                QCoreApplication::translate("hd::ChannelSetup", "No keychain is available to store the credentials."));
        if (auto s = m_secrets->write(ConnectorFactory::secretKey(channel, it.key()), it.value()); !s)
            return s;
    }
    return {};
}

Status ChannelSetup::setEnabled(qint64 channelId, bool enabled) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE channels SET enabled = ? WHERE id = ?"_s);
    q.addBindValue(sqlValue(enabled ? 1 : 0));
    q.addBindValue(sqlValue(channelId));
    if (!q.exec())
        return databaseError(q, u"channel enable"_s);
    return {};
}

Status ChannelSetup::updateSettings(const Channel &channel) const
{
    if (channel.name.trimmed().isEmpty())
        return Error::make(Error::Code::InvalidArgument,
                           QCoreApplication::translate("hd::ChannelSetup", "Give the channel a name."));
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE channels SET name = ?, marketplace = ?, config_json = ? WHERE id = ?"_s);
    q.addBindValue(sqlValue(channel.name));
    q.addBindValue(sqlValue(channel.marketplace));
    q.addBindValue(sqlValue(channel.configJson.isEmpty() ? u"{}"_s : channel.configJson));
    q.addBindValue(sqlValue(channel.id));
    if (!q.exec())
        return databaseError(q, u"channel settings"_s);
    if (q.numRowsAffected() == 0)
        return Error::make(Error::Code::NotFound,
                           QCoreApplication::translate("hd::ChannelSetup", "There is no channel %1.").arg(channel.id));
    return {};
}

Result<Channel> ChannelSetup::channel(qint64 channelId) const
{
    auto channels = DirectoryRepository(m_db).channels();
    if (!channels)
        return channels.error();
    for (const Channel &c : std::as_const(channels.value()))
        if (c.id == channelId)
            return c;
    return Error::make(Error::Code::NotFound,
                       QCoreApplication::translate("hd::ChannelSetup", "There is no channel %1.").arg(channelId));
}

} // namespace hd
