#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"

#include <QByteArray>

namespace hd {

class Database;
class IngestPipeline;

/// What a seed run stored.
struct SeedReport {
    int channels = 0;
    int agents = 0;
    int conversations = 0;
    int messages = 0;
};

/// Loads the demo workspace (resources/demo/demo_workspace.json) through the real ingest pipeline.
/// Times in the file are "minutes ago", so the demo always looks fresh.
class DemoSeeder final {
public:
    DemoSeeder(const Database &db, IngestPipeline &ingest, const Clock &clock)
        : m_db(db), m_ingest(ingest), m_clock(clock) {}

    /// Seeds from JSON. Refuses a workspace that already has conversations.
    Result<SeedReport> seed(const QByteArray &json);
    /// The demo JSON compiled into the application (":/demo/demo_workspace.json").
    static QByteArray bundledJson();

private:
    const Database &m_db;
    IngestPipeline &m_ingest;
    const Clock &m_clock;
};

} // namespace hd
