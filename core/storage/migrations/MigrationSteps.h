#pragma once

#include <QStringList>

namespace hd::migrations {

// Schema steps after v4, one file per area so that each area owns its own DDL. Portable DDL with
// {{PK}}/{{BIGINT}} tokens (see SqlDialect::schema). Times are UTC ms; enums are stable strings.

/// v5: triage: rule firings, SLA clocks, reporting events, classifier corrections, priority score,
/// assignment log.
QStringList triageSchema();
/// v6: channels: sync state per channel, outbox delivery bookkeeping, e-mail threading, customer
/// merges.
QStringList channelsSchema();
/// v7: analytics: CSAT answers, agent focus sessions, saved report definitions.
QStringList analyticsSchema();
/// v8: language: both versions of an outbound reply, machine-translated template variants.
QStringList languageSchema();
/// v9: analytics: the per-conversation facts table the dashboard reads (ConversationFactsStore).
QStringList analyticsFactsSchema();
/// v10: analytics: covering indexes for the dashboard's reads of surveys and focus sessions.
QStringList analyticsReadIndexesSchema();

} // namespace hd::migrations
