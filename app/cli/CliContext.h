#pragma once

#include "core/Workspace.h"
#include "core/common/Clock.h"

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

#include <memory>
#include <optional>

namespace hd::cli {

/// What a command runs against: output streams, the clock, and the workspace (opened on first use).
class CliContext final
{
public:
    CliContext(QTextStream &out, QTextStream &err, const Clock &clock, QString workspaceLocation, bool verbose);
    ~CliContext();

    QTextStream &out() { return m_out; }
    const Clock &clock() const { return m_clock; }
    bool isVerbose() const { return m_verbose; }
    const QString &workspaceLocation() const { return m_location; }
    /// The location without a password, for messages.
    QString workspaceDisplayName() const;

    /// Opens the workspace once. On failure prints the one-line error and returns nullptr.
    Workspace *workspace();

    /// Prints "harbordesk-cli: <message>" as one line on stderr and returns `code`.
    int fail(const QString &message, int code);
    /// Prints a progress or diagnostic line on stderr, only with --verbose.
    void note(const QString &message);

    /// Reads a positive integer option; prints a usage error and returns nullopt when it is not one.
    std::optional<qint64>
    positiveOption(const QCommandLineParser &parser, const QString &name, qint64 fallback, qint64 max);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    const Clock &m_clock;
    QString m_location;
    bool m_verbose;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace hd::cli
