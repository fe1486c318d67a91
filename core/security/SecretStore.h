#pragma once

#include "core/common/Result.h"

#include <QString>

namespace hd {

/// Where HarborDesk keeps credentials: channel tokens, translation API keys, SMTP passwords.
///
/// Keys are paths by area, e.g. "translation/deepl/api_key", "channels/ebay/<account id>/refresh_token".
/// A secret read from here is never logged, written to the database or settings, or put in an Error.
///
/// The calls are synchronous for the caller: KeychainSecretStore waits for the OS keychain in a
/// local event loop (bounded by a timeout), so call it from a thread with no other work in flight,
/// or from a worker thread. Implementations: KeychainSecretStore (QtKeychain, the app),
/// MemorySecretStore (tests), PlaintextSecretStore (only when the user opted in explicitly).
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    /// Stable id of the backend ("keychain", "memory", "plaintext"), for the settings page and logs.
    virtual QString backendName() const = 0;
    /// True when secrets written here are stored in clear text (the opt-in fallback).
    virtual bool isInsecure() const { return false; }

    /// Checks that the backend works (keychain present and unlocked). Error::Code::Unavailable with
    /// a message fit for the user when it does not.
    virtual Status checkAvailable() = 0;

    /// The secret under `key`. Error::Code::NotFound when nothing is stored under it,
    /// Unavailable when the keychain is missing or locked, PermissionDenied when access was refused.
    virtual Result<QString> read(const QString &key) = 0;
    /// Stores (or replaces) the secret under `key`. An empty value removes it.
    virtual Status write(const QString &key, const QString &value) = 0;
    /// Removes the secret under `key`; removing a missing key succeeds.
    virtual Status remove(const QString &key) = 0;
};

} // namespace hd
