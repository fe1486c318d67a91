#pragma once

#include "app/cli/Command.h"

namespace hd::cli {

/// `sla --at-risk HOURS [--json]`: SLA targets that breach in the next HOURS (overdue ones first).
/// `sla --response-rate [--json]`: each marketplace account's response rate by the platform's own rule, with
/// the forecast if open conversations are not answered in time.
class SlaCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("sla"); }
    QString summary() const override { return QStringLiteral("Show SLA targets at risk, or response rates."); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace hd::cli
