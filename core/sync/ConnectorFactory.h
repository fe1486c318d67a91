#pragma once

#include "core/channels/Connector.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/domain/Channel.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>

namespace hd {

class SecretStore;

/// What a connector builder gets: the channels row, its parsed non-secret settings, and where its
/// secrets are (never in the row).
struct ConnectorContext
{
    const Channel &channel;
    QJsonObject config; ///< channels.config_json
    SecretStore *secrets = nullptr;
    const Clock &clock;
};

/// Builds a Connector for a channels row. Each channel type registers a builder; the row's
/// config_json may name another builder with "connector" (the simulator and tests use that).
/// Builders run on the thread that will own the connector (the sync thread).
class ConnectorFactory final
{
public:
    using Builder = std::function<Result<std::unique_ptr<Connector>>(const ConnectorContext &context)>;

    ConnectorFactory(SecretStore *secrets, const Clock &clock)
        : m_secrets(secrets)
        , m_clock(clock)
    {
    }

    /// Registers (or replaces) the builder for a name: a channel kind string ("ebay") or a custom
    /// name a row selects with config_json {"connector": "..."}.
    void registerBuilder(const QString &name, Builder builder);
    bool hasBuilder(const QString &name) const { return m_builders.contains(name); }
    QStringList builderNames() const;

    /// The builder name a row resolves to: config "connector" when set, else the kind string.
    static QString builderNameFor(const Channel &channel);
    /// The keychain key of one of a channel's secrets: "channels/<kind>/<channel id>/<name>".
    static QString secretKey(const Channel &channel, const QString &name);

    /// A new connector for the row; Error::Code::NotFound when no builder handles its type,
    /// InvalidArgument when its settings are unusable (the builder says which).
    Result<std::unique_ptr<Connector>> create(const Channel &channel) const { return createWith(channel, m_secrets); }
    /// The same, reading secrets from another store (the Add channel dialog's unsaved ones).
    Result<std::unique_ptr<Connector>> createWith(const Channel &channel, SecretStore *secrets) const;

    SecretStore *secrets() const { return m_secrets; }

private:
    SecretStore *m_secrets;
    const Clock &m_clock;
    QHash<QString, Builder> m_builders;
};

} // namespace hd
