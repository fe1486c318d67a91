#pragma once

#include "core/language/translation/TranslatorFactory.h"

#include <QString>
#include <QUrl>

class QSettings;

namespace hd {

/// Which translation provider the workspace uses and where (stored in QSettings under
/// "translation/…", as stable strings; the API key is NOT here, it lives in the SecretStore).
struct TranslationSettings
{
    TranslationProvider provider = TranslationProvider::Apertium;
    QUrl baseUrl;          ///< empty: the provider's default (APy: http://127.0.0.1:2737)
    QString agentLanguage; ///< the language agents read and write ("zh", "en"); empty: the UI language
    bool enabled = true;   ///< false: no machine translation at all

    /// Reads "translation/provider", "translation/url", "translation/agentLanguage",
    /// "translation/enabled". HARBORDESK_APY_URL, when set, is the default APy URL.
    static TranslationSettings load(const QSettings &settings);
    void save(QSettings &settings) const;
    /// `agentLanguage`, or the primary code of the system locale's UI language when empty.
    QString effectiveAgentLanguage() const;
    /// `baseUrl`, or the provider's default (HARBORDESK_APY_URL for Apertium when set).
    QUrl effectiveBaseUrl() const;

    friend bool operator==(const TranslationSettings &, const TranslationSettings &) = default;
};

} // namespace hd
