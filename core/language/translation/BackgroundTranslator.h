#pragma once

#include "core/language/translation/SecretProvider.h"
#include "core/language/translation/TranslationService.h"
#include "core/language/translation/TranslationSettings.h"

#include <QThread>

#include <memory>

namespace hd {

class Clock;
class Database;

/// The workspace's translator: a TranslationService (protection, glossary, cache in the workspace
/// database) over the configured provider, running on its own thread, so the GUI thread never
/// waits for a cache query or an HTTP answer.
///
/// Call translate() from the thread that created the object (the GUI thread): the request is
/// handed to the worker, and `done` runs later back on the creating thread (dropped if `context`
/// is destroyed first). Secrets are read by the caller beforehand (a snapshot), so the keychain is
/// never touched from the worker. Destroying it stops the worker; pending callbacks are dropped.
class BackgroundTranslator final : public Translator
{
public:
    BackgroundTranslator(const Database &db,
                         const Clock &clock,
                         const TranslationSettings &settings,
                         MemorySecretProvider secrets);
    ~BackgroundTranslator() override;

    const TranslationSettings &settings() const { return m_settings; }
    /// Switches to new settings and keys in place (the object, and pointers to it, stay valid).
    /// Requests in flight with the old provider are dropped. Disabled settings make every request
    /// fail with "translation is switched off".
    void reconfigure(const TranslationSettings &settings, MemorySecretProvider secrets);

    QString id() const override;
    QString displayName() const override;
    bool detectsSourceLanguage() const override { return true; } // the worker guesses with LanguageDetector
    ProtectionMarkup markup() const override { return ProtectionMarkup::Tokens; }
    void translate(const TranslationRequest &request, QObject *context, TranslationCallback done) override;

    /// The service's counters, read on the worker (blocks briefly; for tests and diagnostics).
    TranslationService::Statistics statistics() const;

private:
    class Worker;
    TranslationSettings m_settings;
    QThread m_thread;
    Worker *m_worker = nullptr; ///< lives on m_thread
};

} // namespace hd
