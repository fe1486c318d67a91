#include "core/language/translation/LibreTranslateTranslator.h"

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

const QString Name = u"LibreTranslate"_s;

QString primary(const QString &lang)
{
    QString s = lang.trimmed().toLower();
    s.replace(u'_', u'-');
    const qsizetype dash = s.indexOf(u'-');
    return dash < 0 ? s : s.left(dash);
}

} // namespace

QUrl LibreTranslateTranslator::defaultBaseUrl()
{
    return QUrl(u"http://127.0.0.1:5000"_s);
}

LibreTranslateTranslator::LibreTranslateTranslator(TranslationHttpClient &http,
                                                   QUrl baseUrl,
                                                   const SecretProvider *secrets)
    : m_http(http)
    , m_baseUrl(std::move(baseUrl))
    , m_secrets(secrets)
{
}

QString LibreTranslateTranslator::languageCode(const QString &lang, bool isSource)
{
    if (lang.trimmed().isEmpty())
        return isSource ? u"auto"_s : QString();
    const QString l = lang.trimmed().toLower().replace(u'_', u'-');
    if (l == "zh-hant"_L1 || l == "zh-tw"_L1 || l == "zh-hk"_L1 || l == "zh-mo"_L1)
        return u"zt"_s;
    return primary(l);
}

QByteArray LibreTranslateTranslator::buildBody(const QStringList &texts,
                                               const QString &source,
                                               const QString &target,
                                               const QString &apiKey)
{
    QJsonObject o{
        {u"q"_s, QJsonArray::fromStringList(texts)},
        {u"source"_s, languageCode(source, true)},
        {u"target"_s, languageCode(target, false)},
        {u"format"_s, u"text"_s},
    };
    if (!apiKey.isEmpty())
        o.insert(u"api_key"_s, apiKey);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<LibreTranslateTranslator::Parsed> LibreTranslateTranslator::parseResponse(int status,
                                                                                 const QByteArray &body,
                                                                                 qint64 retryAfterMs,
                                                                                 qsizetype expected,
                                                                                 const QString &source,
                                                                                 const QString &target)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    const QJsonObject o = doc.object();
    if (status != 200) {
        const QString message = o.value(u"error"_s).toString();
        const QString detail = u"HTTP %1: %2"_s.arg(status).arg(
            message.isEmpty() ? QString::fromUtf8(body.left(300)).simplified() : message);
        if (status == 400 && message.contains("not supported"_L1, Qt::CaseInsensitive))
            return TranslationError::unsupportedPair(Name, source, target, detail);
        return TranslationError::make(TranslationError::failureForStatus(status), Name, detail, retryAfterMs);
    }
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return TranslationError::make(TranslationFailure::MalformedResponse, Name, u"not JSON: "_s + pe.errorString());
    Parsed p;
    const QJsonValue t = o.value(u"translatedText"_s);
    if (t.isArray()) {
        for (const auto &v : t.toArray())
            p.texts.append(v.toString());
    } else if (t.isString()) {
        p.texts.append(t.toString());
    }
    if (p.texts.size() != expected || (!t.isArray() && !t.isString()))
        return TranslationError::make(
            TranslationFailure::MalformedResponse,
            Name,
            u"expected %1 translatedText item(s), got %2"_s.arg(expected).arg(p.texts.size()));
    // One object for a single q, an array of objects (one per item) for an array q.
    QJsonValue detected = o.value(u"detectedLanguage"_s);
    if (detected.isArray())
        detected = detected.toArray().isEmpty() ? QJsonValue() : detected.toArray().first();
    p.detectedLanguage = primary(detected.toObject().value(u"language"_s).toString());
    return p;
}

void LibreTranslateTranslator::translate(const TranslationRequest &request, QObject *context, TranslationCallback done)
{
    if (languageCode(request.targetLang, false).isEmpty()) {
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
    req.url = endpoint(m_baseUrl, u"/translate"_s);
    req.headers = {{"Content-Type", "application/json"}, {"Accept", "application/json"}};
    req.body = buildBody(segments.texts(),
                         request.sourceLang,
                         request.targetLang,
                         m_secrets ? m_secrets->secret(secretKey()) : QString());
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
