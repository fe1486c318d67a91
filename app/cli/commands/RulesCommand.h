#pragma once

#include "app/cli/Command.h"

namespace hd::cli {

/// `rules list [--json]`: the workspace's rules in run order.
/// `rules dry-run (--rule ID | --rule-file F.json) [--days 30] [--json]`: "on the last N days this rule would
/// have fired on M conversations", with the list and why.
class RulesCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("rules"); }
    QString summary() const override { return QStringLiteral("List rules, or dry-run one on recent conversations."); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace hd::cli
