#pragma once

#include "app/cli/Command.h"

namespace hd::cli {

/// `search QUERY`: full-text search over every message, newest first or ranked; text or JSON.
class SearchCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("search"); }
    QString summary() const override
    {
        return QStringLiteral("Full-text search over messages, buyers and order numbers.");
    }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace hd::cli
