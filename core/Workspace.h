#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/language/translation/GlossaryRepository.h"
#include "core/language/translation/TranslationCache.h"
#include "core/language/translation/TranslationSettings.h"
#include "core/storage/ConversationRepository.h"
#include "core/storage/CustomerRepository.h"
#include "core/storage/Database.h"
#include "core/storage/DirectoryRepository.h"
#include "core/storage/MessageRepository.h"
#include "core/storage/SearchRepository.h"
#include "core/sync/IngestPipeline.h"
#include "core/sync/MessageAnalyzer.h"
#include "core/templates/TemplateRepository.h"
#include "core/workflow/triage/TriageService.h"

#include <memory>

namespace hd {

class BackgroundTranslator;
class SecretStore;
class SyncEngineThread;
class Translator;

/// The application context: owns the database and the services on it, and hands them to whoever
/// needs them (GUI pages, CLI commands, tests). No singletons.
class Workspace final {
public:
    static Result<std::unique_ptr<Workspace>> open(const QString &location, const Clock &clock);
    ~Workspace();

    Database &database() { return *m_db; }
    const Clock &clock() const { return m_clock; }
    ConversationRepository &conversations() { return m_conversations; }
    MessageRepository &messages() { return m_messages; }
    SearchRepository &search() { return m_search; }
    DirectoryRepository &directory() { return m_directory; }
    CustomerRepository &customers() { return m_customers; }
    IngestPipeline &ingest() { return m_ingest; }
    /// Reply templates.
    const TemplateRepository &templates() const { return m_templates; }
    /// Imports the starter set when the workspace has no template at all (the GUI calls this when
    /// it opens a workspace). Returns how many were added (0 when templates exist).
    Result<int> ensureStarterTemplates();
    /// The intent / sentiment classifier the ingest pipeline uses, shared read-only.
    const MessageAnalyzer &analyzer() const { return m_analyzer; }

    /// Rules, SLA clocks, routing, priority, reporting events and corrections (wired into ingest, replies
    /// and status changes).
    TriageService &triage() { return m_triage; }

    /// Where credentials live (the OS keychain; see SecretStoreFactory). Null until set: then no
    /// credential can be read or stored.
    void setSecretStore(std::unique_ptr<SecretStore> store);
    SecretStore *secrets() const { return m_secrets.get(); }

    /// Machine translation: (re)builds the translator from `settings`, reading the provider's API key
    /// from secrets() now (Apertium needs none). Call on the GUI thread; replaces the previous one.
    void configureTranslation(const TranslationSettings &settings);
    /// The workspace's translator (runs on its own thread; see BackgroundTranslator), or null when
    /// translation is switched off or configureTranslation() was never called.
    Translator *translator() const;
    const TranslationSettings &translationSettings() const { return m_translationSettings; }
    /// Translations already paid for, and the brand/product glossary.
    const TranslationCache &translationCache() const { return m_translationCache; }
    const GlossaryRepository &glossary() const { return m_glossary; }

    /// Channel sync and the outbox sender on their own thread (see SyncEngineThread), created on
    /// first use with the built-in connectors and secrets(); the GUI starts it. Set the secret
    /// store first.
    SyncEngineThread &sync();

    /// Conversation count; 0 means a fresh workspace.
    qint64 conversationCount() const;

private:
    Workspace(std::unique_ptr<Database> db, const Clock &clock);

    std::unique_ptr<Database> m_db;
    const Clock &m_clock;
    ConversationRepository m_conversations;
    MessageRepository m_messages;
    SearchRepository m_search;
    DirectoryRepository m_directory;
    CustomerRepository m_customers;
    MessageAnalyzer m_analyzer;
    IngestPipeline m_ingest;
    TemplateRepository m_templates;
    TriageService m_triage;
    TranslationCache m_translationCache;
    GlossaryRepository m_glossary;
    TranslationSettings m_translationSettings;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<BackgroundTranslator> m_translator; ///< last: stops before the database closes
    std::unique_ptr<SyncEngineThread> m_sync;            ///< after it: stops first
};

} // namespace hd
