#pragma once

#include "app/cli/Command.h"

namespace hd::cli {

/// `translate --to LANG [--from LANG] [--provider NAME] [--url URL] TEXT`: machine-translates a
/// text through the same TranslationService the GUI uses (order numbers, links and placeholders
/// protected, the workspace's glossary and cache applied), and prints the translation.
class TranslateCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("translate"); }
    QString summary() const override
    {
        return QStringLiteral(
            "Translate a text (Apertium, LibreTranslate, DeepL or Google), protecting order numbers.");
    }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace hd::cli
