#include "core/security/KeychainSecretStore.h"

#include "core/common/Log.h"
#include "core/security/SecretStoreErrors.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace hd {
using namespace Qt::StringLiterals;

namespace {
const QString kProbeKey = u"harbordesk/keychain-probe"_s;
} // namespace

KeychainSecretStore::KeychainSecretStore(QString serviceName, int timeoutMs)
    : m_service(std::move(serviceName))
    , m_timeoutMs(timeoutMs)
{
}

QString KeychainSecretStore::backendName() const
{
    return u"keychain"_s;
}

Status KeychainSecretStore::run(QKeychain::Job &job, const QString &key) const
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&finished, &loop] {
        finished = true;
        loop.quit();
    });
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    job.start();
    if (!finished) { // some backends finish synchronously inside start()
        timeout.start(m_timeoutMs);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    if (!finished)
        return SecretStoreErrors::unavailable(
            u"keychain did not answer within %1 ms (locked, or waiting for a password prompt)"_s.arg(m_timeoutMs));

    const QString detail = u"QtKeychain error %1 on %2: %3"_s.arg(int(job.error())).arg(key, job.errorString());
    switch (job.error()) {
    case QKeychain::NoError: return {};
    case QKeychain::EntryNotFound: return SecretStoreErrors::notFound(key);
    case QKeychain::CouldNotDeleteEntry: return SecretStoreErrors::failed(detail);
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied: return SecretStoreErrors::denied(detail);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented: return SecretStoreErrors::unavailable(detail);
    case QKeychain::OtherError: break;
    }
    // libsecret reports a missing D-Bus or Secret Service, and a locked collection, as OtherError.
    return SecretStoreErrors::unavailable(detail);
}

Status KeychainSecretStore::checkAvailable()
{
    auto probe = read(kProbeKey);
    if (probe || probe.error().code == Error::Code::NotFound)
        return {};
    log::warn("security", u"keychain unavailable: "_s + probe.error().detail);
    return probe.error();
}

Result<QString> KeychainSecretStore::read(const QString &key)
{
    if (key.trimmed().isEmpty())
        return SecretStoreErrors::invalidKey();
    QKeychain::ReadPasswordJob job(m_service);
    if (auto s = run(job, key); !s)
        return s.error();
    return job.textData();
}

Status KeychainSecretStore::write(const QString &key, const QString &value)
{
    if (key.trimmed().isEmpty())
        return SecretStoreErrors::invalidKey();
    if (value.isEmpty())
        return remove(key);
    QKeychain::WritePasswordJob job(m_service);
    job.setTextData(value);
    return run(job, key);
}

Status KeychainSecretStore::remove(const QString &key)
{
    if (key.trimmed().isEmpty())
        return SecretStoreErrors::invalidKey();
    QKeychain::DeletePasswordJob job(m_service);
    auto s = run(job, key);
    if (!s && s.error().code == Error::Code::NotFound)
        return {};
    return s;
}

} // namespace hd
