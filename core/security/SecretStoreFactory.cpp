#include "core/security/SecretStoreFactory.h"

#include "core/common/Log.h"
#include "core/security/FallbackSecretStore.h"
#include "core/security/KeychainSecretStore.h"
#include "core/security/PlaintextSecretStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

namespace hd {
using namespace Qt::StringLiterals;

namespace {
QString defaultPlaintextPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"secrets.json"_s);
}
} // namespace

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
    const QString path = options.plaintextPath.isEmpty() ? defaultPlaintextPath() : options.plaintextPath;
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

std::unique_ptr<FallbackSecretStore> SecretStoreFactory::createForWorkspace(const QString &workspaceLocation,
                                                                            const Options &options,
                                                                            std::unique_ptr<SecretStore> keychain)
{
    if (!keychain)
        keychain = std::make_unique<KeychainSecretStore>(options.serviceName, options.keychainTimeoutMs);
    const QString key = workspaceKey(workspaceLocation);
    auto store = std::make_unique<FallbackSecretStore>(std::move(keychain),
                                                       options.plaintextPath.isEmpty() ? defaultPlaintextPath()
                                                                                       : options.plaintextPath,
                                                       key);
    if (!options.allowPlaintext && !isPlaintextAllowedFor(key))
        return store; // the keychain, unprobed: the GUI asks when it turns out to be missing
    if (auto available = store->checkAvailable(); available)
        return store;
    if (auto s = store->usePlaintext(); !s)
        log::error("security", u"the plaintext credential file cannot be used: "_s + s.error().detail);
    return store;
}

QString SecretStoreFactory::workspaceKey(const QString &workspaceLocation)
{
    QString canonical = workspaceLocation.trimmed();
    const QUrl url(canonical);
    if (url.isValid() && url.scheme().startsWith("postgres"_L1))
        canonical = url.toString(QUrl::RemovePassword);
    else
        canonical = QDir::cleanPath(QFileInfo(canonical).absoluteFilePath());
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

bool SecretStoreFactory::isPlaintextAllowedFor(const QString &workspaceKey)
{
    return QSettings().value(u"security/plaintextSecretsWorkspaces/"_s + workspaceKey, false).toBool();
}

void SecretStoreFactory::setPlaintextAllowedFor(const QString &workspaceKey, bool allowed)
{
    QSettings settings;
    if (allowed)
        settings.setValue(u"security/plaintextSecretsWorkspaces/"_s + workspaceKey, true);
    else
        settings.remove(u"security/plaintextSecretsWorkspaces/"_s + workspaceKey);
}

} // namespace hd
