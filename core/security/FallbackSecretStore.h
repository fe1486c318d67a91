#pragma once

#include "core/security/SecretStore.h"

#include <QMutex>

#include <memory>

namespace hd {

/// The app's SecretStore: the OS keychain, or, once the user has explicitly agreed for this
/// workspace (optIntoPlaintext(), remembered in the settings under the workspace's key), the
/// unencrypted PlaintextSecretStore. The object stays the same when it switches, so the sync thread
/// and the pages holding it keep a valid pointer; the switch is thread-safe.
class FallbackSecretStore final : public SecretStore
{
public:
    /// `keychain`: the secure store. `plaintextPath`: the file used after the opt-in.
    /// `workspaceKey`: names this workspace in the settings (SecretStoreFactory::workspaceKey()).
    FallbackSecretStore(std::unique_ptr<SecretStore> keychain, QString plaintextPath, QString workspaceKey);
    ~FallbackSecretStore() override;

    QString backendName() const override;
    bool isInsecure() const override;
    Status checkAvailable() override;
    Result<QString> read(const QString &key) override;
    Status write(const QString &key, const QString &value) override;
    Status remove(const QString &key) override;

    /// True when credentials go to the unencrypted file.
    bool isUsingPlaintext() const;
    const QString &plaintextPath() const { return m_plaintextPath; }
    const QString &workspaceKey() const { return m_workspaceKey; }

    /// Switches to the unencrypted file for this workspace, now and on later starts (the user's
    /// explicit choice; the caller has explained the risk). Fails when the file cannot be used.
    Status optIntoPlaintext();
    /// Switches to the file for this run only (the opt-in was given in the environment or settings).
    Status usePlaintext();

private:
    std::shared_ptr<SecretStore> current() const;

    mutable QMutex m_mutex;
    std::shared_ptr<SecretStore> m_active; ///< guarded by m_mutex; calls run outside the lock
    const QString m_plaintextPath;
    const QString m_workspaceKey;
};

} // namespace hd
