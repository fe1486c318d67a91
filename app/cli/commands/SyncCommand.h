#pragma once

#include "app/cli/Command.h"

namespace hd::cli {

/// `sync [--once] [--channel ID]... [--daemon] [--no-send]`: runs the sync engine and the outbox
/// sender headless, on the same core as the GUI. --once syncs every channel until it is up to
/// date, sends what is due, prints a summary and exits (1 when a channel failed); otherwise it runs
/// until SIGINT/SIGTERM, printing each channel's state changes (--daemon: only to the log).
class SyncCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("sync"); }
    QString summary() const override
    {
        return QStringLiteral("Sync channels and send queued replies (--once, or until stopped; --daemon).");
    }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace hd::cli
