#pragma once

#include <QString>

namespace hd {

/// One glossary term (table `glossary`). Either kept verbatim in every translation (brand and
/// product names: "Lumen & Loom"), or replaced by a fixed translation after machine translation.
struct GlossaryEntry
{
    qint64 id = 0;
    QString term;        ///< as written in the source text; matched case-insensitively, whole words
    QString sourceLang;  ///< ISO 639-1; empty = any source language
    QString targetLang;  ///< ISO 639-1; empty = any target language
    QString translation; ///< used when !keepVerbatim
    bool keepVerbatim = true;

    /// True when the entry applies to a translation from `source` to `target` (primary subtags
    /// compared, so "pt" matches "pt-BR"). An entry bound to a source language never applies when
    /// the source is unknown.
    bool appliesTo(const QString &source, const QString &target) const;
};

} // namespace hd
