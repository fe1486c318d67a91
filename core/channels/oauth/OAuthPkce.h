#pragma once

#include <QByteArray>

namespace hd {

/// PKCE (RFC 7636) and `state` values for an authorisation-code sign-in. Qt 6.4's NetworkAuth has
/// no PKCE (setPkceMethod arrived in 6.8), so the verifier and its S256 challenge are made here.
class OAuthPkce final
{
public:
    /// A fresh code_verifier: 64 characters of base64url (48 random bytes), inside RFC 7636's 43-128.
    static QByteArray newVerifier();
    /// code_challenge for method S256: base64url(SHA-256(verifier)) without padding.
    static QByteArray challengeS256(const QByteArray &verifier);
    /// A fresh, unguessable `state` (32 characters of base64url).
    static QByteArray newState();
};

} // namespace hd
