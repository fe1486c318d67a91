#pragma once

#include <QCommandLineParser>
#include <QString>

namespace hd::cli {

class CliContext;

/// Exit codes of harbordesk-cli.
enum ExitCode : int {
    ExitOk = 0,
    ExitRuntime = 1, ///< the command ran and failed (workspace unreachable, query failed, ...)
    ExitUsage = 2,   ///< wrong arguments, unknown command or option
};

/// One subcommand ("search", "stats", ...). A command declares its own options and positional
/// arguments, and runs against the context; global options (--workspace, --verbose) are handled
/// before it runs. Add a command by writing a subclass in commands/ and listing it in CommandRegistry.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    /// One line for the command list in --help.
    virtual QString summary() const = 0;
    virtual void addOptions(QCommandLineParser &parser) const { Q_UNUSED(parser); }
    /// Runs the command; returns an ExitCode.
    virtual int run(CliContext &context, const QCommandLineParser &parser) = 0;
};

} // namespace hd::cli
