#include "app/cli/commands/SearchCommand.h"

#include "app/cli/CliContext.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace hd::cli {
using namespace Qt::StringLiterals;

void SearchCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(u"query"_s, u"Words to find (all of them; each word is a prefix)."_s, u"QUERY..."_s);
    parser.addOption({u"json"_s, u"Print a JSON array of hits."_s});
    parser.addOption({u"ranked"_s, u"Order by relevance instead of newest first."_s});
    parser.addOption({u"limit"_s, u"Hits to show (default 50, at most 1000)."_s, u"N"_s});
}

int SearchCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QString query = parser.positionalArguments().join(u' ').trimmed();
    if (query.isEmpty())
        return context.fail(u"search: no query given (see harbordesk-cli search --help)"_s, ExitUsage);
    const auto limit = context.positiveOption(parser, u"limit"_s, 50, 1000);
    if (!limit)
        return ExitUsage;
    Workspace *ws = context.workspace();
    if (!ws)
        return ExitRuntime;
    const auto order = parser.isSet(u"ranked"_s) ? SearchRepository::Order::Relevance : SearchRepository::Order::Newest;
    const auto hits = ws->search().search(query, order, int(*limit));
    if (!hits)
        return context.fail(u"search: %1"_s.arg(hits.error().message), ExitRuntime);

    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const SearchHit &h : *hits) {
            array.append(QJsonObject{
                {u"message_id"_s, h.messageId},
                {u"conversation_id"_s, h.conversationId},
                {u"channel_kind"_s, channelKindToString(h.channelKind)},
                {u"channel"_s, h.channelName},
                {u"customer"_s, h.customerName},
                {u"subject"_s, h.subject},
                {u"snippet"_s, h.snippet},
                {u"sent_at"_s, h.sentAt},
                {u"sent_at_utc"_s, QDateTime::fromMSecsSinceEpoch(h.sentAt, QTimeZone::utc()).toString(Qt::ISODate)},
            });
        }
        context.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    for (const SearchHit &h : *hits) {
        QString snippet = h.snippet.simplified();
        if (snippet.size() > 100)
            snippet = snippet.left(99) + u'…';
        context.out() << QDateTime::fromMSecsSinceEpoch(h.sentAt).toString(u"yyyy-MM-dd HH:mm"_s) << "  "
                      << h.channelName << "  " << h.customerName << "  " << snippet << '\n';
    }
    context.note(u"%1 hits"_s.arg(hits->size()));
    return ExitOk;
}

} // namespace hd::cli
