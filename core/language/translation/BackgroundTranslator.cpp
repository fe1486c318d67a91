#include "core/language/translation/BackgroundTranslator.h"

#include "core/language/LanguageDetector.h"
#include "core/language/translation/GlossaryRepository.h"
#include "core/language/translation/TranslationCache.h"
#include "core/language/translation/TranslationHttpClient.h"

#include <QCoreApplication>
#include <QPointer>

namespace hd {
using namespace Qt::StringLiterals;

/// Everything that runs on the worker thread; built there on first use, destroyed there.
class BackgroundTranslator::Worker final : public QObject
{
public:
    Worker(const Database &db, const Clock &clock, TranslationSettings settings, MemorySecretProvider secrets)
        : m_db(db)
        , m_clock(clock)
        , m_settings(std::move(settings))
        , m_secrets(std::move(secrets))
    {
    }

    TranslationService &service()
    {
        if (!m_service) {
            m_http = std::make_unique<TranslationHttpClient>(TranslationHttpClient::Policy{}, &m_clock);
            m_provider =
                TranslatorFactory::create(m_settings.provider, *m_http, m_secrets, m_settings.effectiveBaseUrl());
            m_cache = std::make_unique<TranslationCache>(m_db, m_clock);
            m_glossary = std::make_unique<GlossaryRepository>(m_db);
            m_detector = std::make_unique<LanguageDetector>();
            m_service = std::make_unique<TranslationService>(*m_provider, m_cache.get(), m_glossary.get());
            m_service->setLanguageGuesser([this](const QString &text) { return m_detector->detect(text).language; });
        }
        return *m_service;
    }

    void reconfigure(TranslationSettings settings, MemorySecretProvider secrets)
    {
        shutdown();
        m_settings = std::move(settings);
        m_secrets = std::move(secrets);
    }

    void shutdown()
    {
        m_service.reset();
        m_provider.reset();
        m_http.reset();
        m_cache.reset();
        m_glossary.reset();
        m_detector.reset();
    }

private:
    const Database &m_db;
    const Clock &m_clock;
    TranslationSettings m_settings;
    MemorySecretProvider m_secrets;
    std::unique_ptr<TranslationHttpClient> m_http;
    std::unique_ptr<Translator> m_provider;
    std::unique_ptr<TranslationCache> m_cache;
    std::unique_ptr<GlossaryRepository> m_glossary;
    std::unique_ptr<LanguageDetector> m_detector;
    std::unique_ptr<TranslationService> m_service;
};

BackgroundTranslator::BackgroundTranslator(const Database &db,
                                           const Clock &clock,
                                           const TranslationSettings &settings,
                                           MemorySecretProvider secrets)
    : m_settings(settings)
{
    m_thread.setObjectName(u"translation"_s);
    m_worker = new Worker(db, clock, settings, std::move(secrets));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

BackgroundTranslator::~BackgroundTranslator()
{
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [worker] { worker->shutdown(); },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void BackgroundTranslator::reconfigure(const TranslationSettings &settings, MemorySecretProvider secrets)
{
    m_settings = settings;
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [worker, settings, secrets = std::move(secrets)]() mutable {
            worker->reconfigure(settings, std::move(secrets));
        },
        Qt::BlockingQueuedConnection);
}

QString BackgroundTranslator::id() const
{
    return TranslatorFactory::toString(m_settings.provider);
}

QString BackgroundTranslator::displayName() const
{
    switch (m_settings.provider) {
    case TranslationProvider::Apertium: return u"Apertium"_s;
    case TranslationProvider::LibreTranslate: return u"LibreTranslate"_s;
    case TranslationProvider::DeepL: return u"DeepL"_s;
    case TranslationProvider::Google: return u"Google Translate"_s;
    }
    return {};
}

void BackgroundTranslator::translate(const TranslationRequest &request, QObject *context, TranslationCallback done)
{
    if (!m_settings.enabled) {
        deliverLater(context,
                     std::move(done),
                     Error::make(Error::Code::Unavailable,
                                 QCoreApplication::translate("hd::BackgroundTranslator",
                                                             "Translation is switched off in Settings."),
                                 u"translation disabled"_s));
        return;
    }
    // Copied on this thread; only dereferenced back on this thread.
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    QObject *home = lifetime();
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [worker, request, home, guard, hasContext, done = std::move(done)] {
            worker->service().translate(request, worker, [home, guard, hasContext, done](Result<TranslationResult> r) {
                QMetaObject::invokeMethod(
                    home,
                    [guard, hasContext, done, r = std::move(r)] {
                        if (hasContext && !guard)
                            return;
                        done(r);
                    },
                    Qt::QueuedConnection);
            });
        },
        Qt::QueuedConnection);
}

TranslationService::Statistics BackgroundTranslator::statistics() const
{
    TranslationService::Statistics stats;
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [worker, &stats] { stats = worker->service().statistics(); },
        Qt::BlockingQueuedConnection);
    return stats;
}

} // namespace hd
