#pragma once

#include "core/analytics/ReportDefinition.h"
#include "core/common/Result.h"

#include <QList>

namespace hd {

class Database;

/// report_definitions rows.
class ReportDefinitionRepository final
{
public:
    explicit ReportDefinitionRepository(const Database &db)
        : m_db(db)
    {
    }

    Result<QList<ReportDefinition>> list() const;
    Result<ReportDefinition> find(qint64 id) const;
    /// Validates (name, folder) and stores; returns the new id.
    Result<qint64> add(const ReportDefinition &definition) const;
    Status remove(qint64 id) const;
    Status markRun(qint64 id, qint64 atMs) const;

private:
    const Database &m_db;
};

} // namespace hd
