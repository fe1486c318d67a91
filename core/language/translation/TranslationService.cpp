#include "core/language/translation/TranslationService.h"

#include "core/common/Log.h"
#include "core/language/translation/GlossaryRepository.h"
#include "core/language/translation/ProtectedText.h"
#include "core/language/translation/TranslationCache.h"
#include "core/language/translation/TranslationError.h"

#include <memory>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

QString primary(const QString &lang)
{
    QString s = lang.trimmed().toLower();
    s.replace(u'_', u'-');
    const qsizetype dash = s.indexOf(u'-');
    return dash < 0 ? s : s.left(dash);
}

} // namespace

TranslationService::TranslationService(Translator &provider,
                                       const TranslationCache *cache,
                                       const GlossaryRepository *glossary)
    : m_provider(provider)
    , m_cache(cache)
    , m_glossary(glossary)
{
}

QString TranslationService::id() const
{
    return m_provider.id();
}

QString TranslationService::displayName() const
{
    return m_provider.displayName();
}

bool TranslationService::detectsSourceLanguage() const
{
    return m_provider.detectsSourceLanguage() || bool(m_guesser);
}

void TranslationService::translate(const TranslationRequest &request, QObject *context, TranslationCallback done)
{
    ++m_stats.requests;
    const QString text = TranslationCache::normalize(request.text);
    const QString target = request.targetLang.trimmed();
    QString source = request.sourceLang.trimmed();
    QString guessed;
    if (source.isEmpty() && m_guesser && !m_provider.detectsSourceLanguage()) {
        guessed = m_guesser(text);
        source = guessed;
    }

    TranslationResult unchanged;
    unchanged.text = text;
    unchanged.detectedSourceLang = primary(guessed);
    unchanged.provider = m_provider.id();
    if (text.isEmpty() || (!source.isEmpty() && primary(source) == primary(target))) {
        deliverLater(context, std::move(done), unchanged);
        return;
    }

    QList<GlossaryEntry> glossary;
    if (m_glossary) {
        auto entries = m_glossary->entriesFor(source, target);
        if (entries)
            glossary = entries.value();
        else
            log::warn("translation", u"glossary not applied: "_s + entries.error().detail);
    }
    auto protectedText =
        std::make_shared<const ProtectedText>(ProtectedText::protect(text, m_provider.markup(), glossary));
    const QString providerName = m_provider.displayName();

    if (!protectedText->hasTranslatableText()) { // only an order number, a link, an emoji...
        auto restored = protectedText->restore(protectedText->masked(), providerName);
        if (restored)
            unchanged.text = restored.value();
        deliverLater(context, std::move(done), unchanged);
        return;
    }

    const QString masked = protectedText->masked();
    if (m_cache) {
        const auto cached = m_cache->lookup(m_provider.id(), source, target, masked);
        if (!cached) {
            log::warn("translation", u"cache lookup failed: "_s + cached.error().detail);
        } else if (cached.value()) {
            auto restored = protectedText->restore(*cached.value(), providerName);
            if (restored) {
                ++m_stats.cacheHits;
                TranslationResult hit;
                hit.text = restored.value();
                hit.detectedSourceLang = primary(guessed);
                hit.provider = m_provider.id();
                hit.fromCache = true;
                deliverLater(context, std::move(done), hit);
                return;
            }
            log::warn("translation", u"unusable cache entry ignored: "_s + restored.error().detail);
        }
        ++m_stats.cacheMisses;
    }

    ++m_stats.providerCalls;
    m_stats.charactersSent += masked.size();
    TranslationRequest outgoing{masked, source, target};
    done = guarded(context, std::move(done));
    m_provider.translate(
        outgoing,
        lifetime(),
        [this, protectedText, source, target, masked, guessed, providerName, done](Result<TranslationResult> r) {
            if (!r) {
                ++m_stats.failures;
                log::info("translation", r.error().detail);
                done(r.error());
                return;
            }
            auto restored = protectedText->restore(r->text, providerName);
            if (!restored) {
                ++m_stats.failures;
                log::warn("translation", restored.error().detail);
                done(restored.error());
                return;
            }
            if (m_cache) {
                const Status stored = m_cache->store(m_provider.id(), source, target, masked, r->text);
                if (!stored)
                    log::warn("translation", u"cache store failed: "_s + stored.error().detail);
            }
            TranslationResult result = r.value();
            result.text = restored.value();
            if (result.detectedSourceLang.isEmpty())
                result.detectedSourceLang = primary(guessed);
            result.fromCache = false;
            done(result);
        });
}

} // namespace hd
