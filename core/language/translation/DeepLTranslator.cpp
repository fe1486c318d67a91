#include "core/language/translation/DeepLTranslator.h"

#include "core/language/translation/SecretProvider.h"
#include "core/language/translation/TranslationError.h"
#include "core/language/translation/TranslationHttpClient.h"
#include "core/language/translation/TranslationSegments.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

const QString Name = u"DeepL"_s;

std::pair<QString, QString> split(const QString &lang)
{
    QString s = lang.trimmed();
    s.replace(u'_', u'-');
    const qsizetype dash = s.indexOf(u'-');
    if (dash < 0)
        return {s.toUpper(), QString()};
    return {s.left(dash).toUpper(), s.mid(dash + 1).toUpper()};
}

} // namespace

QUrl DeepLTranslator::freeBaseUrl()
{
    return QUrl(u"https://api-free.deepl.com"_s);
}

QUrl DeepLTranslator::proBaseUrl()
{
    return QUrl(u"https://api.deepl.com"_s);
}

QUrl DeepLTranslator::baseUrlForKey(const QString &key)
{
    return key.trimmed().endsWith(":fx"_L1) ? freeBaseUrl() : proBaseUrl();
}

DeepLTranslator::DeepLTranslator(TranslationHttpClient &http, const SecretProvider &secrets, QUrl baseUrl)
    : m_http(http)
    , m_secrets(secrets)
    , m_baseUrl(std::move(baseUrl))
{
}

QString DeepLTranslator::targetCode(const QString &lang)
{
    auto [base, region] = split(lang);
    if (base == "EN"_L1)
        return (region == "GB"_L1 || region == "UK"_L1 || region == "IE"_L1 || region == "AU"_L1 || region == "NZ"_L1)
            ? u"EN-GB"_s
            : u"EN-US"_s;
    if (base == "PT"_L1)
        return region == "BR"_L1 ? u"PT-BR"_s : u"PT-PT"_s;
    if (base == "ZH"_L1)
        return (region == "TW"_L1 || region == "HK"_L1 || region == "MO"_L1 || region == "HANT"_L1) ? u"ZH-HANT"_s
                                                                                                    : u"ZH"_s;
    if (base == "NO"_L1 || base == "NN"_L1)
        return u"NB"_s;
    return base;
}

QString DeepLTranslator::sourceCode(const QString &lang)
{
    QString base = split(lang).first;
    if (base == "NO"_L1 || base == "NN"_L1)
        return u"NB"_s;
    return base;
}

QByteArray DeepLTranslator::buildBody(const QStringList &texts, const QString &source, const QString &target)
{
    QJsonObject o{
        {u"text"_s, QJsonArray::fromStringList(texts)},
        {u"target_lang"_s, targetCode(target)},
        {u"tag_handling"_s, u"xml"_s},
        {u"ignore_tags"_s, QJsonArray{u"x"_s}},
    };
    const QString src = sourceCode(source);
    if (!src.isEmpty())
        o.insert(u"source_lang"_s, src);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<DeepLTranslator::Parsed> DeepLTranslator::parseResponse(int status,
                                                               const QByteArray &body,
                                                               qint64 retryAfterMs,
                                                               qsizetype expected,
                                                               const QString &source,
                                                               const QString &target)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (status != 200) {
        // {"message": "…"} (sometimes with "detail"); 456 and 429 may have no body at all.
        const QJsonObject o = doc.object();
        QString message = o.value(u"message"_s).toString();
        if (o.contains(u"detail"_s))
            message += u" ("_s + o.value(u"detail"_s).toString() + u')';
        const QString detail = u"HTTP %1: %2"_s.arg(status).arg(
            message.isEmpty() ? QString::fromUtf8(body.left(300)).simplified() : message);
        if (status == 400 && message.contains("not supported"_L1, Qt::CaseInsensitive))
            return TranslationError::unsupportedPair(Name, source, target, detail);
        if (status == 529) // DeepL's "too many requests" under high load
            return TranslationError::make(TranslationFailure::RateLimited, Name, detail, retryAfterMs);
        return TranslationError::make(TranslationError::failureForStatus(status), Name, detail, retryAfterMs);
    }
    const QJsonValue translations = doc.object().value(u"translations"_s);
    if (pe.error != QJsonParseError::NoError || !translations.isArray())
        return TranslationError::make(TranslationFailure::MalformedResponse,
                                      Name,
                                      u"no translations array (%1)"_s.arg(pe.errorString()));
    Parsed p;
    for (const auto &v : translations.toArray()) {
        const QJsonValue text = v.toObject().value(u"text"_s);
        if (!text.isString())
            return TranslationError::make(TranslationFailure::MalformedResponse, Name, u"a translation has no text"_s);
        p.texts.append(text.toString());
        if (p.detectedLanguage.isEmpty())
            p.detectedLanguage = v.toObject().value(u"detected_source_language"_s).toString().toLower();
    }
    if (p.texts.size() != expected)
        return TranslationError::make(TranslationFailure::MalformedResponse,
                                      Name,
                                      u"expected %1 translations, got %2"_s.arg(expected).arg(p.texts.size()));
    return p;
}

void DeepLTranslator::translate(const TranslationRequest &request, QObject *context, TranslationCallback done)
{
    const QString key = m_secrets.secret(secretKey()).trimmed();
    if (key.isEmpty()) {
        deliverLater(context,
                     std::move(done),
                     TranslationError::make(TranslationFailure::NotConfigured, Name, u"no API key stored"_s));
        return;
    }
    if (targetCode(request.targetLang).isEmpty()) {
        deliverLater(
            context,
            std::move(done),
            TranslationError::unsupportedPair(Name, request.sourceLang, request.targetLang, u"no target language"_s));
        return;
    }
    const TranslationSegments segments = TranslationSegments::split(request.text);
    if (segments.texts().isEmpty()) {
        TranslationResult empty;
        empty.text = request.text;
        empty.provider = id();
        deliverLater(context, std::move(done), empty);
        return;
    }
    TranslationHttpClient::Request req;
    req.method = "POST";
    req.url = endpoint(m_baseUrl.isEmpty() ? baseUrlForKey(key) : m_baseUrl, u"/v2/translate"_s);
    req.headers = {{"Authorization", "DeepL-Auth-Key " + key.toUtf8()},
                   {"Content-Type", "application/json"},
                   {"Accept", "application/json"}};
    req.body = buildBody(segments.texts(), request.sourceLang, request.targetLang);
    req.service = Name;
    done = guarded(context, std::move(done));
    m_http.send(req, lifetime(), [this, request, segments, done](const Result<TranslationHttpClient::Response> &r) {
        if (!r) {
            done(r.error());
            return;
        }
        const auto parsed = parseResponse(r->status,
                                          r->body,
                                          r->retryAfterMs,
                                          segments.texts().size(),
                                          request.sourceLang,
                                          request.targetLang);
        if (!parsed) {
            done(parsed.error());
            return;
        }
        TranslationResult result;
        result.text = segments.join(parsed->texts);
        result.detectedSourceLang = parsed->detectedLanguage;
        result.provider = id();
        done(result);
    });
}

} // namespace hd
