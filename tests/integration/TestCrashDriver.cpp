// The child process TestCrash kills with SIGKILL: opens the workspace, syncs every channel from the
// fake channel (whose remote side is a SQLite file that survives the kill) and sends the queued
// replies, printing progress lines so the parent knows which phase it interrupted.
// Usage: TestCrashDriver WORKSPACE REMOTE MESSAGES_PER_CHANNEL
// Exit: 0 when every channel is up to date and no reply waits; 3 when work remains; 2 on bad use.

#include "core/Workspace.h"
#include "core/sync/ConnectorFactory.h"
#include "core/sync/SyncEngine.h"
#include "tests/core/sync/FakeChannelConnector.h"

#include <QCoreApplication>

#include <cstdio>

using namespace hd;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: TestCrashDriver WORKSPACE REMOTE MESSAGES_PER_CHANNEL\n");
        return 2;
    }
    const int total = args.at(3).toInt();
    SystemClock clock;
    auto ws = Workspace::open(args.at(1), clock);
    if (!ws) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(args.at(1)), qPrintable(ws.error().detail));
        return 2;
    }
    ConnectorFactory factory(nullptr, clock);
    factory.registerBuilder(u"fake"_s, [&](const ConnectorContext &c) -> Result<std::unique_ptr<Connector>> {
        test::FakeChannelSpec spec;
        spec.channelId = c.channel.id;
        spec.total = total;
        spec.pageSize = 20;
        spec.faultRate = 0.2;
        spec.seed = quint32(clock.nowMs());
        spec.retryAfterMs = 3;
        spec.latencyMs = 2;
        spec.remotePath = args.at(2);
        return std::unique_ptr<Connector>(std::make_unique<test::FakeChannelConnector>(spec));
    });
    SyncEngine::Options options;
    options.backoff = BackoffPolicy{2, 30, 1'000};
    options.onceMaxFailures = 1'000;
    options.outbox.backoff = BackoffPolicy{2, 30, 1'000};
    options.outbox.pollIntervalMs = 20;
    options.outbox.maxAttempts = 1'000;
    SyncEngine engine(ws.value()->database(), clock, factory, options);
    QObject::connect(&engine,
                     &SyncEngine::messagesIngested,
                     &app,
                     [](qint64 channelId, int inserted, const QList<qint64> &) {
                         std::printf("ingested %lld %d\n", channelId, inserted);
                         std::fflush(stdout);
                     });
    QObject::connect(&engine.outbox(), &OutboxSender::messageSent, &app, [](qint64 messageId, qint64, bool already) {
        std::printf("sent %lld %s\n", messageId, already ? "already" : "new");
        std::fflush(stdout);
    });
    int code = 3;
    QObject::connect(&engine, &SyncEngine::onceFinished, &app, [&](bool ok) {
        const auto counts = engine.outbox().queue().counts();
        code = ok && counts && counts->pending == 0 && counts->sending == 0 ? 0 : 3;
        std::printf("done %d\n", code);
        std::fflush(stdout);
        app.exit(0);
    });
    engine.runOnce();
    app.exec();
    engine.stop();
    return code;
}
