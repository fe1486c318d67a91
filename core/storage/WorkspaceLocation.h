#pragma once

#include "core/common/Result.h"

#include <QString>

namespace hd {

/// Where a workspace lives: a local SQLite file (one seat) or a PostgreSQL database (a team).
struct WorkspaceLocation {
    enum class Engine { Sqlite, Postgres };
    Engine engine = Engine::Sqlite;
    QString path; ///< SQLite file, or ":memory:"
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password; ///< only from the URL given at start; never stored
    QString options;  ///< extra QPSQL connect options

    /// Parses "path/to/file.sqlite", "sqlite:///abs/path" or "postgresql://user:pw@host:port/db?connect_timeout=5".
    static Result<WorkspaceLocation> parse(const QString &text);
    /// The location without any password, for logs and the title bar.
    QString displayName() const;
};

} // namespace hd
