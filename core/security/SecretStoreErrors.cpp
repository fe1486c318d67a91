#include "core/security/SecretStoreErrors.h"

#include <QCoreApplication>

namespace hd {
using namespace Qt::StringLiterals;

Error SecretStoreErrors::unavailable(const QString &detail)
{
    return Error::make(Error::Code::Unavailable,
                       QCoreApplication::translate(
                           "hd::SecretStore",
                           "No usable keychain: the system keychain (Secret Service, e.g. GNOME Keyring or KWallet) "
                           "is missing or locked. Unlock or install it, or allow storing credentials unencrypted in "
                           "the settings."),
                       detail);
}

Error SecretStoreErrors::notFound(const QString &key)
{
    return Error::make(Error::Code::NotFound,
                       QCoreApplication::translate("hd::SecretStore", "No credential is stored for %1.").arg(key),
                       u"no secret under "_s + key);
}

Error SecretStoreErrors::denied(const QString &detail)
{
    return Error::make(Error::Code::PermissionDenied,
                       QCoreApplication::translate("hd::SecretStore", "Access to the keychain was refused."),
                       detail);
}

Error SecretStoreErrors::invalidKey()
{
    return Error::make(Error::Code::InvalidArgument,
                       QCoreApplication::translate("hd::SecretStore", "A credential needs a name."),
                       u"empty secret key"_s);
}

Error SecretStoreErrors::failed(const QString &detail)
{
    return Error::make(
        Error::Code::Internal,
        QCoreApplication::translate("hd::SecretStore", "The keychain could not store or read the credential."),
        detail);
}

} // namespace hd
