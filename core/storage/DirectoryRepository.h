#pragma once

#include "core/common/Result.h"
#include "core/domain/Agent.h"
#include "core/domain/Channel.h"

#include <QList>

#include <optional>

namespace hd {

class Database;

/// What to change on an agent; unset fields stay as they are.
struct AgentChanges
{
    std::optional<QStringList> teams;     ///< normalised before storing (see normalizedTeams())
    std::optional<QStringList> languages; ///< language codes ("en", "zh"); trimmed, empty ones dropped
    std::optional<int> capacity;          ///< open conversations at once, 0..1000
    std::optional<bool> active;
};

/// Channels, agents, tags: the small tables every view needs.
class DirectoryRepository final
{
public:
    explicit DirectoryRepository(const Database &db)
        : m_db(db)
    {
    }

    Result<QList<Channel>> channels() const;
    Result<qint64> addChannel(const Channel &channel) const;
    Result<QList<Agent>> agents() const;
    /// Adds an agent, or on an existing e-mail renames it (and sets its teams if it had none).
    Result<qint64> addAgent(const Agent &agent) const;
    /// One agent; NotFound when there is no agent with this id.
    Result<Agent> agent(qint64 id) const;
    /// Applies `changes` to agent `id` and returns the agent as stored. NotFound for an unknown id,
    /// InvalidArgument for a capacity out of range or a malformed language code (nothing changed then).
    Result<Agent> updateAgent(qint64 id, const AgentChanges &changes) const;
    Result<QStringList> tags() const;
    Result<qint64> ensureTag(const QString &name) const;

private:
    const Database &m_db;
};

} // namespace hd
