#include "core/security/MemorySecretStore.h"

#include "core/security/SecretStoreErrors.h"

namespace hd {
using namespace Qt::StringLiterals;

QString MemorySecretStore::backendName() const
{
    return u"memory"_s;
}

Status MemorySecretStore::checkAvailable()
{
    if (!m_available)
        return SecretStoreErrors::unavailable(u"memory store switched off"_s);
    return {};
}

Result<QString> MemorySecretStore::read(const QString &key)
{
    if (!m_available)
        return SecretStoreErrors::unavailable(u"memory store switched off"_s);
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd())
        return SecretStoreErrors::notFound(key);
    return it.value();
}

Status MemorySecretStore::write(const QString &key, const QString &value)
{
    if (!m_available)
        return SecretStoreErrors::unavailable(u"memory store switched off"_s);
    if (key.trimmed().isEmpty())
        return SecretStoreErrors::invalidKey();
    if (value.isEmpty())
        m_secrets.remove(key);
    else
        m_secrets.insert(key, value);
    return {};
}

Status MemorySecretStore::remove(const QString &key)
{
    if (!m_available)
        return SecretStoreErrors::unavailable(u"memory store switched off"_s);
    m_secrets.remove(key);
    return {};
}

} // namespace hd
