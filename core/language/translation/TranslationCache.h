#pragma once

#include "core/common/Result.h"

#include <QString>

#include <optional>

namespace hd {

class Clock;
class Database;

/// Translations already paid for (table translation_cache), keyed by provider, source and target
/// language and the SHA-256 of the normalised text sent to the engine.
///
/// TranslationService stores the engine's input and output *with the protection markers in
/// place* ("Your order __0__ has shipped"), so one template sent with a thousand order numbers
/// is translated once, glossary changes apply to cached text too, and order numbers, e-mail
/// addresses and links never reach the cache. Uses the calling thread's connection.
class TranslationCache final
{
public:
    TranslationCache(const Database &db, const Clock &clock);

    /// What the cache key is computed on: NFC, CRLF → LF, spaces at line ends and around the text
    /// removed.
    static QString normalize(const QString &text);
    /// Lower-case hex SHA-256 of the UTF-8 text.
    static QString hash(const QString &text);

    /// The cached translation of `sourceText`, or nullopt. `sourceLang` empty means "detected by
    /// the provider". Languages are compared lower-cased ("pt-br").
    Result<std::optional<QString>> lookup(const QString &provider,
                                          const QString &sourceLang,
                                          const QString &targetLang,
                                          const QString &sourceText) const;
    /// Stores (or replaces) a translation, dated now.
    Status store(const QString &provider,
                 const QString &sourceLang,
                 const QString &targetLang,
                 const QString &sourceText,
                 const QString &translatedText) const;

    Result<qint64> count() const;
    /// Deletes entries stored before `cutoffMs` (UTC ms); returns how many.
    Result<qint64> prune(qint64 cutoffMs) const;
    Status clear() const;

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace hd
