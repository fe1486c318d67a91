#pragma once

#include "core/common/Result.h"
#include "core/storage/SqlDialect.h"

#include <QSqlDatabase>
#include <QStringList>

namespace hd {

/// Numbered schema migrations. Each runs in its own transaction and records itself in
/// schema_migrations; a workspace newer than this build is refused rather than damaged.
class Migrations final {
public:
    struct Step {
        int version;
        const char *description;
        QStringList statements; ///< portable DDL with {{PK}}/{{BIGINT}} tokens
    };

    static QList<Step> steps(const SqlDialect &dialect);
    static int latestVersion();
    /// Brings the schema of db up to date.
    static Status apply(QSqlDatabase &db, const SqlDialect &dialect);
};

} // namespace hd
