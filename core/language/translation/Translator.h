#pragma once

#include "core/common/Result.h"
#include "core/language/translation/ProtectionMarkup.h"
#include "core/language/translation/TranslationRequest.h"
#include "core/language/translation/TranslationResult.h"

#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QObject;

namespace hd {

using TranslationCallback = std::function<void(Result<TranslationResult>)>;

/// A machine-translation engine (Apertium APy, LibreTranslate, DeepL, Google), or a service
/// wrapping one (TranslationService adds protection, glossary and cache).
///
/// translate() never blocks: it returns at once and calls `done` exactly once, later, on the
/// calling thread's event loop, with the translation or an Error built by TranslationError (the
/// caller keeps the original text). If `context` is destroyed first, `done` is never called.
/// Providers translate `text` as given; they do not protect order numbers (TranslationService does).
class Translator
{
public:
    Translator();
    virtual ~Translator();
    Translator(const Translator &) = delete;
    Translator &operator=(const Translator &) = delete;

    /// Stable id, stored with cached translations: "apertium", "libretranslate", "deepl", "google".
    virtual QString id() const = 0;
    /// Name for the agent: "Apertium", "DeepL".
    virtual QString displayName() const = 0;
    /// True when an empty TranslationRequest::sourceLang lets the engine detect the language.
    virtual bool detectsSourceLanguage() const = 0;
    /// How spans must be hidden from this engine (see ProtectedText).
    virtual ProtectionMarkup markup() const = 0;

    virtual void translate(const TranslationRequest &request, QObject *context, TranslationCallback done) = 0;

    /// Runs translate() in a local QEventLoop until it answers or `timeoutMs` passes (Timeout
    /// error). For the CLI, tests and worker threads only: never call it on the GUI thread.
    static Result<TranslationResult>
    translateBlocking(Translator &translator, const TranslationRequest &request, int timeoutMs = 120000);

protected:
    /// Lives as long as the translator: providers pass it as the HTTP context, so requests in
    /// flight are aborted (and their callbacks dropped) when the translator is destroyed.
    QObject *lifetime() const { return m_lifetime.get(); }
    /// `done`, dropped if `context` (when not null) is destroyed before it is called.
    static TranslationCallback guarded(QObject *context, TranslationCallback done);
    /// Calls `done(result)` from the event loop, not from inside translate(), so callers never see
    /// a re-entrant callback (used for answers known without a request: missing key, same language).
    static void deliverLater(QObject *context, TranslationCallback done, Result<TranslationResult> result);
    /// `base` with `path` appended to its path ("https://host/apy" + "/translate").
    static QUrl endpoint(const QUrl &base, const QString &path);

private:
    std::unique_ptr<QObject> m_lifetime;
};

} // namespace hd
