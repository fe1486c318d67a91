#include "core/templates/TemplateRepository.h"

#include "core/storage/Database.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace hd {
using namespace Qt::StringLiterals;

bool TemplateRepository::hasKeywordsColumn() const
{
    return m_db.connection().record(u"templates"_s).contains(u"keywords"_s);
}

Result<TemplateLibrary> TemplateRepository::load() const
{
    const bool keywords = hasKeywordsColumn();
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, name, category, intent, shortcut, use_count, created_at, updated_at"_s
                + (keywords ? u", keywords"_s : QString()) + u" FROM templates ORDER BY id"_s))
        return databaseError(q, u"templates"_s);
    QList<Template> templates;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        Template t;
        t.id = q.value(0).toLongLong();
        t.name = q.value(1).toString();
        t.category = q.value(2).toString();
        t.intent = q.value(3).toString();
        t.shortcut = q.value(4).toString();
        t.useCount = q.value(5).toInt();
        t.createdAt = q.value(6).toLongLong();
        t.updatedAt = q.value(7).toLongLong();
        if (keywords)
            t.keywords = q.value(8).toString().split(u',', Qt::SkipEmptyParts);
        index.insert(t.id, templates.size());
        templates << t;
    }
    QSqlQuery v(db);
    v.setForwardOnly(true);
    if (!v.exec(u"SELECT id, template_id, language, platform, body, human FROM template_variants ORDER BY id"_s))
        return databaseError(v, u"template variants"_s);
    while (v.next()) {
        const auto it = index.constFind(v.value(1).toLongLong());
        if (it == index.cend())
            continue;
        TemplateVariant tv;
        tv.id = v.value(0).toLongLong();
        tv.language = v.value(2).toString();
        tv.platform = v.value(3).toString();
        tv.body = v.value(4).toString();
        tv.human = v.value(5).toBool();
        templates[*it].variants << tv;
    }
    TemplateLibrary lib;
    for (const Template &t : std::as_const(templates)) {
        // Rows written by an older version might not pass today's checks; keep the rest loadable.
        if (auto added = lib.add(t); !added)
            return Error::make(Error::Code::Database,
                               added.error().message,
                               u"template "_s + QString::number(t.id) + u" invalid in the database"_s);
    }
    return lib;
}

Result<qint64> TemplateRepository::save(const Template &input) const
{
    // Validate and normalize against the stored library (shortcut uniqueness, intents, variants).
    auto current = load();
    if (!current)
        return current.error();
    Template t = input;
    TemplateLibrary &lib = current.value();
    if (t.id != 0 && !lib.find(t.id))
        return Error::make(Error::Code::NotFound, TemplateLibrary::tr("That template no longer exists."));
    if (t.id != 0) {
        if (auto st = lib.update(t); !st)
            return st.error();
    } else {
        auto added = lib.add(t);
        if (!added)
            return added.error();
    }
    const Template *normalized = nullptr;
    if (t.id != 0) {
        normalized = lib.find(t.id);
    } else {
        normalized = &lib.templates().constLast();
    }
    const Template n = *normalized;
    const qint64 now = m_clock.nowMs();
    const bool keywords = hasKeywordsColumn();

    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    qint64 id = input.id;
    if (id == 0) {
        q.prepare(u"INSERT INTO templates(name, category, intent, shortcut, use_count, created_at, updated_at"_s
                  + (keywords ? u", keywords"_s : QString()) + u") VALUES (?, ?, ?, ?, ?, ?, ?"_s
                  + (keywords ? u", ?"_s : QString()) + u") RETURNING id"_s);
    } else {
        q.prepare(
            u"UPDATE templates SET name = ?, category = ?, intent = ?, shortcut = ?, use_count = ?, updated_at = ?"_s
            + (keywords ? u", keywords = ?"_s : QString()) + u" WHERE id = ?"_s);
    }
    q.addBindValue(sqlValue(n.name));
    q.addBindValue(sqlValue(n.category));
    q.addBindValue(sqlValue(n.intent));
    q.addBindValue(sqlValue(n.shortcut));
    q.addBindValue(sqlValue(n.useCount));
    if (id == 0)
        q.addBindValue(sqlValue(input.createdAt ? input.createdAt : now));
    q.addBindValue(sqlValue(now));
    if (keywords)
        q.addBindValue(sqlValue(n.keywords.join(u',')));
    if (id != 0)
        q.addBindValue(sqlValue(id));
    if (!q.exec())
        return databaseError(q, u"save template"_s);
    if (id == 0) {
        if (!q.next())
            return databaseError(q, u"save template"_s);
        id = q.value(0).toLongLong();
    }
    q.finish(); // a RETURNING statement still open would make the commit fail on SQLite
    QSqlQuery del(db);
    del.prepare(u"DELETE FROM template_variants WHERE template_id = ?"_s);
    del.addBindValue(sqlValue(id));
    if (!del.exec())
        return databaseError(del, u"template variants"_s);
    QSqlQuery ins(db);
    ins.prepare(
        u"INSERT INTO template_variants(template_id, language, platform, body, human) VALUES (?, ?, ?, ?, ?)"_s);
    for (const TemplateVariant &v : n.variants) {
        ins.addBindValue(sqlValue(id));
        ins.addBindValue(sqlValue(v.language));
        ins.addBindValue(sqlValue(v.platform));
        ins.addBindValue(sqlValue(v.body));
        ins.addBindValue(sqlValue(v.human ? 1 : 0));
        if (!ins.exec())
            return databaseError(ins, u"template variant"_s);
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    return id;
}

Status TemplateRepository::remove(qint64 id) const
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(u"DELETE FROM template_variants WHERE template_id = ?"_s);
    q.addBindValue(sqlValue(id));
    if (!q.exec())
        return databaseError(q, u"delete template variants"_s);
    QSqlQuery t(db);
    t.prepare(u"DELETE FROM templates WHERE id = ?"_s);
    t.addBindValue(sqlValue(id));
    if (!t.exec())
        return databaseError(t, u"delete template"_s);
    return tx.commit();
}

Status TemplateRepository::recordUse(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE templates SET use_count = use_count + 1 WHERE id = ?"_s);
    q.addBindValue(sqlValue(id));
    if (!q.exec())
        return databaseError(q, u"template use"_s);
    if (q.numRowsAffected() == 0)
        return Error::make(Error::Code::NotFound, TemplateLibrary::tr("That template no longer exists."));
    return {};
}

Result<int> TemplateRepository::importLibrary(const TemplateLibrary &library) const
{
    auto current = load();
    if (!current)
        return current.error();
    int added = 0;
    for (Template t : library.templates()) {
        const bool exists = !t.shortcut.isEmpty()
            ? current->byShortcut(t.shortcut) != nullptr
            : std::any_of(current->templates().cbegin(), current->templates().cend(), [&](const Template &c) {
                  return c.name.compare(t.name, Qt::CaseInsensitive) == 0;
              });
        if (exists)
            continue;
        t.id = 0;
        for (TemplateVariant &v : t.variants)
            v.id = 0;
        auto id = save(t);
        if (!id)
            return id.error();
        t.id = *id;
        if (auto st = current.value().add(t); !st)
            return st.error();
        ++added;
    }
    return added;
}

} // namespace hd
