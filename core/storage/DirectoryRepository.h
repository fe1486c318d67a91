#pragma once

#include "core/common/Result.h"
#include "core/domain/Agent.h"
#include "core/domain/Channel.h"

#include <QList>

namespace hd {

class Database;

/// Channels, agents, tags: the small tables every view needs.
class DirectoryRepository final {
public:
    explicit DirectoryRepository(const Database &db) : m_db(db) {}

    Result<QList<Channel>> channels() const;
    Result<qint64> addChannel(const Channel &channel) const;
    Result<QList<Agent>> agents() const;
    Result<qint64> addAgent(const Agent &agent) const;
    Result<QStringList> tags() const;
    Result<qint64> ensureTag(const QString &name) const;

private:
    const Database &m_db;
};

} // namespace hd
