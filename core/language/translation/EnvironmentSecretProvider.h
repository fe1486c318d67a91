#pragma once

#include "core/language/translation/SecretProvider.h"

namespace hd {

/// Reads secrets from environment variables, for harbordesk-cli and CI until the keychain store
/// exists: "translation/deepl/api_key" → HARBORDESK_DEEPL_API_KEY (the "translation/" prefix
/// dropped, '/' → '_', upper case, "HARBORDESK_" prefixed).
class EnvironmentSecretProvider final : public SecretProvider
{
public:
    QString secret(const QString &key) const override;
    /// The variable name read for `key`.
    static QString variableName(const QString &key);
};

} // namespace hd
