#pragma once

#include "app/cli/CommandRegistry.h"

#include <QStringList>

namespace hd::cli {

/// Parses the global options (--workspace, --verbose, --version, --help), picks the command and
/// runs it. Every failure ends as one line on stderr and a non-zero exit code (see ExitCode).
class CliApplication final
{
public:
    explicit CliApplication(CommandRegistry registry)
        : m_registry(std::move(registry))
    {
    }

    /// `arguments` as from QCoreApplication::arguments(), program name first.
    int run(const QStringList &arguments);

    /// Where the workspace lives when --workspace is not given.
    static QString defaultWorkspace();

private:
    QString globalHelp(QCommandLineParser &parser) const;

    CommandRegistry m_registry;
};

} // namespace hd::cli
