#include "core/security/PlaintextSecretStore.h"

#include "core/security/SecretStoreErrors.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace hd {
using namespace Qt::StringLiterals;

PlaintextSecretStore::PlaintextSecretStore(QString filePath)
    : m_path(std::move(filePath))
{
}

QString PlaintextSecretStore::backendName() const
{
    return u"plaintext"_s;
}

Result<QHash<QString, QString>> PlaintextSecretStore::load() const
{
    QHash<QString, QString> out;
    QFile file(m_path);
    if (!file.exists())
        return out;
    if (!file.open(QIODevice::ReadOnly))
        return SecretStoreErrors::unavailable(u"cannot read %1: %2"_s.arg(m_path, file.errorString()));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &pe);
    if (!doc.isObject())
        return SecretStoreErrors::failed(u"%1 is not a JSON object: %2"_s.arg(m_path, pe.errorString()));
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

Status PlaintextSecretStore::save(const QHash<QString, QString> &secrets) const
{
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return SecretStoreErrors::unavailable(u"cannot create the folder of "_s + m_path);
    QJsonObject o;
    for (auto it = secrets.begin(); it != secrets.end(); ++it)
        o.insert(it.key(), it.value());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return SecretStoreErrors::unavailable(u"cannot write %1: %2"_s.arg(m_path, file.errorString()));
    // Owner only, before any secret is written into it.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(o).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return SecretStoreErrors::failed(u"cannot save %1: %2"_s.arg(m_path, file.errorString()));
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

Status PlaintextSecretStore::checkAvailable()
{
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return SecretStoreErrors::unavailable(u"cannot create the folder of "_s + m_path);
    auto loaded = load();
    if (!loaded)
        return loaded.error();
    return {};
}

Result<QString> PlaintextSecretStore::read(const QString &key)
{
    if (key.trimmed().isEmpty())
        return SecretStoreErrors::invalidKey();
    auto loaded = load();
    if (!loaded)
        return loaded.error();
    const auto it = loaded.value().constFind(key);
    if (it == loaded.value().constEnd())
        return SecretStoreErrors::notFound(key);
    return it.value();
}

Status PlaintextSecretStore::write(const QString &key, const QString &value)
{
    if (key.trimmed().isEmpty())
        return SecretStoreErrors::invalidKey();
    auto loaded = load();
    if (!loaded)
        return loaded.error();
    QHash<QString, QString> secrets = std::move(loaded).value();
    if (value.isEmpty())
        secrets.remove(key);
    else
        secrets.insert(key, value);
    return save(secrets);
}

Status PlaintextSecretStore::remove(const QString &key)
{
    return write(key, {});
}

} // namespace hd
