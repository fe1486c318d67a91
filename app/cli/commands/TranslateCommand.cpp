#include "app/cli/commands/TranslateCommand.h"

#include "app/cli/CliContext.h"
#include "core/language/LanguageDetector.h"
#include "core/language/translation/DeepLTranslator.h"
#include "core/language/translation/EnvironmentSecretProvider.h"
#include "core/language/translation/GlossaryRepository.h"
#include "core/language/translation/GoogleTranslator.h"
#include "core/language/translation/TranslationCache.h"
#include "core/language/translation/TranslationError.h"
#include "core/language/translation/TranslationHttpClient.h"
#include "core/language/translation/TranslationService.h"
#include "core/language/translation/TranslatorFactory.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace hd::cli {
using namespace Qt::StringLiterals;

void TranslateCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(u"text"_s,
                                 u"The text to translate; '-' reads it from standard input."_s,
                                 u"TEXT..."_s);
    parser.addOption(
        {u"to"_s, u"Target language, ISO 639-1 with optional region (es, en-GB, pt-BR, zh-Hant)."_s, u"LANG"_s});
    parser.addOption(
        {u"from"_s, u"Source language (default: detected; Apertium needs it or guesses offline)."_s, u"LANG"_s});
    parser.addOption({u"provider"_s,
                      u"apertium (default), libretranslate, deepl or google. Keys come from HARBORDESK_DEEPL_API_KEY, "
                      "HARBORDESK_GOOGLE_API_KEY, HARBORDESK_LIBRETRANSLATE_API_KEY."_s,
                      u"NAME"_s});
    parser.addOption({u"url"_s,
                      u"The provider's base URL (default: Apertium $HARBORDESK_APY_URL or http://127.0.0.1:2737; "
                      "LibreTranslate http://127.0.0.1:5000; DeepL by key; Google translation.googleapis.com)."_s,
                      u"URL"_s});
    parser.addOption({u"no-cache"_s, u"Do not open the workspace: no translation cache, no glossary."_s});
    parser.addOption(
        {u"json"_s, u"Print a JSON object with the translation, provider, detected language and cache use."_s});
    parser.addOption({u"timeout"_s, u"Seconds to wait for the provider (default 60, at most 600)."_s, u"S"_s});
}

int TranslateCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    QString text = parser.positionalArguments().join(u' ');
    if (text == "-"_L1) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return context.fail(u"translate: cannot read standard input"_s, ExitRuntime);
        text = QString::fromUtf8(in.readAll());
    }
    if (text.trimmed().isEmpty())
        return context.fail(u"translate: no text given (see harbordesk-cli translate --help)"_s, ExitUsage);
    const QString target = parser.value(u"to"_s).trimmed();
    if (target.isEmpty())
        return context.fail(u"translate: --to LANG is required (e.g. --to es)"_s, ExitUsage);
    const QString providerName = parser.isSet(u"provider"_s) ? parser.value(u"provider"_s) : u"apertium"_s;
    const auto provider = TranslatorFactory::fromString(providerName);
    if (!provider)
        return context.fail(
            u"translate: unknown provider '%1' (choose %2)"_s.arg(providerName,
                                                                  TranslatorFactory::names().join(u", "_s)),
            ExitUsage);
    QUrl url;
    if (parser.isSet(u"url"_s)) {
        url = QUrl::fromUserInput(parser.value(u"url"_s));
        if (!url.isValid() || url.host().isEmpty())
            return context.fail(u"translate: --url '%1' is not a URL"_s.arg(parser.value(u"url"_s)), ExitUsage);
    } else if (*provider == TranslationProvider::Apertium && !qEnvironmentVariableIsEmpty("HARBORDESK_APY_URL")) {
        url = QUrl(qEnvironmentVariable("HARBORDESK_APY_URL"));
    }
    const auto timeoutS = context.positiveOption(parser, u"timeout"_s, 60, 600);
    if (!timeoutS)
        return ExitUsage;

    std::unique_ptr<TranslationCache> cache;
    std::unique_ptr<GlossaryRepository> glossary;
    if (!parser.isSet(u"no-cache"_s)) {
        Workspace *ws = context.workspace();
        if (!ws)
            return ExitRuntime;
        cache = std::make_unique<TranslationCache>(ws->database(), context.clock());
        glossary = std::make_unique<GlossaryRepository>(ws->database());
    }

    const EnvironmentSecretProvider secrets;
    TranslationHttpClient http;
    const std::unique_ptr<Translator> engine = TranslatorFactory::create(*provider, http, secrets, url);
    TranslationService service(*engine, cache.get(), glossary.get());
    const LanguageDetector detector;
    service.setLanguageGuesser([&detector](const QString &t) { return detector.detect(t).language; });

    context.note(u"translate: %1 via %2"_s.arg(target, engine->displayName()));
    const auto r = Translator::translateBlocking(service,
                                                 {text, parser.value(u"from"_s).trimmed(), target},
                                                 int(*timeoutS) * 1000);
    if (!r) {
        QString message = u"translate: "_s + r.error().message;
        if (TranslationError::failure(r.error()) == TranslationFailure::NotConfigured)
            message += u" (here: set %1)"_s.arg(EnvironmentSecretProvider::variableName(
                *provider == TranslationProvider::DeepL ? DeepLTranslator::secretKey()
                                                        : GoogleTranslator::secretKey()));
        if (context.isVerbose())
            message += u" ("_s + r.error().detail + u')';
        return context.fail(message, ExitRuntime);
    }
    if (parser.isSet(u"json"_s)) {
        const QJsonObject o{
            {u"text"_s, r->text},
            {u"provider"_s, r->provider},
            {u"detected_source_lang"_s, r->detectedSourceLang},
            {u"from_cache"_s, r->fromCache},
        };
        context.out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    context.out() << r->text << '\n';
    context.note(
        u"provider %1%2%3"_s.arg(r->provider,
                                 r->fromCache ? u", from cache"_s : QString(),
                                 r->detectedSourceLang.isEmpty() ? QString() : u", source "_s + r->detectedSourceLang));
    return ExitOk;
}

} // namespace hd::cli
