#pragma once

#include <QString>
#include <QStringList>

namespace hd {

/// Normalises text for the full-text index so SQLite FTS5 and PostgreSQL see the same tokens:
/// case folded, accents removed, punctuation turned into spaces (so "302-4837261-9918273" becomes
/// three tokens), and every Han, kana or Hangul character made its own token, so Chinese and
/// Japanese words are found as phrases of characters without a segmenter.
class SearchText final {
public:
    static QString normalize(const QString &text);
    /// Splits what the user typed into phrases of normalised tokens; "退款 302-4837261" gives
    /// [[退, 款], [302, 4837261]].
    static QList<QStringList> queryPhrases(const QString &query);
};

} // namespace hd
