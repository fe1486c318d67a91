#include "core/storage/migrations/MigrationSteps.h"

namespace hd::migrations {
using namespace Qt::StringLiterals;

QStringList languageSchema()
{
    return {
        // An outbound reply keeps what the agent wrote, in the agent's language, beside body_text
        // (what the buyer receives).
        u"ALTER TABLE messages ADD COLUMN agent_text TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE messages ADD COLUMN agent_language TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE messages ADD COLUMN translation_provider TEXT NOT NULL DEFAULT ''"_s,
    };
}

} // namespace hd::migrations
