#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>

namespace hd::test {

/// One finished harbordesk-cli run.
struct CliRun
{
    int exitCode = -1; ///< -1: did not finish in time, -2: crashed
    QString out;
    QString err;
};

/// Runs the CLI at `cli` with `args`, its home, data and config folders inside `home` (the default
/// workspace and the log file never land in the user's), `adjust` changing the environment further.
/// Waits up to two minutes.
inline CliRun runCli(const QString &cli,
                     const QTemporaryDir &home,
                     const QStringList &args,
                     const std::function<void(QProcessEnvironment &)> &adjust = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    if (adjust)
        adjust(env);
    p.setProcessEnvironment(env);
    p.start(cli, args);
    CliRun r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace hd::test
