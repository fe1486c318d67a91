#pragma once

#include "core/common/Result.h"

namespace hd {

/// The errors every SecretStore returns, worded once for the user (translated in "hd::SecretStore").
/// `detail` goes to the log only and never holds a secret.
class SecretStoreErrors final
{
public:
    /// Unavailable: no keychain, or it is locked.
    static Error unavailable(const QString &detail);
    /// NotFound: nothing stored under `key` (the key name is not secret).
    static Error notFound(const QString &key);
    /// PermissionDenied: the user or the OS refused access.
    static Error denied(const QString &detail);
    /// InvalidArgument: an empty key.
    static Error invalidKey();
    /// Internal: anything else the backend reported.
    static Error failed(const QString &detail);
};

} // namespace hd
