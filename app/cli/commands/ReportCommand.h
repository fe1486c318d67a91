#pragma once

#include "app/cli/Command.h"

namespace hd::cli {

/// `report`: writes a CSV report (conversations, messages or the dashboard summary) for a period,
/// runs a saved report definition, runs every due definition (for cron), or saves one.
class ReportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override
    {
        return QStringLiteral("Write a CSV report (conversations, messages, summary) or run scheduled reports.");
    }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace hd::cli
