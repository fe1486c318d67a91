#pragma once

#include "core/common/Result.h"
#include "core/language/translation/GlossaryEntry.h"

#include <QList>

namespace hd {

class Database;

/// The workspace's translation glossary (table glossary): brand and product names kept verbatim,
/// and fixed translations of terms. One row per (term, source_lang, target_lang).
class GlossaryRepository final
{
public:
    explicit GlossaryRepository(const Database &db)
        : m_db(db)
    {
    }

    /// Every entry, by term.
    Result<QList<GlossaryEntry>> entries() const;
    /// The entries that apply to a translation from `source` (may be empty: unknown) to `target`.
    Result<QList<GlossaryEntry>> entriesFor(const QString &source, const QString &target) const;
    /// Adds an entry, or updates the translation and verbatim flag of the same term and languages.
    /// Returns its id.
    Result<qint64> save(const GlossaryEntry &entry) const;
    Status remove(qint64 id) const;

private:
    const Database &m_db;
};

} // namespace hd
