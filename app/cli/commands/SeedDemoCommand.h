#pragma once

#include "app/cli/Command.h"

namespace hd::cli {

/// `seed-demo`: loads the bundled demo workspace through the ingest pipeline.
class SeedDemoCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("seed-demo"); }
    QString summary() const override { return QStringLiteral("Fill an empty workspace with the bundled demo data."); }
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace hd::cli
