#pragma once

#include "app/cli/Command.h"

namespace hd::cli {

/// `generate`: ingests a deterministic synthetic workload (SyntheticGenerator) in batches, through the
/// real ingest pipeline; --bulk defers the full-text index and rebuilds it at the end.
class GenerateCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("generate"); }
    QString summary() const override { return QStringLiteral("Ingest synthetic conversations (load tests, demos)."); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace hd::cli
