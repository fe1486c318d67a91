#include "core/language/translation/GoogleTranslator.h"

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

const QString Name = u"Google Translate"_s;

QString primary(const QString &lang)
{
    const qsizetype dash = lang.indexOf(u'-');
    return (dash < 0 ? lang : lang.left(dash)).toLower();
}

} // namespace

QUrl GoogleTranslator::defaultBaseUrl()
{
    return QUrl(u"https://translation.googleapis.com"_s);
}

GoogleTranslator::GoogleTranslator(TranslationHttpClient &http,
                                   const SecretProvider &secrets,
                                   QUrl baseUrl,
                                   ProtectionMarkup markup)
    : m_http(http)
    , m_secrets(secrets)
    , m_baseUrl(std::move(baseUrl))
    , m_markup(markup == ProtectionMarkup::XmlTags ? ProtectionMarkup::HtmlSpans : markup)
{
}

QString GoogleTranslator::languageCode(const QString &lang)
{
    QString l = lang.trimmed().toLower();
    l.replace(u'_', u'-');
    if (l.isEmpty())
        return {};
    if (l == "zh"_L1 || l == "zh-hans"_L1 || l == "zh-cn"_L1 || l == "zh-sg"_L1)
        return u"zh-CN"_s;
    if (l == "zh-hant"_L1 || l == "zh-tw"_L1 || l == "zh-hk"_L1 || l == "zh-mo"_L1)
        return u"zh-TW"_s;
    if (l == "pt-pt"_L1)
        return u"pt-PT"_s;
    return primary(l);
}

QByteArray
GoogleTranslator::buildBody(const QStringList &texts, const QString &source, const QString &target, bool html)
{
    QJsonObject o{
        {u"q"_s, QJsonArray::fromStringList(texts)},
        {u"target"_s, languageCode(target)},
        {u"format"_s, html ? u"html"_s : u"text"_s},
    };
    const QString src = languageCode(source);
    if (!src.isEmpty())
        o.insert(u"source"_s, src);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<GoogleTranslator::Parsed> GoogleTranslator::parseResponse(int status,
                                                                 const QByteArray &body,
                                                                 qint64 retryAfterMs,
                                                                 qsizetype expected,
                                                                 const QString &source,
                                                                 const QString &target)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (status != 200) {
        const QJsonObject err = doc.object().value(u"error"_s).toObject();
        const QString message = err.value(u"message"_s).toString();
        const QString apiStatus = err.value(u"status"_s).toString();
        QStringList reasons;
        for (const auto &e : err.value(u"errors"_s).toArray())
            reasons << e.toObject().value(u"reason"_s).toString();
        for (const auto &d : err.value(u"details"_s).toArray())
            reasons << d.toObject().value(u"reason"_s).toString();
        const QString detail = u"HTTP %1 %2 [%3]: %4"_s.arg(status).arg(
            apiStatus,
            reasons.join(u','),
            message.isEmpty() ? QString::fromUtf8(body.left(300)).simplified() : message);
        const auto has = [&reasons](QLatin1StringView r) { return reasons.contains(QString(r)); };
        TranslationFailure f = TranslationError::failureForStatus(status);
        if (has("dailyLimitExceeded"_L1) || has("quotaExceeded"_L1) || has("dailyLimitExceededUnreg"_L1))
            f = TranslationFailure::QuotaExceeded;
        else if (has("userRateLimitExceeded"_L1) || has("rateLimitExceeded"_L1) || apiStatus == "RESOURCE_EXHAUSTED"_L1)
            f = TranslationFailure::RateLimited;
        else if (has("keyInvalid"_L1) || has("API_KEY_INVALID"_L1)
                 || message.contains("API key"_L1, Qt::CaseInsensitive))
            f = TranslationFailure::AuthFailed;
        else if (status == 400
                 && (message.contains("language"_L1, Qt::CaseInsensitive)
                     || message.contains("Invalid Value"_L1, Qt::CaseInsensitive)))
            return TranslationError::unsupportedPair(Name, source, target, detail);
        return TranslationError::make(f, Name, detail, retryAfterMs);
    }
    const QJsonValue translations = doc.object().value(u"data"_s).toObject().value(u"translations"_s);
    if (pe.error != QJsonParseError::NoError || !translations.isArray())
        return TranslationError::make(TranslationFailure::MalformedResponse,
                                      Name,
                                      u"no data.translations array (%1)"_s.arg(pe.errorString()));
    Parsed p;
    for (const auto &v : translations.toArray()) {
        const QJsonValue text = v.toObject().value(u"translatedText"_s);
        if (!text.isString())
            return TranslationError::make(TranslationFailure::MalformedResponse,
                                          Name,
                                          u"a translation has no translatedText"_s);
        p.texts.append(text.toString());
        if (p.detectedLanguage.isEmpty())
            p.detectedLanguage = primary(v.toObject().value(u"detectedSourceLanguage"_s).toString());
    }
    if (p.texts.size() != expected)
        return TranslationError::make(TranslationFailure::MalformedResponse,
                                      Name,
                                      u"expected %1 translations, got %2"_s.arg(expected).arg(p.texts.size()));
    return p;
}

void GoogleTranslator::translate(const TranslationRequest &request, QObject *context, TranslationCallback done)
{
    const QString key = m_secrets.secret(secretKey()).trimmed();
    if (key.isEmpty()) {
        deliverLater(context,
                     std::move(done),
                     TranslationError::make(TranslationFailure::NotConfigured, Name, u"no API key stored"_s));
        return;
    }
    if (languageCode(request.targetLang).isEmpty()) {
        deliverLater(
            context,
            std::move(done),
            TranslationError::unsupportedPair(Name, request.sourceLang, request.targetLang, u"no target language"_s));
        return;
    }
    const TranslationSegments segments = TranslationSegments::split(request.text, 128);
    if (segments.texts().isEmpty()) {
        TranslationResult empty;
        empty.text = request.text;
        empty.provider = id();
        deliverLater(context, std::move(done), empty);
        return;
    }
    TranslationHttpClient::Request req;
    req.method = "POST";
    req.url = endpoint(m_baseUrl, u"/language/translate/v2"_s);
    req.url.setQuery(u"key="_s + QString::fromLatin1(QUrl::toPercentEncoding(key)));
    req.headers = {{"Content-Type", "application/json; charset=utf-8"}, {"Accept", "application/json"}};
    req.body =
        buildBody(segments.texts(), request.sourceLang, request.targetLang, m_markup == ProtectionMarkup::HtmlSpans);
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
