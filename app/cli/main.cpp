// harbordesk-cli: the headless front end. Everything the GUI can do with a workspace, on the same core.

#include "app/cli/CliApplication.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("HarborDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("harbordesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HARBORDESK_VERSION));
    hd::cli::CliApplication cli(hd::cli::CommandRegistry::builtin());
    return cli.run(QCoreApplication::arguments());
}
