#include "core/language/translation/GlossaryRepository.h"

#include "core/storage/Database.h"

#include <QCoreApplication>
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

Result<QList<GlossaryEntry>> GlossaryRepository::entries() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, term, source_lang, target_lang, translation, keep_verbatim FROM glossary"
                " ORDER BY term, source_lang, target_lang"_s))
        return databaseError(q, u"glossary"_s);
    QList<GlossaryEntry> out;
    while (q.next()) {
        GlossaryEntry e;
        e.id = q.value(0).toLongLong();
        e.term = q.value(1).toString();
        e.sourceLang = q.value(2).toString();
        e.targetLang = q.value(3).toString();
        e.translation = q.value(4).toString();
        e.keepVerbatim = q.value(5).toInt() != 0;
        out << e;
    }
    return out;
}

Result<QList<GlossaryEntry>> GlossaryRepository::entriesFor(const QString &source, const QString &target) const
{
    auto all = entries();
    if (!all)
        return all.error();
    QList<GlossaryEntry> out;
    for (const GlossaryEntry &e : all.value())
        if (e.appliesTo(source, target))
            out << e;
    return out;
}

Result<qint64> GlossaryRepository::save(const GlossaryEntry &entry) const
{
    const QString term = entry.term.trimmed();
    if (term.isEmpty())
        return Error::make(Error::Code::InvalidArgument,
                           QCoreApplication::translate("hd::GlossaryRepository", "A glossary term cannot be empty."));
    if (!entry.keepVerbatim && entry.translation.trimmed().isEmpty())
        return Error::make(
            Error::Code::InvalidArgument,
            QCoreApplication::translate("hd::GlossaryRepository",
                                        "Give the term's translation, or mark it to be kept as written."));
    QSqlQuery q(m_db.connection());
    q.prepare(
        u"INSERT INTO glossary(term, source_lang, target_lang, translation, keep_verbatim) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT(term, source_lang, target_lang)"
        " DO UPDATE SET translation = excluded.translation, keep_verbatim = excluded.keep_verbatim RETURNING id"_s);
    q.addBindValue(sqlValue(term));
    q.addBindValue(sqlValue(langKey(entry.sourceLang)));
    q.addBindValue(sqlValue(langKey(entry.targetLang)));
    q.addBindValue(sqlValue(entry.keepVerbatim ? QString() : entry.translation.trimmed()));
    q.addBindValue(sqlValue(entry.keepVerbatim ? 1 : 0));
    if (!q.exec() || !q.next())
        return databaseError(q, u"save glossary term"_s);
    return q.value(0).toLongLong();
}

Status GlossaryRepository::remove(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM glossary WHERE id = ?"_s);
    q.addBindValue(sqlValue(id));
    if (!q.exec())
        return databaseError(q, u"remove glossary term"_s);
    return {};
}

} // namespace hd
