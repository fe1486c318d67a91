#include "app/cli/commands/ClassifyCommand.h"

#include "app/cli/CliContext.h"
#include "core/sync/MessageAnalyzer.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace hd::cli {
using namespace Qt::StringLiterals;

void ClassifyCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"input"_s, u"JSONL file, one object with a \"text\" field per line (- for stdin)."_s, u"file"_s});
    parser.addOption({u"output"_s, u"Where to write the rows with predictions (- for stdout)."_s, u"file"_s});
    parser.addOption({u"explain"_s, u"Also write intent_explanation and sentiment_explanation."_s});
}

int ClassifyCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QString input = parser.value(u"input"_s);
    const QString output = parser.value(u"output"_s);
    if (input.isEmpty() || output.isEmpty())
        return context.fail(u"classify needs --input FILE.jsonl and --output FILE.jsonl"_s, ExitUsage);

    QFile in;
    const bool fromStdin = input == "-"_L1;
    if (fromStdin ? !in.open(stdin, QIODevice::ReadOnly) : (in.setFileName(input), !in.open(QIODevice::ReadOnly)))
        return context.fail(u"cannot read %1: %2"_s.arg(input, in.errorString()), ExitRuntime);

    // Written to a temporary file and renamed at the end: a crash never leaves half an output.
    QSaveFile outFile(output);
    QFile outStd;
    QIODevice *out = nullptr;
    if (output == "-"_L1) {
        if (!outStd.open(stdout, QIODevice::WriteOnly))
            return context.fail(u"cannot write to stdout"_s, ExitRuntime);
        out = &outStd;
    } else {
        if (!outFile.open(QIODevice::WriteOnly))
            return context.fail(u"cannot write %1: %2"_s.arg(output, outFile.errorString()), ExitRuntime);
        out = &outFile;
    }

    const bool explain = parser.isSet(u"explain"_s);
    const MessageAnalyzer analyzer;
    qint64 lineNo = 0, rows = 0, bad = 0;
    while (!in.atEnd()) {
        const QByteArray line = in.readLine();
        ++lineNo;
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
        if (!doc.isObject() || !doc.object().value("text"_L1).isString()) {
            // Nothing is lost: the row goes through unchanged, and the run reports it.
            ++bad;
            context.note(u"line %1: not a JSON object with a \"text\" string (%2)"_s.arg(lineNo).arg(err.errorString()));
            out->write(line.endsWith('\n') ? line : line + '\n');
            continue;
        }
        QJsonObject row = doc.object();
        const MessageAnalyzer::Detail d = analyzer.analyzeText(row.value("text"_L1).toString(), QString());
        row.insert(u"lang_pred"_s, d.language);
        row.insert(u"intent_pred"_s, d.intent);
        row.insert(u"sentiment_pred"_s, d.sentiment);
        if (explain) {
            row.insert(u"intent_explanation"_s, d.intentExplanation);
            row.insert(u"sentiment_explanation"_s, d.sentimentExplanation);
        }
        out->write(QJsonDocument(row).toJson(QJsonDocument::Compact));
        out->write("\n");
        ++rows;
    }
    if (out == &outFile && !outFile.commit())
        return context.fail(u"cannot write %1: %2"_s.arg(output, outFile.errorString()), ExitRuntime);
    if (bad > 0)
        return context.fail(u"classify: %1 of %2 lines were not JSON objects with a \"text\" string; they were copied "
                            "through unchanged"_s.arg(bad).arg(rows + bad),
                            ExitRuntime);
    context.note(u"classified %1 rows"_s.arg(rows));
    return ExitOk;
}

} // namespace hd::cli
