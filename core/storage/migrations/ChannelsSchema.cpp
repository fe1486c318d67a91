#include "core/storage/migrations/MigrationSteps.h"

namespace hd::migrations {
using namespace Qt::StringLiterals;

QStringList channelsSchema()
{
    return {
        // What the channel-status view shows. state: idle | syncing | up_to_date | backing_off |
        // needs_reauth | error. Never holds a secret.
        u"CREATE TABLE channel_state (channel_id {{BIGINT}} PRIMARY KEY REFERENCES channels(id),"
        " state TEXT NOT NULL DEFAULT 'idle', detail TEXT NOT NULL DEFAULT '', next_attempt_at {{BIGINT}} NOT NULL DEFAULT 0,"
        " last_success_at {{BIGINT}} NOT NULL DEFAULT 0, progress_done {{BIGINT}} NOT NULL DEFAULT 0,"
        " progress_total {{BIGINT}} NOT NULL DEFAULT 0, consecutive_failures INTEGER NOT NULL DEFAULT 0,"
        " updated_at {{BIGINT}} NOT NULL DEFAULT 0)"_s,
        // Outbox: the channel's id for a delivered message, and when sending started (crash window).
        u"ALTER TABLE outbox ADD COLUMN remote_id TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE outbox ADD COLUMN sending_started_at {{BIGINT}} NOT NULL DEFAULT 0"_s,
        // E-mail threading: Message-ID / In-Reply-To / References of each message.
        u"ALTER TABLE messages ADD COLUMN thread_refs TEXT NOT NULL DEFAULT ''"_s,
        // Customer merges: the agent confirms, picks the survivor, and can undo.
        u"CREATE TABLE customer_merges (id {{PK}}, surviving_id {{BIGINT}} NOT NULL REFERENCES customers(id),"
        " merged_id {{BIGINT}} NOT NULL REFERENCES customers(id), score INTEGER NOT NULL DEFAULT 0,"
        " reasons TEXT NOT NULL DEFAULT '', snapshot_json TEXT NOT NULL DEFAULT '{}', merged_at {{BIGINT}} NOT NULL,"
        " undone_at {{BIGINT}} NOT NULL DEFAULT 0)"_s,
        // Marketplace relay mail (Amazon, eBay, Walmart, Etsy through an e-mail channel): the platform
        // and marketplace the conversation shows ("Amazon · DE") instead of the mailbox's.
        u"ALTER TABLE conversations ADD COLUMN relay_kind TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE conversations ADD COLUMN relay_marketplace TEXT NOT NULL DEFAULT ''"_s,
        u"CREATE INDEX customer_merges_surviving ON customer_merges(surviving_id, undone_at)"_s,
        // "Not the same buyer": the pair (lower id first) is never suggested again.
        u"CREATE TABLE customer_merge_dismissals (customer_a {{BIGINT}} NOT NULL REFERENCES customers(id),"
        " customer_b {{BIGINT}} NOT NULL REFERENCES customers(id), dismissed_at {{BIGINT}} NOT NULL,"
        " PRIMARY KEY (customer_a, customer_b))"_s,
        u"CREATE INDEX customers_postcode ON customers(postcode)"_s,
    };
}

} // namespace hd::migrations
