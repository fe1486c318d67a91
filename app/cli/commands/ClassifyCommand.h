#pragma once

#include "app/cli/Command.h"

namespace hd::cli {

/// `classify --input FILE.jsonl --output FILE.jsonl`: adds lang_pred, intent_pred and sentiment_pred
/// (with the classifier's explanation) to every row's `text`. How accuracy is measured on any data set.
class ClassifyCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("classify"); }
    QString summary() const override
    {
        return QStringLiteral("Detect language, intent and sentiment of each JSONL row's text.");
    }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace hd::cli
