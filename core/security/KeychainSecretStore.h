#pragma once

#include "core/security/SecretStore.h"

namespace QKeychain {
class Job;
}

namespace hd {

/// Secrets in the operating system's keychain through QtKeychain: the Secret Service (GNOME Keyring,
/// KWallet) on Linux, the Keychain on macOS, the Credential Manager on Windows. Each secret is one
/// entry of the service `serviceName` ("HarborDesk") under its key.
///
/// QtKeychain's jobs are asynchronous; each call here runs its job in a local QEventLoop until it
/// finishes or `timeoutMs` passes (a keychain prompting for a password that nobody answers), so
/// callers get a plain Result. QtKeychain's own insecure fallback (clear text in QSettings) is
/// never enabled: the plaintext fallback is PlaintextSecretStore, by explicit opt-in only.
class KeychainSecretStore final : public SecretStore
{
public:
    explicit KeychainSecretStore(QString serviceName = QStringLiteral("HarborDesk"), int timeoutMs = 15000);

    QString backendName() const override;
    const QString &serviceName() const { return m_service; }

    /// Reads a probe entry: "not found" proves the keychain answers; anything else is reported.
    Status checkAvailable() override;
    Result<QString> read(const QString &key) override;
    Status write(const QString &key, const QString &value) override;
    Status remove(const QString &key) override;

private:
    /// Runs `job` to completion (or timeout) and maps its error; `key` names the entry in errors.
    Status run(QKeychain::Job &job, const QString &key) const;

    QString m_service;
    int m_timeoutMs;
};

} // namespace hd
