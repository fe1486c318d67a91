#include "core/language/translation/ApertiumTranslator.h"

#include "core/language/translation/ApertiumLanguageCodes.h"
#include "core/language/translation/TranslationError.h"
#include "core/language/translation/TranslationHttpClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

const QString Name = u"Apertium"_s;

QString snippet(const QByteArray &body)
{
    return QString::fromUtf8(body.left(300)).simplified();
}

} // namespace

QUrl ApertiumTranslator::defaultBaseUrl()
{
    return QUrl(u"http://127.0.0.1:2737"_s);
}

ApertiumTranslator::ApertiumTranslator(TranslationHttpClient &http, QUrl baseUrl)
    : m_http(http)
    , m_baseUrl(std::move(baseUrl))
{
}

QByteArray ApertiumTranslator::formBody(const QList<std::pair<QString, QString>> &fields)
{
    // Percent-encode everything but unreserved characters: a '+' left as is would reach APy as a space.
    QByteArray body;
    for (const auto &[key, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

Result<QList<ApertiumTranslator::Pair>> ApertiumTranslator::parsePairs(int status, const QByteArray &body)
{
    if (status != 200)
        return TranslationError::make(TranslationError::failureForStatus(status),
                                      Name,
                                      u"listPairs HTTP %1: %2"_s.arg(status).arg(snippet(body)));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    const QJsonValue data = doc.object().value(u"responseData"_s);
    if (pe.error != QJsonParseError::NoError || !data.isArray())
        return TranslationError::make(TranslationFailure::MalformedResponse,
                                      Name,
                                      u"listPairs: no responseData array: %1"_s.arg(snippet(body)));
    QList<Pair> pairs;
    for (const auto &v : data.toArray()) {
        const QJsonObject o = v.toObject();
        const QString s = o.value(u"sourceLanguage"_s).toString();
        const QString t = o.value(u"targetLanguage"_s).toString();
        if (!s.isEmpty() && !t.isEmpty())
            pairs.append({s, t});
    }
    return pairs;
}

Result<QString> ApertiumTranslator::parseTranslation(int status,
                                                     const QByteArray &body,
                                                     qint64 retryAfterMs,
                                                     const QString &source,
                                                     const QString &target)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    const QJsonObject o = doc.object();
    if (status != 200) {
        // APy's errors: {"status": "error", "code": 400, "message": "Bad Request", "explanation": "…"}
        const QString explanation = o.value(u"explanation"_s).toString();
        const QString detail = u"HTTP %1: %2"_s.arg(status).arg(explanation.isEmpty() ? snippet(body) : explanation);
        if (status == 400 && explanation.contains("not installed"_L1, Qt::CaseInsensitive))
            return TranslationError::unsupportedPair(Name, source, target, detail);
        return TranslationError::make(TranslationError::failureForStatus(status), Name, detail, retryAfterMs);
    }
    const QJsonValue text = o.value(u"responseData"_s).toObject().value(u"translatedText"_s);
    if (pe.error != QJsonParseError::NoError || !text.isString())
        return TranslationError::make(
            TranslationFailure::MalformedResponse,
            Name,
            u"no responseData.translatedText (%1): %2"_s.arg(pe.errorString(), snippet(body)));
    const int responseStatus = o.value(u"responseStatus"_s).toInt(200);
    if (responseStatus != 200)
        return TranslationError::make(
            TranslationError::failureForStatus(responseStatus),
            Name,
            u"responseStatus %1: %2"_s.arg(responseStatus).arg(o.value(u"responseDetails"_s).toString()));
    return text.toString();
}

std::optional<ApertiumTranslator::Pair>
ApertiumTranslator::choosePair(const QList<Pair> &installed, const QString &source, const QString &target)
{
    const QStringList sources = ApertiumLanguageCodes::candidates(source);
    const QStringList targets = ApertiumLanguageCodes::candidates(target);
    for (const QString &t : targets)
        for (const QString &s : sources)
            if (installed.contains(Pair{s, t}))
                return Pair{s, t};
    return std::nullopt;
}

void ApertiumTranslator::listPairs(QObject *context, PairsCallback done)
{
    TranslationHttpClient::Request req;
    req.method = "GET";
    req.url = endpoint(m_baseUrl, u"/listPairs"_s);
    req.service = Name;
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    m_http.send(req,
                lifetime(),
                [guard, hasContext, done = std::move(done)](const Result<TranslationHttpClient::Response> &r) {
                    if (hasContext && !guard)
                        return;
                    if (!r) {
                        done(r.error());
                        return;
                    }
                    done(parsePairs(r->status, r->body));
                });
}

void ApertiumTranslator::translate(const TranslationRequest &request, QObject *context, TranslationCallback done)
{
    if (request.sourceLang.trimmed().isEmpty()) {
        Error e = TranslationError::make(TranslationFailure::UnsupportedLanguage, Name, u"no source language given"_s);
        e.message =
            QCoreApplication::translate("hd::TranslationError",
                                        "Apertium cannot detect the language. Choose the language to translate from.");
        deliverLater(context, std::move(done), e);
        return;
    }
    if (ApertiumLanguageCodes::candidates(request.sourceLang).isEmpty()
        || ApertiumLanguageCodes::candidates(request.targetLang).isEmpty()) {
        deliverLater(context,
                     std::move(done),
                     TranslationError::unsupportedPair(Name,
                                                       request.sourceLang,
                                                       request.targetLang,
                                                       u"unknown language code"_s));
        return;
    }
    translateWithPairs(request, context, guarded(context, std::move(done)), false);
}

void ApertiumTranslator::translateWithPairs(const TranslationRequest &request,
                                            QObject *context,
                                            const TranslationCallback &done,
                                            bool pairsFresh)
{
    if (!m_pairs && !pairsFresh) {
        TranslationHttpClient::Request req;
        req.method = "GET";
        req.url = endpoint(m_baseUrl, u"/listPairs"_s);
        req.service = Name;
        m_http.send(req, lifetime(), [this, request, context, done](const Result<TranslationHttpClient::Response> &r) {
            if (!r) { // unreachable: translating would fail the same way
                done(r.error());
                return;
            }
            // An APy that cannot list its pairs (old version, proxy) is still asked to translate.
            auto pairs = parsePairs(r->status, r->body);
            if (pairs)
                m_pairs = pairs.value();
            translateWithPairs(request, context, done, true);
        });
        return;
    }
    QString source = ApertiumLanguageCodes::toApertium(request.sourceLang);
    QString target = ApertiumLanguageCodes::toApertium(request.targetLang);
    if (m_pairs) {
        const auto pair = choosePair(*m_pairs, request.sourceLang, request.targetLang);
        if (!pair) {
            if (!pairsFresh) { // installed since we last looked?
                m_pairs.reset();
                translateWithPairs(request, context, done, false);
                return;
            }
            Result<TranslationResult> err =
                TranslationError::unsupportedPair(Name,
                                                  request.sourceLang,
                                                  request.targetLang,
                                                  u"pair %1|%2 not in /listPairs"_s.arg(source, target));
            done(err);
            return;
        }
        source = pair->source;
        target = pair->target;
    }

    TranslationHttpClient::Request req;
    req.method = "POST";
    req.url = endpoint(m_baseUrl, u"/translate"_s);
    req.headers = {{"Content-Type", "application/x-www-form-urlencoded"}, {"Accept", "application/json"}};
    req.body = formBody({{u"langpair"_s, source + u'|' + target}, {u"q"_s, request.text}, {u"markUnknown"_s, u"no"_s}});
    req.service = Name;
    m_http.send(req, lifetime(), [this, request, done](const Result<TranslationHttpClient::Response> &r) {
        if (!r) {
            done(r.error());
            return;
        }
        Result<QString> text =
            parseTranslation(r->status, r->body, r->retryAfterMs, request.sourceLang, request.targetLang);
        if (!text) {
            if (TranslationError::failure(text.error()) == TranslationFailure::UnsupportedLanguage)
                m_pairs.reset(); // uninstalled meanwhile: read /listPairs again next time
            done(text.error());
            return;
        }
        TranslationResult result;
        result.text = text.value();
        result.provider = id();
        done(result);
    });
}

} // namespace hd
