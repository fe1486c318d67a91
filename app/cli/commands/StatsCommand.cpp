#include "app/cli/commands/StatsCommand.h"

#include "app/cli/CliContext.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <map>

namespace hd::cli {
using namespace Qt::StringLiterals;

namespace {

struct Stats
{
    qint64 channels = 0, customers = 0, orders = 0, conversations = 0, messages = 0, sizeBytes = 0;
    std::map<QString, qint64> conversationsByStatus;
    std::map<QString, qint64> messagesByDirection;
};

// Reads a handful of counts; read-only, so plain SQL here is fine (no service owns these yet).
Result<Stats> readStats(Database &db)
{
    Stats s;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    const auto scalar = [&q](const QString &sql, qint64 &into) -> bool {
        if (!q.exec(sql) || !q.next())
            return false;
        into = q.value(0).toLongLong();
        q.finish();
        return true;
    };
    const auto grouped = [&q](const QString &sql, std::map<QString, qint64> &into) -> bool {
        if (!q.exec(sql))
            return false;
        while (q.next())
            into[q.value(0).toString()] = q.value(1).toLongLong();
        return true;
    };
    if (!scalar(u"SELECT COUNT(*) FROM channels"_s, s.channels)
        || !scalar(u"SELECT COUNT(*) FROM customers"_s, s.customers)
        || !scalar(u"SELECT COUNT(*) FROM orders"_s, s.orders)
        || !grouped(u"SELECT status, COUNT(*) FROM conversations GROUP BY status"_s, s.conversationsByStatus)
        || !grouped(u"SELECT direction, COUNT(*) FROM messages GROUP BY direction"_s, s.messagesByDirection))
        return databaseError(q, u"stats"_s);
    for (const auto &[k, n] : s.conversationsByStatus)
        s.conversations += n;
    for (const auto &[k, n] : s.messagesByDirection)
        s.messages += n;
    if (db.dialect().isSqlite()) {
        if (!scalar(u"SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()"_s, s.sizeBytes))
            return databaseError(q, u"stats"_s);
        // Committed pages still in the write-ahead log count too.
        s.sizeBytes = std::max(s.sizeBytes,
                               QFileInfo(db.location().path).size() + QFileInfo(db.location().path + u"-wal"_s).size());
    } else if (!scalar(u"SELECT pg_database_size(current_database())"_s, s.sizeBytes)) {
        return databaseError(q, u"stats"_s);
    }
    return s;
}

QJsonObject toJson(const std::map<QString, qint64> &m)
{
    QJsonObject o;
    for (const auto &[k, n] : m)
        o.insert(k, n);
    return o;
}

} // namespace

void StatsCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"json"_s, u"Print one JSON object."_s});
}

int StatsCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.fail(u"stats: unexpected argument '%1'"_s.arg(parser.positionalArguments().constFirst()),
                            ExitUsage);
    Workspace *ws = context.workspace();
    if (!ws)
        return ExitRuntime;
    const auto stats = readStats(ws->database());
    if (!stats)
        return context.fail(u"stats: %1"_s.arg(stats.error().message), ExitRuntime);
    const Stats &s = *stats;
    if (parser.isSet(u"json"_s)) {
        const QJsonObject o{
            {u"workspace"_s, context.workspaceDisplayName()},
            {u"engine"_s, ws->database().dialect().isSqlite() ? u"sqlite"_s : u"postgresql"_s},
            {u"channels"_s, s.channels},
            {u"conversations"_s, s.conversations},
            {u"conversations_by_status"_s, toJson(s.conversationsByStatus)},
            {u"messages"_s, s.messages},
            {u"messages_by_direction"_s, toJson(s.messagesByDirection)},
            {u"customers"_s, s.customers},
            {u"orders"_s, s.orders},
            {u"size_bytes"_s, s.sizeBytes},
        };
        context.out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    QTextStream &out = context.out();
    const auto breakdown = [](const std::map<QString, qint64> &m) {
        QStringList parts;
        for (const auto &[k, n] : m)
            parts << u"%1 %2"_s.arg(n).arg(k);
        return parts.isEmpty() ? QString() : u" ("_s + parts.join(u", "_s) + u')';
    };
    out << "Workspace:     " << context.workspaceDisplayName() << '\n';
    out << "Channels:      " << s.channels << '\n';
    out << "Conversations: " << s.conversations << breakdown(s.conversationsByStatus) << '\n';
    out << "Messages:      " << s.messages << breakdown(s.messagesByDirection) << '\n';
    out << "Customers:     " << s.customers << '\n';
    out << "Orders:        " << s.orders << '\n';
    out << "Size:          " << QString::number(double(s.sizeBytes) / (1024.0 * 1024.0), 'f', 1) << " MiB" << '\n';
    return ExitOk;
}

} // namespace hd::cli
