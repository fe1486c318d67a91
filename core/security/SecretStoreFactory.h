#pragma once

#include "core/security/SecretStore.h"

#include <memory>

namespace hd {

class FallbackSecretStore;

/// Chooses the app's SecretStore: the OS keychain; with no keychain, the plaintext file only when
/// the user opted in (settings "security/allowPlaintextSecrets" or HARBORDESK_ALLOW_PLAINTEXT_SECRETS=1),
/// otherwise the keychain store anyway, whose calls then fail with a clear "no usable keychain".
class SecretStoreFactory final
{
public:
    struct Options
    {
        QString serviceName = QStringLiteral("HarborDesk");
        bool allowPlaintext = false; ///< explicit opt-in to the unencrypted fallback
        QString plaintextPath;       ///< default: <AppDataLocation>/secrets.json
        int keychainTimeoutMs = 15000;
    };

    struct Choice
    {
        std::unique_ptr<SecretStore> store;
        Status keychainStatus; ///< why the keychain was not used (ok when it was)
    };

    /// Options from QSettings and the environment (see the class comment).
    static Options optionsFromSettings();
    /// Probes the keychain and picks the store (the probe may take a moment: not on a hot path).
    static Choice open(const Options &options);
    /// For start-up: the keychain store without probing it, unless the plaintext fallback is allowed
    /// (then open() decides). Failures show up on first use, with the clear "no keychain" error.
    static std::unique_ptr<SecretStore> create(const Options &options);

    /// The GUI's store for one workspace: the keychain (`keychain`, default KeychainSecretStore),
    /// switched to the plaintext file at once when the opt-in was given (options.allowPlaintext, or
    /// remembered for this workspace) and the keychain does not answer. Otherwise it stays on the
    /// keychain and the GUI asks before anything is stored (FallbackSecretStore::optIntoPlaintext()).
    static std::unique_ptr<FallbackSecretStore> createForWorkspace(const QString &workspaceLocation,
                                                                   const Options &options,
                                                                   std::unique_ptr<SecretStore> keychain = nullptr);
    /// A stable name for a workspace in the settings: a hash of its absolute path or of its URL
    /// without the password (never the location itself, which may hold a user name or a password).
    static QString workspaceKey(const QString &workspaceLocation);
    /// Whether the user agreed to unencrypted credentials for the workspace with this key.
    static bool isPlaintextAllowedFor(const QString &workspaceKey);
    static void setPlaintextAllowedFor(const QString &workspaceKey, bool allowed);
};

} // namespace hd
