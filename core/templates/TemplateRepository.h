#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/templates/Template.h"
#include "core/templates/TemplateLibrary.h"

namespace hd {

class Database;

/// Stores templates and their variants in the workspace (tables templates, template_variants).
/// Keywords are kept when the templates table has a `keywords` column (comma-separated); without it
/// they are not persisted and suggestions rely on intents and use counts.
class TemplateRepository final
{
public:
    TemplateRepository(const Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {
    }

    /// Every template with its variants, as a library (ids are the database ids).
    Result<TemplateLibrary> load() const;

    /// Inserts (id 0) or updates a template and replaces its variants, in one transaction.
    /// Validates like TemplateLibrary::add(). Returns the id.
    Result<qint64> save(const Template &t) const;

    Status remove(qint64 id) const;

    /// Counts one use of a template (an agent inserted it).
    Status recordUse(qint64 id) const;

    /// Adds the templates of `library` whose shortcut (or, without one, name) is not in the
    /// workspace yet; existing ones are left untouched. Returns how many were added.
    Result<int> importLibrary(const TemplateLibrary &library) const;

private:
    bool hasKeywordsColumn() const;

    const Database &m_db;
    const Clock &m_clock;
};

} // namespace hd
