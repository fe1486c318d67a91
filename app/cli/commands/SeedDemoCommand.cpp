#include "app/cli/commands/SeedDemoCommand.h"

#include "app/cli/CliContext.h"
#include "core/demo/DemoSeeder.h"

namespace hd::cli {
using namespace Qt::StringLiterals;

int SeedDemoCommand::run(CliContext &context, const QCommandLineParser &)
{
    const QByteArray json = DemoSeeder::bundledJson();
    if (json.isEmpty())
        return context.fail(u"this build has no bundled demo data (resources/demo/demo_workspace.json)"_s, ExitRuntime);
    Workspace *ws = context.workspace();
    if (!ws)
        return ExitRuntime;
    DemoSeeder seeder(ws->database(), ws->ingest(), ws->clock());
    const auto report = seeder.seed(json);
    if (!report)
        return context.fail(u"seed-demo: %1"_s.arg(report.error().message), ExitRuntime);
    context.out() << u"Seeded %1: %2 channels, %3 agents, %4 conversations, %5 messages"_s
                         .arg(context.workspaceDisplayName())
                         .arg(report->channels)
                         .arg(report->agents)
                         .arg(report->conversations)
                         .arg(report->messages)
                  << Qt::endl;
    return ExitOk;
}

} // namespace hd::cli
