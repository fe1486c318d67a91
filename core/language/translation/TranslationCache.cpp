#include "core/language/translation/TranslationCache.h"

#include "core/common/Clock.h"
#include "core/storage/Database.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

QString langKey(const QString &lang)
{
    return lang.trimmed().toLower().replace(u'_', u'-');
}

} // namespace

TranslationCache::TranslationCache(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

QString TranslationCache::normalize(const QString &text)
{
    QString s = text.normalized(QString::NormalizationForm_C);
    s.replace(u"\r\n"_s, u"\n"_s);
    s.replace(u'\r', u'\n');
    static const QRegularExpression trailing(u"[ \\t\\x{00A0}]+\\n"_s);
    s.replace(trailing, u"\n"_s);
    return s.trimmed();
}

QString TranslationCache::hash(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<std::optional<QString>> TranslationCache::lookup(const QString &provider,
                                                        const QString &sourceLang,
                                                        const QString &targetLang,
                                                        const QString &sourceText) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT source_text, translated_text FROM translation_cache"
              " WHERE provider = ? AND source_lang = ? AND target_lang = ? AND source_hash = ?"_s);
    q.addBindValue(sqlValue(provider));
    q.addBindValue(sqlValue(langKey(sourceLang)));
    q.addBindValue(sqlValue(langKey(targetLang)));
    q.addBindValue(sqlValue(hash(sourceText)));
    if (!q.exec())
        return databaseError(q, u"translation cache lookup"_s);
    if (!q.next() || q.value(0).toString() != sourceText) // a hash collision is not a hit
        return std::optional<QString>();
    return std::optional<QString>(q.value(1).toString());
}

Status TranslationCache::store(const QString &provider,
                               const QString &sourceLang,
                               const QString &targetLang,
                               const QString &sourceText,
                               const QString &translatedText) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO translation_cache(provider, source_lang, target_lang, source_hash, source_text, "
              u"translated_text, created_at)"
              " VALUES (?, ?, ?, ?, ?, ?, ?)"
              " ON CONFLICT(provider, source_lang, target_lang, source_hash)"
              " DO UPDATE SET source_text = excluded.source_text, translated_text = excluded.translated_text,"
              " created_at = excluded.created_at"_s);
    q.addBindValue(sqlValue(provider));
    q.addBindValue(sqlValue(langKey(sourceLang)));
    q.addBindValue(sqlValue(langKey(targetLang)));
    q.addBindValue(sqlValue(hash(sourceText)));
    q.addBindValue(sqlValue(sourceText));
    q.addBindValue(sqlValue(translatedText));
    q.addBindValue(sqlValue(m_clock.nowMs()));
    if (!q.exec())
        return databaseError(q, u"translation cache store"_s);
    return {};
}

Result<qint64> TranslationCache::count() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT COUNT(*) FROM translation_cache"_s) || !q.next())
        return databaseError(q, u"translation cache count"_s);
    return q.value(0).toLongLong();
}

Result<qint64> TranslationCache::prune(qint64 cutoffMs) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM translation_cache WHERE created_at < ?"_s);
    q.addBindValue(sqlValue(cutoffMs));
    if (!q.exec())
        return databaseError(q, u"translation cache prune"_s);
    return qint64(q.numRowsAffected());
}

Status TranslationCache::clear() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"DELETE FROM translation_cache"_s))
        return databaseError(q, u"translation cache clear"_s);
    return {};
}

} // namespace hd
