// harbordesk-sim: a loopback server speaking the channel APIs from a scenario file, for tests and
// the demo. Prints the chosen port on the first line of stdout.

#include "app/sim/SimLiveFeed.h"
#include "app/sim/SimServer.h"
#include "app/sim/routes/SimRoutes.h"
#include "core/common/Clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"harbordesk-sim"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(HARBORDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Simulates the eBay, Shopee and other channel APIs on 127.0.0.1."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOpt(u"port"_s, u"TCP port on 127.0.0.1 (0: any free port)."_s, u"PORT"_s, u"0"_s);
    const QCommandLineOption scenarioOpt(u"scenario"_s,
                                         u"Scenario JSON file (channels, conversations, orders, "
                                         "tokens, faults)."_s,
                                         u"FILE"_s);
    const QCommandLineOption liveOpt(u"live"_s,
                                     u"Generate RATE new multilingual buyer messages per minute."_s,
                                     u"RATE"_s);
    const QCommandLineOption seedOpt(u"seed"_s, u"Seed for the live feed and random faults."_s, u"SEED"_s, u"7"_s);
    const QCommandLineOption idOffsetOpt(u"id-offset"_s,
                                         u"Start generated conversation and message ids N past their base "
                                         "(a run after an earlier one against the same workspace: e.g. the "
                                         "Unix time)."_s,
                                         u"N"_s,
                                         u"0"_s);
    parser.addOptions({portOpt, scenarioOpt, liveOpt, seedOpt, idOffsetOpt});
    parser.process(app);

    QTextStream err(stderr);
    bool ok = false;
    const uint port = parser.value(portOpt).toUInt(&ok);
    if (!ok || port > 65535) {
        err << "harbordesk-sim: --port must be 0-65535\n";
        return 2;
    }
    hd::SystemClock clock;
    hd::sim::SimServer server(clock);
    hd::sim::installAllRoutes(server);
    if (parser.isSet(scenarioOpt)) {
        if (const hd::Status s = server.loadScenarioFile(parser.value(scenarioOpt)); !s) {
            err << "harbordesk-sim: " << s.error().message << " (" << s.error().detail << ")\n";
            return 1;
        }
    }
    server.setSeed(parser.value(seedOpt).toUInt());
    const qint64 idOffset = parser.value(idOffsetOpt).toLongLong(&ok);
    if (!ok || idOffset < 0 || idOffset > 1'000'000'000'000LL) {
        err << "harbordesk-sim: --id-offset must be 0-1000000000000\n";
        return 2;
    }
    server.state().setIdOffset(idOffset);
    const hd::Result<quint16> listening = server.listen(quint16(port));
    if (!listening) {
        err << "harbordesk-sim: " << listening.error().message << '\n';
        return 1;
    }
    // First line of stdout: the port, so a parent process can read it with --port 0.
    std::printf("%u\n", unsigned(listening.value()));
    std::fflush(stdout);

    std::unique_ptr<hd::sim::SimLiveFeed> live;
    if (parser.isSet(liveOpt)) {
        const double rate = parser.value(liveOpt).toDouble(&ok);
        if (!ok || rate <= 0) {
            err << "harbordesk-sim: --live RATE must be a positive number of messages per minute\n";
            return 2;
        }
        live = std::make_unique<hd::sim::SimLiveFeed>(server, rate, parser.value(seedOpt).toULongLong());
        live->start();
    }
    err << "harbordesk-sim listening on " << server.baseUrl().toString() << " (routes: " << server.routeNames().size()
        << ")\n";
    err.flush();
    return app.exec();
}
