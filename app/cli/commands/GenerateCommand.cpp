#include "app/cli/commands/GenerateCommand.h"

#include "app/cli/CliContext.h"
#include "core/analytics/ConversationFactsStore.h"
#include "core/demo/AnalyticsSeeder.h"
#include "core/demo/SyntheticGenerator.h"

#include <QElapsedTimer>

namespace hd::cli {
using namespace Qt::StringLiterals;

void GenerateCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"conversations"_s, u"Conversations to generate (default 1000)."_s, u"N"_s});
    parser.addOption({u"messages"_s, u"Messages in total, across all conversations (default 4000)."_s, u"M"_s});
    parser.addOption({u"seed"_s, u"Generator seed; the same seed gives the same workload (default 1)."_s, u"S"_s});
    parser.addOption({u"batch"_s, u"Messages per ingest transaction (default 1000)."_s, u"B"_s});
    parser.addOption({u"bulk"_s, u"Bulk import: index after all messages are in (faster)."_s});
}

int GenerateCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.fail(u"generate: unexpected argument '%1'"_s.arg(parser.positionalArguments().constFirst()),
                            ExitUsage);
    constexpr qint64 kMaxCount = 100'000'000;
    const auto conversations = context.positiveOption(parser, u"conversations"_s, 1000, kMaxCount);
    if (!conversations)
        return ExitUsage;
    const auto messages = context.positiveOption(parser, u"messages"_s, 4 * *conversations, kMaxCount);
    if (!messages)
        return ExitUsage;
    const auto seed = context.positiveOption(parser, u"seed"_s, 1, std::numeric_limits<qint64>::max());
    if (!seed)
        return ExitUsage;
    const auto batchSize = context.positiveOption(parser, u"batch"_s, 1000, 1'000'000);
    if (!batchSize)
        return ExitUsage;
    if (*messages < *conversations)
        return context.fail(
            u"generate: --messages (%1) must be at least --conversations (%2)"_s.arg(*messages).arg(*conversations),
            ExitUsage);
    const bool bulk = parser.isSet(u"bulk"_s);

    Workspace *ws = context.workspace();
    if (!ws)
        return ExitRuntime;
    SyntheticGenerator generator(quint64(*seed), int(*conversations), int(*messages), ws->clock().nowMs());
    if (auto s = generator.prepareDirectory(ws->directory()); !s)
        return context.fail(u"generate: %1"_s.arg(s.error().message), ExitRuntime);

    IngestPipeline &ingest = ws->ingest();
    ingest.setIndexMode(bulk ? IngestPipeline::IndexMode::Deferred : IngestPipeline::IndexMode::Immediate);
    qint64 inserted = 0, duplicates = 0, conversationsCreated = 0, ingestNs = 0, maxBatchMs = 0;
    QElapsedTimer total, lastNote;
    total.start();
    lastNote.start();
    while (generator.hasNext()) {
        const QList<InboundMessage> batch = generator.nextBatch(int(*batchSize));
        QElapsedTimer t;
        t.start();
        const auto report = ingest.ingest(batch);
        const qint64 ns = t.nsecsElapsed();
        if (!report) {
            ingest.setIndexMode(IngestPipeline::IndexMode::Immediate);
            return context.fail(u"generate: %1"_s.arg(report.error().message), ExitRuntime);
        }
        ingestNs += ns;
        maxBatchMs = std::max(maxBatchMs, ns / 1'000'000);
        inserted += report->inserted;
        duplicates += report->duplicates;
        conversationsCreated += report->conversationsCreated;
        if (lastNote.elapsed() > 2000) {
            context.note(u"%1 / %2 messages"_s.arg(generator.emittedCount()).arg(generator.messageCount()));
            lastNote.restart();
        }
    }
    qint64 indexMs = 0;
    if (bulk) {
        QElapsedTimer t;
        t.start();
        const auto s = ingest.rebuildIndex();
        indexMs = t.elapsed();
        ingest.setIndexMode(IngestPipeline::IndexMode::Immediate);
        if (!s)
            return context.fail(u"generate: the search index could not be rebuilt: %1"_s.arg(s.error().message),
                                ExitRuntime);
    }
    // CSAT answers and agents' focused time for the analytics dashboard.
    if (const auto extras = AnalyticsSeeder::seed(ws->database(), ws->clock().nowMs()); !extras)
        return context.fail(u"generate: %1"_s.arg(extras.error().message), ExitRuntime);
    // The dashboard's per-conversation facts, built now rather than by the first dashboard (on 1M
    // messages that is ~30 s of CPU).
    qint64 factsMs = 0;
    int factsBuilt = 0;
    if (bulk) {
        QElapsedTimer t;
        t.start();
        const auto built = ConversationFactsStore(ws->database()).refreshAll();
        factsMs = t.elapsed();
        if (!built)
            return context.fail(u"generate: the analytics facts could not be built: %1"_s.arg(built.error().message),
                                ExitRuntime);
        factsBuilt = built.value();
    }
    const double seconds = double(total.elapsed()) / 1000.0;
    const double ingestSeconds = double(ingestNs) / 1e9 + double(indexMs) / 1000.0;
    context.out() << u"Generated %1 messages in %2 conversations into %3"_s.arg(*messages)
                         .arg(generator.conversationCount())
                         .arg(context.workspaceDisplayName())
                  << Qt::endl;
    context.out() << u"  inserted %1 messages (%2 duplicates), %3 new conversations"_s.arg(inserted)
                         .arg(duplicates)
                         .arg(conversationsCreated)
                  << Qt::endl;
    context.out() << u"  %1 s in total, %2 messages/s ingesting%3; batches of %4, slowest %5 ms"_s
                         .arg(seconds, 0, 'f', 2)
                         .arg(ingestSeconds > 0 ? double(*messages) / ingestSeconds : 0.0, 0, 'f', 0)
                         .arg(bulk ? u" incl. %1 ms index rebuild"_s.arg(indexMs) : QString())
                         .arg(*batchSize)
                         .arg(maxBatchMs)
                  << Qt::endl;
    if (bulk)
        context.out() << u"  dashboard facts of %1 conversations built in %2 ms"_s.arg(factsBuilt).arg(factsMs)
                      << Qt::endl;
    return ExitOk;
}

} // namespace hd::cli
