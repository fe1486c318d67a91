// The child process TestCrash kills with SIGKILL: opens the workspace, syncs every channel with
// the real connectors from the harbordesk-sim process its channel rows point at, and sends the
// queued replies there, printing progress lines so the parent knows which phase it interrupted.
// Usage: TestCrashDriver WORKSPACE
// Exit: 0 when every channel is up to date and no reply waits; 3 when work remains; 2 on bad use.

#include "core/Workspace.h"
#include "core/sync/ConnectorFactory.h"
#include "core/sync/SyncEngine.h"
#include "tests/integration/SimSoakSupport.h"

#include <QCoreApplication>

#include <cstdio>

using namespace hd;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: TestCrashDriver WORKSPACE\n");
        return 2;
    }
    SystemClock clock;
    auto ws = Workspace::open(args.at(1), clock);
    if (!ws) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(args.at(1)), qPrintable(ws.error().detail));
        return 2;
    }
    ConnectorFactory factory(nullptr, clock);
    simtest::registerSimConnectors(factory);
    SyncEngine::Options options;
    options.backoff = BackoffPolicy{5, 100, 2'000};
    options.onceMaxFailures = 1'000;
    options.onceOutboxWaitMs = 120'000;
    options.outbox.backoff = BackoffPolicy{5, 100, 2'000};
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
