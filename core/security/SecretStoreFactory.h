#pragma once

#include "core/security/SecretStore.h"

#include <memory>

namespace hd {

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
};

} // namespace hd
