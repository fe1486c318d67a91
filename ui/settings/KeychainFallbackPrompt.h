#pragma once

#include <QCoreApplication>

class QWidget;

namespace hd {

class SecretStore;

/// Asked before credentials are stored (adding or re-authorising a channel): when the OS keychain
/// is missing or locked, says so plainly and offers the explicit opt-in to keep this workspace's
/// credentials in an unencrypted file, explaining the risk (Yes / No, No by default). The choice
/// is remembered for the workspace (FallbackSecretStore::optIntoPlaintext()).
class KeychainFallbackPrompt final
{
    Q_DECLARE_TR_FUNCTIONS(hd::KeychainFallbackPrompt)
public:
    /// True when credentials can be stored now: the keychain works, the user opted in before, or
    /// opted in here. False when the user said no or the store cannot be used (explained already).
    static bool ensureCredentialStore(QWidget *parent, SecretStore *store);
};

} // namespace hd
