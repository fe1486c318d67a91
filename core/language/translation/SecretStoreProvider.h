#pragma once

#include "core/language/translation/SecretProvider.h"

#include <QStringList>

namespace hd {

class SecretStore;

/// The translation providers' view of the app's SecretStore (the keychain). secret() answers "" for
/// a key that is not stored; any other failure (no keychain, access refused) is logged without the
/// key's value and also answers "", so the provider reports its own "API key missing" error.
/// Values read are kept in memory for the adapter's lifetime (one keychain round trip per key).
class SecretStoreProvider final : public SecretProvider
{
public:
    explicit SecretStoreProvider(SecretStore &store)
        : m_store(store)
    {
    }
    QString secret(const QString &key) const override;

    /// The keys each provider reads ("translation/deepl/api_key", ...).
    static QStringList translationKeys();
    /// Reads `keys` now into a MemorySecretProvider, for a provider running on another thread
    /// (the keychain is asked on the calling thread only).
    static MemorySecretProvider snapshot(SecretStore &store, const QStringList &keys);

private:
    SecretStore &m_store;
    mutable QHash<QString, QString> m_cache;
};

} // namespace hd
