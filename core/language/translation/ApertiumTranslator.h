#pragma once

#include "core/language/translation/Translator.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QUrl>

namespace hd {

class TranslationHttpClient;

/// Apertium APy (self-hosted, offline, rule-based): POST {base}/translate with form fields
/// langpair=eng|spa, q, markUnknown=no → {"responseData": {"translatedText": "…"},
/// "responseStatus": 200}. Installed pairs come from GET {base}/listPairs, read once and again
/// when APy says a pair is not installed; a pair that is not listed fails at once with
/// UnsupportedLanguage. APy cannot detect the source language: sourceLang is required.
/// Codes are mapped with ApertiumLanguageCodes ("en" ↔ "eng", "en-US" → "eng_US" when installed).
class ApertiumTranslator final : public Translator
{
public:
    struct Pair
    {
        QString source; ///< Apertium code, "eng"
        QString target; ///< "spa", "eng_US"
        bool operator==(const Pair &o) const { return source == o.source && target == o.target; }
    };

    /// http://127.0.0.1:2737, APy's default port.
    static QUrl defaultBaseUrl();

    ApertiumTranslator(TranslationHttpClient &http, QUrl baseUrl = defaultBaseUrl());

    QString id() const override { return QStringLiteral("apertium"); }
    QString displayName() const override { return QStringLiteral("Apertium"); }
    bool detectsSourceLanguage() const override { return false; }
    ProtectionMarkup markup() const override { return ProtectionMarkup::Tokens; }
    const QUrl &baseUrl() const { return m_baseUrl; }

    void translate(const TranslationRequest &request, QObject *context, TranslationCallback done) override;

    using PairsCallback = std::function<void(Result<QList<Pair>>)>;
    /// GET /listPairs (not cached: always asks the server).
    void listPairs(QObject *context, PairsCallback done);

    /// The first installed pair among the candidates for `source` → `target`; nullopt if none.
    static std::optional<Pair> choosePair(const QList<Pair> &installed, const QString &source, const QString &target);

    // Pure request building and response parsing, tested with recorded APy answers.
    static QByteArray formBody(const QList<std::pair<QString, QString>> &fields);
    static Result<QList<Pair>> parsePairs(int status, const QByteArray &body);
    /// The translated text, or the error the status and body mean.
    static Result<QString> parseTranslation(int status,
                                            const QByteArray &body,
                                            qint64 retryAfterMs,
                                            const QString &source,
                                            const QString &target);

private:
    void translateWithPairs(const TranslationRequest &request,
                            QObject *context,
                            const TranslationCallback &done,
                            bool pairsFresh);

    TranslationHttpClient &m_http;
    QUrl m_baseUrl;
    std::optional<QList<Pair>> m_pairs; ///< from /listPairs; nullopt until read (or when APy has none)
};

} // namespace hd
