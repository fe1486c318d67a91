#pragma once

#include "core/security/SecretStore.h"

#include <QHash>

namespace hd {

/// Secrets held in memory, for tests. setAvailable(false) makes every call fail as a missing
/// keychain would, to test the error paths.
class MemorySecretStore final : public SecretStore
{
public:
    MemorySecretStore() = default;
    explicit MemorySecretStore(QHash<QString, QString> secrets)
        : m_secrets(std::move(secrets))
    {
    }

    QString backendName() const override;
    Status checkAvailable() override;
    Result<QString> read(const QString &key) override;
    Status write(const QString &key, const QString &value) override;
    Status remove(const QString &key) override;

    void setAvailable(bool available) { m_available = available; }
    qsizetype size() const { return m_secrets.size(); }

private:
    QHash<QString, QString> m_secrets;
    bool m_available = true;
};

} // namespace hd
