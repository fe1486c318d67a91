#pragma once

#include "app/cli/Command.h"

namespace hd::cli {

/// `stats`: what a workspace holds (channels, conversations by status, messages by direction,
/// customers, orders) and how big it is.
class StatsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("stats"); }
    QString summary() const override { return QStringLiteral("Show what the workspace holds and its size."); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace hd::cli
