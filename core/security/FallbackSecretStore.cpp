#include "core/security/FallbackSecretStore.h"

#include "core/common/Log.h"
#include "core/security/PlaintextSecretStore.h"
#include "core/security/SecretStoreFactory.h"

#include <QMutexLocker>

namespace hd {
using namespace Qt::StringLiterals;

FallbackSecretStore::FallbackSecretStore(std::unique_ptr<SecretStore> keychain,
                                         QString plaintextPath,
                                         QString workspaceKey)
    : m_active(std::move(keychain))
    , m_plaintextPath(std::move(plaintextPath))
    , m_workspaceKey(std::move(workspaceKey))
{
}

FallbackSecretStore::~FallbackSecretStore() = default;

std::shared_ptr<SecretStore> FallbackSecretStore::current() const
{
    // A copy: a call in flight on the old store finishes on it while another thread switches.
    const QMutexLocker lock(&m_mutex);
    return m_active;
}

QString FallbackSecretStore::backendName() const
{
    return current()->backendName();
}

bool FallbackSecretStore::isInsecure() const
{
    return current()->isInsecure();
}

bool FallbackSecretStore::isUsingPlaintext() const
{
    return isInsecure();
}

Status FallbackSecretStore::checkAvailable()
{
    return current()->checkAvailable();
}

Result<QString> FallbackSecretStore::read(const QString &key)
{
    return current()->read(key);
}

Status FallbackSecretStore::write(const QString &key, const QString &value)
{
    return current()->write(key, value);
}

Status FallbackSecretStore::remove(const QString &key)
{
    return current()->remove(key);
}

Status FallbackSecretStore::usePlaintext()
{
    if (isUsingPlaintext())
        return {};
    auto plaintext = std::make_shared<PlaintextSecretStore>(m_plaintextPath);
    if (auto s = plaintext->checkAvailable(); !s)
        return s;
    log::warn("security",
              u"no keychain; credentials are stored UNENCRYPTED in "_s + m_plaintextPath + u" (opted in)"_s);
    const QMutexLocker lock(&m_mutex);
    m_active = std::move(plaintext);
    return {};
}

Status FallbackSecretStore::optIntoPlaintext()
{
    if (auto s = usePlaintext(); !s)
        return s;
    SecretStoreFactory::setPlaintextAllowedFor(m_workspaceKey, true);
    return {};
}

} // namespace hd
