#pragma once

#include "app/cli/Command.h"

namespace hd::cli {

/// `channels list | add | test`: the channels of the workspace and their sync state, adding one
/// (settings as JSON, secrets read from environment variables or standard input, never from the
/// command line, the connection tested before it is saved), testing, enabling and disabling a saved one.
class ChannelsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("channels"); }
    QString summary() const override { return QStringLiteral("List, add or test channels (list | add | test ID | enable ID | disable ID)."); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace hd::cli
