#pragma once

#include <QHash>
#include <QString>

namespace hd {

/// Where providers read their API keys. The OS keychain (QtKeychain) will implement it; until
/// then the CLI reads the environment (EnvironmentSecretProvider) and tests use MemorySecretProvider.
/// A key read from here is never logged, stored in the database, or put in an Error.
class SecretProvider
{
public:
    virtual ~SecretProvider() = default;
    /// The secret stored under `key` ("translation/deepl/api_key"), or an empty string.
    virtual QString secret(const QString &key) const = 0;
};

/// Secrets held in memory, for tests.
class MemorySecretProvider final : public SecretProvider
{
public:
    MemorySecretProvider() = default;
    explicit MemorySecretProvider(QHash<QString, QString> secrets)
        : m_secrets(std::move(secrets))
    {
    }
    QString secret(const QString &key) const override { return m_secrets.value(key); }
    void setSecret(const QString &key, const QString &value) { m_secrets.insert(key, value); }

private:
    QHash<QString, QString> m_secrets;
};

} // namespace hd
