#include "core/Workspace.h"

#include "core/common/Log.h"
#include "core/language/translation/BackgroundTranslator.h"
#include "core/language/translation/SecretStoreProvider.h"
#include "core/security/SecretStore.h"
#include "core/sync/BuiltinConnectors.h"
#include "core/sync/SyncEngineThread.h"

#include <QSqlQuery>

namespace hd {
using namespace Qt::StringLiterals;

Workspace::Workspace(std::unique_ptr<Database> db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_conversations(*m_db, clock)
    , m_messages(*m_db, clock)
    , m_search(*m_db)
    , m_directory(*m_db)
    , m_customers(*m_db)
    , m_ingest(*m_db, clock)
    , m_templates(*m_db, clock)
    , m_triage(*m_db, clock)
    , m_translationCache(*m_db, clock)
    , m_glossary(*m_db)
{
    if (auto s = m_triage.corrections().load(); !s)
        log::warn("workflow", u"classifier corrections not loaded: "_s + s.error().detail);
    m_ingest.setAnalyzer([this](const InboundMessage &m, const QString &fallback) {
        MessageAnalysis a = m_analyzer.analyze(m, fallback);
        // An agent corrected a similar message: its label wins over the classifier's.
        if (auto c = m_triage.corrections().lookup(u"intent"_s, m.bodyText, a.language))
            a.intent = c->value;
        if (auto c = m_triage.corrections().lookup(u"sentiment"_s, m.bodyText, a.language))
            a.sentiment = c->value;
        return a;
    });
    m_ingest.setTriage([this](const IngestedBatch &batch) { return m_triage.onIngested(batch); });
    m_messages.setReplyHook([this](const Message &reply) {
        return m_triage.onReplyQueued(reply.conversationId, reply.id, reply.authorAgentId, reply.sentAt, false);
    });
    m_conversations.setStatusHook(
        [this](qint64 conversationId, ConversationStatus from, ConversationStatus to, qint64 actorAgentId) {
            return m_triage.onStatusChanged(conversationId, from, to, actorAgentId);
        });
}

Workspace::~Workspace() = default;

void Workspace::setSecretStore(std::unique_ptr<SecretStore> store)
{
    m_secrets = std::move(store);
}

void Workspace::configureTranslation(const TranslationSettings &settings)
{
    m_translationSettings = settings;
    MemorySecretProvider keys;
    // Apertium needs no key: no keychain round trip (it may prompt, or be missing) for it.
    if (settings.enabled && m_secrets && settings.provider != TranslationProvider::Apertium)
        keys = SecretStoreProvider::snapshot(*m_secrets, SecretStoreProvider::translationKeys());
    // Reconfigured in place: views holding the pointer keep a valid one.
    if (m_translator)
        m_translator->reconfigure(settings, std::move(keys));
    else if (settings.enabled)
        m_translator = std::make_unique<BackgroundTranslator>(*m_db, m_clock, settings, std::move(keys));
}

SyncEngineThread &Workspace::sync()
{
    if (!m_sync) {
        m_sync = std::make_unique<SyncEngineThread>(*m_db, m_clock, m_secrets.get(), SyncEngine::Options{},
                                                    registerBuiltinConnectors);
        // The engine's pipeline runs on the sync thread: it gets its own triage service there (its
        // prepared statements live on that thread's connection) and shares the read-only classifier.
        m_sync->setPipelineSetup([this](IngestPipeline &pipeline) {
            auto triage = std::make_shared<TriageService>(*m_db, m_clock);
            if (auto s = triage->corrections().load(); !s)
                log::warn("sync", u"classifier corrections not loaded: "_s + s.error().detail);
            pipeline.setAnalyzer([this, triage](const InboundMessage &m, const QString &fallback) {
                MessageAnalysis a = m_analyzer.analyze(m, fallback);
                if (auto c = triage->corrections().lookup(u"intent"_s, m.bodyText, a.language))
                    a.intent = c->value;
                if (auto c = triage->corrections().lookup(u"sentiment"_s, m.bodyText, a.language))
                    a.sentiment = c->value;
                return a;
            });
            pipeline.setTriage([triage](const IngestedBatch &batch) { return triage->onIngested(batch); });
        });
    }
    return *m_sync;
}

Translator *Workspace::translator() const
{
    return m_translationSettings.enabled ? m_translator.get() : nullptr;
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &location, const Clock &clock)
{
    auto loc = WorkspaceLocation::parse(location);
    if (!loc)
        return loc.error();
    auto db = Database::open(loc.value());
    if (!db)
        return db.error();
    return std::unique_ptr<Workspace>(new Workspace(std::move(db).value(), clock));
}

Result<int> Workspace::ensureStarterTemplates()
{
    auto loaded = m_templates.load();
    if (!loaded)
        return loaded.error();
    if (loaded.value().size() > 0)
        return 0;
    auto imported = m_templates.importLibrary(TemplateLibrary::starterSet());
    if (!imported)
        log::warn("templates", u"starter templates not imported: "_s + imported.error().detail);
    else
        log::info("templates", u"imported %1 starter templates"_s.arg(imported.value()));
    return imported;
}

qint64 Workspace::conversationCount() const
{
    QSqlQuery q(m_db->connection());
    if (q.exec(u"SELECT COUNT(*) FROM conversations"_s) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

} // namespace hd
