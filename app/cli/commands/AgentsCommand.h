#pragma once

#include "app/cli/Command.h"

namespace hd::cli {

/// The people who answer buyers, headless:
///   agents list [--json]            id, name, e-mail, role, languages, teams, capacity, active
///   agents update ID [--teams "eu,apac"] [--languages "en,de"] [--capacity N] [--active true|false]
/// Teams are stored trimmed and lower-case ("EU, apac" -> "eu,apac"; empty names dropped), the form
/// routing rules and the analytics team filter compare. `--teams ""` takes the agent off every team.
class AgentsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("agents"); }
    QString summary() const override
    {
        return QStringLiteral("List agents; set an agent's teams, languages, capacity or active flag.");
    }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace hd::cli
