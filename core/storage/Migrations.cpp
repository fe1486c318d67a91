#include "core/storage/Migrations.h"

#include "core/common/Log.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include "core/storage/Database.h"
#include "core/storage/migrations/MigrationSteps.h"

#include <QSqlQuery>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

QStringList schemaV1()
{
    return {
        u"CREATE TABLE workspace_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
        u"CREATE TABLE channels (id {{PK}}, kind TEXT NOT NULL, name TEXT NOT NULL, marketplace TEXT NOT NULL DEFAULT '',"
        " config_json TEXT NOT NULL DEFAULT '{}', enabled INTEGER NOT NULL DEFAULT 1, created_at {{BIGINT}} NOT NULL)"_s,
        u"CREATE TABLE agents (id {{PK}}, name TEXT NOT NULL, email TEXT NOT NULL UNIQUE, role TEXT NOT NULL DEFAULT 'agent',"
        " languages TEXT NOT NULL DEFAULT '', skills TEXT NOT NULL DEFAULT '', capacity INTEGER NOT NULL DEFAULT 20,"
        " time_zone TEXT NOT NULL DEFAULT 'UTC', active INTEGER NOT NULL DEFAULT 1)"_s,
        u"CREATE TABLE customers (id {{PK}}, display_name TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '',"
        " phone TEXT NOT NULL DEFAULT '', country TEXT NOT NULL DEFAULT '', language TEXT NOT NULL DEFAULT '',"
        " postcode TEXT NOT NULL DEFAULT '', created_at {{BIGINT}} NOT NULL, merged_into {{BIGINT}} REFERENCES customers(id))"_s,
        u"CREATE INDEX customers_email ON customers(email)"_s,
        u"CREATE TABLE customer_identities (id {{PK}}, customer_id {{BIGINT}} NOT NULL REFERENCES customers(id),"
        " channel_id {{BIGINT}} NOT NULL REFERENCES channels(id), external_id TEXT NOT NULL, display_name TEXT NOT NULL DEFAULT '',"
        " UNIQUE(channel_id, external_id))"_s,
        u"CREATE INDEX customer_identities_customer ON customer_identities(customer_id)"_s,
        u"CREATE TABLE orders (id {{PK}}, channel_id {{BIGINT}} NOT NULL REFERENCES channels(id), external_id TEXT NOT NULL,"
        " customer_id {{BIGINT}} REFERENCES customers(id), status TEXT NOT NULL DEFAULT 'paid', currency TEXT NOT NULL DEFAULT 'USD',"
        " total_cents {{BIGINT}} NOT NULL DEFAULT 0, items_json TEXT NOT NULL DEFAULT '[]', carrier TEXT NOT NULL DEFAULT '',"
        " tracking_number TEXT NOT NULL DEFAULT '', ship_to_country TEXT NOT NULL DEFAULT '', ship_to_postcode TEXT NOT NULL DEFAULT '',"
        " ordered_at {{BIGINT}} NOT NULL DEFAULT 0, shipped_at {{BIGINT}} NOT NULL DEFAULT 0, delivered_at {{BIGINT}} NOT NULL DEFAULT 0,"
        " updated_at {{BIGINT}} NOT NULL DEFAULT 0, UNIQUE(channel_id, external_id))"_s,
        u"CREATE INDEX orders_external ON orders(external_id)"_s,
        u"CREATE INDEX orders_customer ON orders(customer_id)"_s,
        u"CREATE TABLE conversations (id {{PK}}, channel_id {{BIGINT}} NOT NULL REFERENCES channels(id), external_id TEXT NOT NULL,"
        " customer_id {{BIGINT}} NOT NULL REFERENCES customers(id), order_id {{BIGINT}} REFERENCES orders(id),"
        " subject TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT 'open', priority TEXT NOT NULL DEFAULT 'normal',"
        " assignee_id {{BIGINT}} REFERENCES agents(id), language TEXT NOT NULL DEFAULT '', intent TEXT NOT NULL DEFAULT '',"
        " sentiment TEXT NOT NULL DEFAULT '', snippet TEXT NOT NULL DEFAULT '', tags TEXT NOT NULL DEFAULT '',"
        " unread_count INTEGER NOT NULL DEFAULT 0, message_count INTEGER NOT NULL DEFAULT 0,"
        " last_message_at {{BIGINT}} NOT NULL DEFAULT 0, last_inbound_at {{BIGINT}} NOT NULL DEFAULT 0,"
        " first_response_at {{BIGINT}} NOT NULL DEFAULT 0, sla_due_at {{BIGINT}} NOT NULL DEFAULT 0,"
        " created_at {{BIGINT}} NOT NULL, updated_at {{BIGINT}} NOT NULL, version INTEGER NOT NULL DEFAULT 1,"
        " UNIQUE(channel_id, external_id))"_s,
        // Keyset pagination indexes: every inbox folder sorts by (last_message_at, id) descending.
        u"CREATE INDEX conversations_status_recent ON conversations(status, last_message_at, id)"_s,
        u"CREATE INDEX conversations_channel_recent ON conversations(channel_id, status, last_message_at, id)"_s,
        u"CREATE INDEX conversations_assignee_recent ON conversations(assignee_id, status, last_message_at, id)"_s,
        u"CREATE INDEX conversations_recent ON conversations(last_message_at, id)"_s,
        u"CREATE INDEX conversations_customer ON conversations(customer_id)"_s,
        u"CREATE TABLE messages (id {{PK}}, conversation_id {{BIGINT}} NOT NULL REFERENCES conversations(id),"
        " channel_id {{BIGINT}} NOT NULL REFERENCES channels(id), external_id TEXT NOT NULL, direction TEXT NOT NULL,"
        " status TEXT NOT NULL DEFAULT 'received', author_agent_id {{BIGINT}} REFERENCES agents(id),"
        " sender_name TEXT NOT NULL DEFAULT '', sender_address TEXT NOT NULL DEFAULT '', subject TEXT NOT NULL DEFAULT '',"
        " body_text TEXT NOT NULL DEFAULT '', body_html TEXT NOT NULL DEFAULT '', language TEXT NOT NULL DEFAULT '',"
        " translated_text TEXT NOT NULL DEFAULT '', intent TEXT NOT NULL DEFAULT '', sentiment TEXT NOT NULL DEFAULT '',"
        " error TEXT NOT NULL DEFAULT '', sent_at {{BIGINT}} NOT NULL, created_at {{BIGINT}} NOT NULL,"
        " UNIQUE(channel_id, external_id))"_s,
        u"CREATE INDEX messages_conversation ON messages(conversation_id, sent_at)"_s,
        u"CREATE TABLE attachments (id {{PK}}, message_id {{BIGINT}} NOT NULL REFERENCES messages(id), filename TEXT NOT NULL,"
        " mime_type TEXT NOT NULL DEFAULT 'application/octet-stream', size_bytes {{BIGINT}} NOT NULL DEFAULT 0,"
        " external_ref TEXT NOT NULL DEFAULT '', content_sha256 TEXT NOT NULL DEFAULT '')"_s,
        u"CREATE INDEX attachments_message ON attachments(message_id)"_s,
        u"CREATE TABLE tags (id {{PK}}, name TEXT NOT NULL UNIQUE, color TEXT NOT NULL DEFAULT '')"_s,
        u"CREATE TABLE conversation_tags (conversation_id {{BIGINT}} NOT NULL REFERENCES conversations(id),"
        " tag_id {{BIGINT}} NOT NULL REFERENCES tags(id), PRIMARY KEY (conversation_id, tag_id))"_s,
        u"CREATE INDEX conversation_tags_tag ON conversation_tags(tag_id)"_s,
        u"CREATE TABLE templates (id {{PK}}, name TEXT NOT NULL, category TEXT NOT NULL DEFAULT '', intent TEXT NOT NULL DEFAULT '',"
        " shortcut TEXT NOT NULL DEFAULT '', use_count INTEGER NOT NULL DEFAULT 0, created_at {{BIGINT}} NOT NULL,"
        " updated_at {{BIGINT}} NOT NULL)"_s,
        u"CREATE TABLE template_variants (id {{PK}}, template_id {{BIGINT}} NOT NULL REFERENCES templates(id),"
        " language TEXT NOT NULL, platform TEXT NOT NULL DEFAULT '', body TEXT NOT NULL, human INTEGER NOT NULL DEFAULT 1,"
        " UNIQUE(template_id, language, platform))"_s,
        u"CREATE TABLE rules (id {{PK}}, name TEXT NOT NULL, event TEXT NOT NULL, condition_json TEXT NOT NULL DEFAULT '{}',"
        " actions_json TEXT NOT NULL DEFAULT '[]', enabled INTEGER NOT NULL DEFAULT 1, position INTEGER NOT NULL DEFAULT 0,"
        " created_at {{BIGINT}} NOT NULL)"_s,
        u"CREATE TABLE sla_policies (id {{PK}}, name TEXT NOT NULL, scope_json TEXT NOT NULL DEFAULT '{}',"
        " first_response_minutes INTEGER NOT NULL DEFAULT 0, next_response_minutes INTEGER NOT NULL DEFAULT 0,"
        " resolution_minutes INTEGER NOT NULL DEFAULT 0, calendar_json TEXT NOT NULL DEFAULT '', enabled INTEGER NOT NULL DEFAULT 1)"_s,
        u"CREATE TABLE outbox (id {{PK}}, message_id {{BIGINT}} NOT NULL REFERENCES messages(id),"
        " channel_id {{BIGINT}} NOT NULL REFERENCES channels(id), idempotency_key TEXT NOT NULL UNIQUE,"
        " state TEXT NOT NULL DEFAULT 'pending', attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at {{BIGINT}} NOT NULL DEFAULT 0,"
        " last_error TEXT NOT NULL DEFAULT '', created_at {{BIGINT}} NOT NULL, updated_at {{BIGINT}} NOT NULL)"_s,
        u"CREATE INDEX outbox_due ON outbox(state, next_attempt_at)"_s,
        u"CREATE TABLE sync_cursors (channel_id {{BIGINT}} NOT NULL REFERENCES channels(id), name TEXT NOT NULL,"
        " value TEXT NOT NULL, updated_at {{BIGINT}} NOT NULL, PRIMARY KEY (channel_id, name))"_s,
        u"CREATE TABLE audit_log (id {{PK}}, at {{BIGINT}} NOT NULL, actor TEXT NOT NULL DEFAULT '', action TEXT NOT NULL,"
        " entity TEXT NOT NULL DEFAULT '', entity_id {{BIGINT}} NOT NULL DEFAULT 0, detail_json TEXT NOT NULL DEFAULT '{}')"_s,
        u"CREATE INDEX audit_log_entity ON audit_log(entity, entity_id)"_s,
    };
}

QStringList ftsV1(const SqlDialect &dialect)
{
    if (dialect.isSqlite()) {
        // Contentless: the app writes normalised text (see SearchText) and reads back rowids only.
        return {u"CREATE VIRTUAL TABLE message_fts USING fts5(body, content='', tokenize='unicode61 remove_diacritics 2')"_s};
    }
    return {u"CREATE TABLE message_fts (message_id BIGINT PRIMARY KEY REFERENCES messages(id), tsv TSVECTOR NOT NULL)"_s,
            u"CREATE INDEX message_fts_tsv ON message_fts USING GIN (tsv)"_s};
}

// Translation cache and glossary (the translation pane and reply translation).
QStringList schemaV2()
{
    return {
        u"CREATE TABLE translation_cache (id {{PK}}, provider TEXT NOT NULL, source_lang TEXT NOT NULL,"
        " target_lang TEXT NOT NULL, source_hash TEXT NOT NULL, source_text TEXT NOT NULL, translated_text TEXT NOT NULL,"
        " created_at {{BIGINT}} NOT NULL, UNIQUE(provider, source_lang, target_lang, source_hash))"_s,
        u"CREATE TABLE glossary (id {{PK}}, term TEXT NOT NULL, source_lang TEXT NOT NULL DEFAULT '',"
        " target_lang TEXT NOT NULL DEFAULT '', translation TEXT NOT NULL DEFAULT '', keep_verbatim INTEGER NOT NULL DEFAULT 1,"
        " UNIQUE(term, source_lang, target_lang))"_s,
    };
}

Status exec(QSqlQuery &q, const QString &sql)
{
    if (!q.exec(sql))
        return Error::make(Error::Code::Database,
                           QCoreApplication::translate("hd::Migrations", "The workspace could not be upgraded."),
                           q.lastError().text() + u" in: "_s + sql.left(200));
    return {};
}

} // namespace

QList<Migrations::Step> Migrations::steps(const SqlDialect &dialect)
{
    return {
        Step{1, "initial schema", schemaV1() + ftsV1(dialect)},
        Step{2, "translation cache and glossary", schemaV2()},
        Step{3, "template keywords", {u"ALTER TABLE templates ADD COLUMN keywords TEXT NOT NULL DEFAULT ''"_s}},
        // Navigation counts read only this index for open conversations (no table scan).
        Step{4, "inbox counts index",
             {u"CREATE INDEX conversations_counts ON conversations(status, channel_id, assignee_id, unread_count)"_s}},
        Step{5, "triage", migrations::triageSchema()},
        Step{6, "channels", migrations::channelsSchema()},
        Step{7, "analytics", migrations::analyticsSchema()},
        Step{8, "language", migrations::languageSchema()},
        Step{9, "analytics facts", migrations::analyticsFactsSchema()},
        Step{10, "analytics read indexes", migrations::analyticsReadIndexesSchema()},
    };
}

int Migrations::latestVersion()
{
    return steps(SqlDialect(SqlDialect::Kind::Sqlite)).constLast().version;
}

Status Migrations::apply(QSqlDatabase &db, const SqlDialect &dialect)
{
    QSqlQuery q(db);
    if (auto s = exec(q, dialect.schema(u"CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY,"
                                        " description TEXT NOT NULL, applied_at {{BIGINT}} NOT NULL)"_s));
        !s)
        return s;
    if (!q.exec(u"SELECT COALESCE(MAX(version), 0) FROM schema_migrations"_s) || !q.next())
        return Error::make(Error::Code::Database,
                           QCoreApplication::translate("hd::Migrations", "The workspace could not be read."),
                           q.lastError().text());
    const int current = q.value(0).toInt();
    q.finish();
    if (current > latestVersion())
        return Error::make(Error::Code::Conflict,
                           QCoreApplication::translate("hd::Migrations",
                                                       "This workspace was made by a newer HarborDesk (schema %1); "
                                                       "this version understands up to %2.")
                               .arg(current)
                               .arg(latestVersion()));
    for (const Step &step : steps(dialect)) {
        if (step.version <= current)
            continue;
        if (!db.transaction())
            return Error::make(Error::Code::Database,
                               QCoreApplication::translate("hd::Migrations", "The workspace could not be upgraded."),
                               db.lastError().text());
        for (const QString &stmt : step.statements) {
            if (auto s = exec(q, dialect.schema(stmt)); !s) {
                db.rollback();
                return s;
            }
        }
        q.prepare(u"INSERT INTO schema_migrations(version, description, applied_at) VALUES (?, ?, ?)"_s);
        q.addBindValue(sqlValue(step.version));
        q.addBindValue(sqlValue(QString::fromLatin1(step.description)));
        q.addBindValue(sqlValue(QDateTime::currentMSecsSinceEpoch()));
        if (!q.exec()) {
            const QString err = q.lastError().text();
            db.rollback();
            return Error::make(Error::Code::Database,
                               QCoreApplication::translate("hd::Migrations", "The workspace could not be upgraded."), err);
        }
        if (!db.commit())
            return Error::make(Error::Code::Database,
                               QCoreApplication::translate("hd::Migrations", "The workspace could not be upgraded."),
                               db.lastError().text());
        log::info("storage", u"applied migration %1 (%2)"_s.arg(step.version).arg(QString::fromLatin1(step.description)));
    }
    return {};
}

} // namespace hd
