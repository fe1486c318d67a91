#include "app/cli/commands/SyncCommand.h"

#include "app/cli/CliContext.h"
#include "core/common/Log.h"
#include "core/security/SecretStoreFactory.h"
#include "core/sync/BuiltinConnectors.h"
#include "core/sync/ConnectorFactory.h"
#include "core/sync/SyncEngine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QTimeZone>
#include <QTimer>

#include <atomic>
#include <csignal>

namespace hd::cli {
using namespace Qt::StringLiterals;

namespace {
std::atomic<bool> g_stopRequested{false};

void onStopSignal(int)
{
    g_stopRequested = true;
}

QString stamp(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODate) : u"-"_s;
}
} // namespace

void SyncCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"once"_s, u"Sync each channel until it is up to date, send due replies, then exit."_s});
    parser.addOption({u"channel"_s, u"Only this channel id (repeatable)."_s, u"ID"_s});
    parser.addOption(
        {u"daemon"_s, u"Run until SIGTERM/SIGINT, writing progress only to the log (a server with no GUI)."_s});
    parser.addOption({u"no-send"_s, u"Do not send queued replies."_s});
    parser.addOption(
        {u"poll"_s, u"Seconds between polls of an up-to-date channel (default: each channel's own)."_s, u"S"_s});
}

int SyncCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const bool once = parser.isSet(u"once"_s);
    const bool daemon = parser.isSet(u"daemon"_s);
    if (once && daemon)
        return context.fail(u"sync: --once and --daemon exclude each other"_s, ExitUsage);
    QList<qint64> only;
    for (const QString &v : parser.values(u"channel"_s)) {
        bool ok = false;
        const qint64 id = v.toLongLong(&ok);
        if (!ok || id <= 0)
            return context.fail(u"sync: --channel '%1' is not a channel id"_s.arg(v), ExitUsage);
        only << id;
    }
    const auto poll = context.positiveOption(parser, u"poll"_s, 0, 86'400);
    if (!poll)
        return ExitUsage;

    Workspace *ws = context.workspace();
    if (!ws)
        return ExitRuntime;
    auto channels = ws->directory().channels();
    if (!channels)
        return context.fail(u"sync: "_s + channels.error().message, ExitRuntime);
    QHash<qint64, QString> names;
    for (const Channel &c : std::as_const(channels.value()))
        names.insert(c.id, c.name);
    for (qint64 id : std::as_const(only))
        if (!names.contains(id))
            return context.fail(u"sync: there is no channel %1 (see harbordesk-cli channels list)"_s.arg(id),
                                ExitUsage);

    std::unique_ptr<SecretStore> secrets = SecretStoreFactory::create(SecretStoreFactory::optionsFromSettings());
    ConnectorFactory factory(secrets.get(), context.clock());
    registerBuiltinConnectors(factory);

    SyncEngine::Options options;
    options.sendReplies = !parser.isSet(u"no-send"_s);
    options.pollIntervalMs = *poll * 1000;
    SyncEngine engine(ws->database(), context.clock(), factory, options);
    engine.setPipelineSetup([ws](IngestPipeline &pipeline) {
        pipeline.setAnalyzer(
            [ws](const InboundMessage &m, const QString &fallback) { return ws->analyzer().analyze(m, fallback); });
    });

    QTextStream &out = context.out();
    qint64 ingested = 0, sent = 0, failed = 0;
    QObject::connect(&engine, &SyncEngine::channelStateChanged, &engine, [&](const ChannelState &s) {
        const QString line = u"%1 [%2]: %3"_s.arg(names.value(s.channelId),
                                                  QString::number(s.channelId),
                                                  describeChannelState(s, context.clock().nowMs()));
        if (daemon)
            log::info("sync", line);
        else
            out << line << Qt::endl;
    });
    QObject::connect(&engine, &SyncEngine::messagesIngested, &engine, [&](qint64, int inserted, const QList<qint64> &) {
        ingested += inserted;
    });
    QObject::connect(&engine.outbox(), &OutboxSender::messageSent, &engine, [&](qint64, qint64, bool) { ++sent; });
    QObject::connect(&engine.outbox(),
                     &OutboxSender::messageFailed,
                     &engine,
                     [&](qint64 messageId, qint64, const QString &reason) {
                         ++failed;
                         const QString line = u"reply %1 failed: %2"_s.arg(messageId).arg(reason);
                         if (daemon)
                             log::warn("sync", line);
                         else
                             out << line << Qt::endl;
                     });

    int exitCode = ExitOk;
    if (once) {
        QObject::connect(&engine, &SyncEngine::onceFinished, &engine, [&](bool allUpToDate) {
            exitCode = allUpToDate ? ExitOk : ExitRuntime;
            QCoreApplication::exit(0);
        });
        engine.runOnce(only);
    } else {
        std::signal(SIGINT, onStopSignal);
        std::signal(SIGTERM, onStopSignal);
        engine.start(only);
        // Signals only set a flag; the event loop notices it here and stops cleanly.
        auto *watch = new QTimer(&engine);
        QObject::connect(watch, &QTimer::timeout, &engine, [&]() {
            if (g_stopRequested)
                QCoreApplication::exit(0);
        });
        watch->start(200);
        if (daemon)
            log::info("sync", u"sync daemon started on %1"_s.arg(context.workspaceDisplayName()));
    }
    QCoreApplication::exec();
    engine.stop();

    auto counts = engine.outbox().queue().counts();
    out << u"messages stored: %1, replies sent: %2, replies failed: %3"_s.arg(ingested).arg(sent).arg(failed);
    if (counts)
        out << u", replies waiting: %1"_s.arg(counts->pending + counts->sending);
    out << Qt::endl;
    if (once) {
        ChannelStateRepository repo(ws->database());
        auto states = repo.all();
        if (states) {
            for (qint64 id : names.keys()) {
                if (!only.isEmpty() && !only.contains(id))
                    continue;
                const ChannelState s = states->value(id);
                out << u"%1 [%2]: %3, last success %4"_s.arg(names.value(id),
                                                             QString::number(id),
                                                             describeChannelState(s, context.clock().nowMs()),
                                                             stamp(s.lastSuccessAt))
                    << Qt::endl;
            }
        }
    }
    return exitCode;
}

} // namespace hd::cli
