#include "app/cli/CliApplication.h"

#include "app/cli/CliContext.h"
#include "core/common/Clock.h"
#include "core/common/Log.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace hd::cli {
using namespace Qt::StringLiterals;

namespace {

// Options every command accepts, before or after its name.
void addGlobalOptions(QCommandLineParser &parser)
{
    parser.addOption({u"workspace"_s,
                      u"SQLite file or postgresql://user@host:port/db URL (default: %1)."_s.arg(
                          QDir::toNativeSeparators(CliApplication::defaultWorkspace())),
                      u"location"_s});
    parser.addOption({{u"v"_s, u"verbose"_s}, u"Print progress and log details on stderr."_s});
    parser.addOption({{u"h"_s, u"help"_s}, u"Show help and exit."_s});
}

} // namespace

QString CliApplication::defaultWorkspace()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"demo.sqlite"_s);
}

QString CliApplication::globalHelp(QCommandLineParser &parser) const
{
    QString text = parser.helpText();
    text += u"\nCommands:\n"_s;
    qsizetype width = 0;
    for (const auto &c : m_registry.commands())
        width = std::max(width, c->name().size());
    for (const auto &c : m_registry.commands())
        text += u"  "_s + c->name().leftJustified(width + 2) + c->summary() + u'\n';
    text += u"\nRun 'harbordesk-cli <command> --help' for a command's options.\n"_s;
    return text;
}

int CliApplication::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const SystemClock clock;
    const auto usageError = [&err](const QString &message) {
        err << "harbordesk-cli: " << message << " (see harbordesk-cli --help)" << Qt::endl;
        return int(ExitUsage);
    };

    QCommandLineParser global;
    global.setApplicationDescription(u"HarborDesk headless tools: seed, generate, search and inspect a workspace."_s);
    global.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    addGlobalOptions(global);
    global.addOption({u"version"_s, u"Show the version and exit."_s});
    global.addPositionalArgument(u"command"_s, u"The command to run (see below)."_s, u"<command> [options]"_s);
    if (!global.parse(arguments))
        return usageError(global.errorText());
    if (global.isSet(u"version"_s)) {
        out << "harbordesk-cli " << QStringLiteral(HARBORDESK_VERSION) << Qt::endl;
        return ExitOk;
    }
    QStringList rest = global.positionalArguments();
    if (rest.isEmpty()) {
        if (global.isSet(u"help"_s)) {
            out << globalHelp(global);
            return ExitOk;
        }
        return usageError(u"no command given"_s);
    }
    QString name = rest.takeFirst();
    bool wantHelp = false;
    if (name == "help"_L1) {
        if (rest.isEmpty()) {
            out << globalHelp(global);
            return ExitOk;
        }
        name = rest.takeFirst();
        wantHelp = true;
    }
    Command *command = m_registry.find(name);
    if (!command)
        return usageError(u"unknown command '%1'"_s.arg(name));

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary());
    addGlobalOptions(parser);
    command->addOptions(parser);
    const QString program = arguments.isEmpty() ? u"harbordesk-cli"_s : arguments.constFirst();
    if (!parser.parse(QStringList{program + u' ' + name} + rest))
        return usageError(u"%1: %2"_s.arg(name, parser.errorText()));
    if (wantHelp || parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return ExitOk;
    }

    const bool verbose = global.isSet(u"verbose"_s) || parser.isSet(u"verbose"_s);
    const QString location = parser.isSet(u"workspace"_s) ? parser.value(u"workspace"_s)
        : global.isSet(u"workspace"_s)                    ? global.value(u"workspace"_s)
                                                          : defaultWorkspace();
    if (location.trimmed().isEmpty())
        return usageError(u"--workspace needs a SQLite path or a postgresql:// URL"_s);

    // Log details go to the log file; stderr gets warnings only, or everything with --verbose.
    log::init(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"logs"_s), verbose);

    CliContext context(out, err, clock, location, verbose);
    const int code = command->run(context, parser);
    out.flush();
    err.flush();
    return code;
}

} // namespace hd::cli
