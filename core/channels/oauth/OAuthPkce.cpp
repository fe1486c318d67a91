#include "core/channels/oauth/OAuthPkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace hd {

namespace {

QByteArray randomBase64Url(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    // QRandomGenerator::system() is the OS's cryptographically secure source.
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

QByteArray OAuthPkce::newVerifier()
{
    return randomBase64Url(48);
}

QByteArray OAuthPkce::challengeS256(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray OAuthPkce::newState()
{
    return randomBase64Url(24);
}

} // namespace hd
