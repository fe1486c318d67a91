#pragma once

#include "app/cli/Command.h"

namespace hd {
class ChannelSetup;
}

namespace hd::cli {

/// `channels list | add | update | test | enable | disable`: the channels of the workspace and their
/// sync state, adding one (settings as JSON, secrets read from environment variables or standard
/// input, never from the command line, the connection tested before it is saved), changing a saved
/// one's settings and secrets in place (a new base URL, fresh tokens: its messages and cursor stay),
/// testing, enabling and disabling one.
class ChannelsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("channels"); }
    QString summary() const override
    {
        return QStringLiteral(
            "List, add, update or test channels (list | add | update ID | test ID | enable ID | disable ID).");
    }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;

private:
    int update(CliContext &context, const QCommandLineParser &parser, ChannelSetup &setup);
};

} // namespace hd::cli
