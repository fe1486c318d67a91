#pragma once

#include "core/channels/Connector.h"
#include "core/common/Result.h"
#include "core/domain/Channel.h"

#include <QHash>
#include <QString>

#include <functional>

namespace hd {

class ConnectorFactory;
class Database;
class SecretStore;

/// Adding and testing channels, shared by the Add channel dialog and `harbordesk-cli channels`.
/// Secrets go to the SecretStore under ConnectorFactory::secretKey(); the channels row keeps only
/// non-secret settings, and a test runs against the settings and secrets before anything is saved.
class ChannelSetup final
{
public:
    using Secrets = QHash<QString, QString>; ///< name ("refresh_token", "imap") -> value
    using TestCallback = std::function<void(Status result, std::optional<ChannelFailure> failure)>;
    /// A test's outcome plus the secrets to save: the ones given, with any the connector replaced
    /// while testing (a rotated refresh token, a fresh access token).
    using TestedCallback =
        std::function<void(Status result, std::optional<ChannelFailure> failure, const Secrets &toSave)>;

    ChannelSetup(const Database &db, ConnectorFactory &factory, SecretStore *secrets)
        : m_db(db)
        , m_factory(factory)
        , m_secrets(secrets)
    {
    }

    /// Tests a channel that is not saved yet (id 0): builds its connector with `secrets` (falling
    /// back to the store for others) and calls testConnection. Answers once, on this thread.
    void test(const Channel &channel, const Secrets &secrets, TestCallback done);
    /// Tests like test(), then hands back what add() must save. Shopee spends a refresh token on
    /// each refresh and returns a new one: after a test that refreshed, the token typed in is
    /// dead and only the returned one works. Give an access token too and no refresh happens.
    void testForSave(const Channel &channel, const Secrets &secrets, TestedCallback done);
    /// Tests a saved channel with its stored secrets.
    void test(const Channel &channel, TestCallback done) { test(channel, {}, std::move(done)); }

    /// Saves the row, then its secrets. If the keychain refuses them the row is removed again, so a
    /// channel never exists without its credentials. Returns the new id.
    Result<qint64> add(const Channel &channel, const Secrets &secrets) const;
    /// Replaces some of a saved channel's secrets (re-authorisation).
    Status updateSecrets(const Channel &channel, const Secrets &secrets) const;
    Status setEnabled(qint64 channelId, bool enabled) const;
    /// Saves a channel's non-secret settings (name, marketplace, config JSON), e.g. a new base URL.
    Status updateSettings(const Channel &channel) const;
    /// A saved channel by id.
    Result<Channel> channel(qint64 channelId) const;

private:
    const Database &m_db;
    ConnectorFactory &m_factory;
    SecretStore *m_secrets;
};

} // namespace hd
