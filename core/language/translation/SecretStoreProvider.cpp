#include "core/language/translation/SecretStoreProvider.h"

#include "core/common/Log.h"
#include "core/language/translation/DeepLTranslator.h"
#include "core/language/translation/GoogleTranslator.h"
#include "core/language/translation/LibreTranslateTranslator.h"
#include "core/security/SecretStore.h"

namespace hd {
using namespace Qt::StringLiterals;

namespace {
QString readOrEmpty(SecretStore &store, const QString &key)
{
    auto value = store.read(key);
    if (value)
        return value.value();
    if (value.error().code != Error::Code::NotFound)
        log::warn("translation", u"cannot read the secret "_s + key + u": "_s + value.error().detail);
    return {};
}
} // namespace

QString SecretStoreProvider::secret(const QString &key) const
{
    const auto it = m_cache.constFind(key);
    if (it != m_cache.constEnd())
        return it.value();
    const QString value = readOrEmpty(m_store, key);
    m_cache.insert(key, value);
    return value;
}

QStringList SecretStoreProvider::translationKeys()
{
    return {DeepLTranslator::secretKey(), GoogleTranslator::secretKey(), LibreTranslateTranslator::secretKey()};
}

MemorySecretProvider SecretStoreProvider::snapshot(SecretStore &store, const QStringList &keys)
{
    MemorySecretProvider out;
    for (const QString &key : keys) {
        const QString value = readOrEmpty(store, key);
        if (!value.isEmpty())
            out.setSecret(key, value);
    }
    return out;
}

} // namespace hd
