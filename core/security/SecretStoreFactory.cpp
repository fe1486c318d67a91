#include "core/security/SecretStoreFactory.h"

#include "core/common/Log.h"
#include "core/security/KeychainSecretStore.h"
#include "core/security/PlaintextSecretStore.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace hd {
using namespace Qt::StringLiterals;

SecretStoreFactory::Options SecretStoreFactory::optionsFromSettings()
{
    Options o;
    o.allowPlaintext = QSettings().value(u"security/allowPlaintextSecrets"_s, false).toBool()
        || qEnvironmentVariable("HARBORDESK_ALLOW_PLAINTEXT_SECRETS") == "1"_L1;
    return o;
}

SecretStoreFactory::Choice SecretStoreFactory::open(const Options &options)
{
    Choice choice;
    auto keychain = std::make_unique<KeychainSecretStore>(options.serviceName, options.keychainTimeoutMs);
    choice.keychainStatus = keychain->checkAvailable();
    if (choice.keychainStatus || !options.allowPlaintext) {
        choice.store = std::move(keychain);
        return choice;
    }
    QString path = options.plaintextPath;
    if (path.isEmpty())
        path = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"secrets.json"_s);
    log::warn("security", u"no keychain; credentials are stored UNENCRYPTED in "_s + path + u" (opted in)"_s);
    choice.store = std::make_unique<PlaintextSecretStore>(path);
    return choice;
}

std::unique_ptr<SecretStore> SecretStoreFactory::create(const Options &options)
{
    if (options.allowPlaintext)
        return open(options).store;
    return std::make_unique<KeychainSecretStore>(options.serviceName, options.keychainTimeoutMs);
}

} // namespace hd
