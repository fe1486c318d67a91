#include "bench/ReadBench.h"

#include "bench/BenchUtil.h"
#include "core/Workspace.h"

#include <QJsonArray>

#include <deque>
#include <random>

namespace hd::bench {
using namespace Qt::StringLiterals;

namespace {

constexpr int kPage = 100;

struct Query
{
    QString kind;
    QString text;
};

// 50 searches an agent might type: frequent words in several languages, mid-frequency product
// words, rare model codes and tracking numbers, two-word ANDs, real order numbers and buyer names
// from the data, and Chinese/Japanese words (phrases of single-character tokens).
QList<Query> searchQueries(const QuerySamples &s)
{
    QList<Query> q;
    for (const char *w :
         {"order", "package", "bestellung", "pedido", "thanks", "please", "commande", "paket", "ordine", "update"})
        q << Query{u"frequent"_s, QString::fromUtf8(w)};
    for (const char *w :
         {"speaker", "yoga", "grinder", "backpack", "earrings", "customs", "invoice", "zipper", "battery", "daughter"})
        q << Query{u"mid"_s, QString::fromUtf8(w)};
    for (const char *w :
         {"refund order", "damaged box", "paket zoll", "reembolso pedido", "tracking customs", "wireless speaker"})
        q << Query{u"two_terms"_s, QString::fromUtf8(w)};
    for (const char *w : {"退款", "包裹", "荷物", "返品", "注文番号", "发票"})
        q << Query{u"cjk"_s, QString::fromUtf8(w)};
    const auto take = [&q](const QString &kind, const QStringList &from, int n) {
        for (int i = 0; i < n && i < from.size(); ++i)
            q << Query{kind, from.at(i)};
    };
    take(u"rare_model_code"_s, s.modelCodes, 5);
    take(u"rare_tracking"_s, s.trackingNumbers, 3);
    take(u"order_number"_s, s.orderNumbers, 5);
    take(u"buyer_name"_s, s.buyerNames, 50 - int(q.size()));
    return q.mid(0, 50);
}

} // namespace

bool runReads(const BenchParams &params,
              const QString &path,
              const QuerySamples &samples,
              QJsonObject *out,
              QString *error)
{
    const SystemClock clock;
    resetPeakRss();
    const double rssBefore = currentRssMb();

    // Cold: the file's pages are dropped from the OS cache, a new Workspace opens it (migration
    // check included), and the first page of the default inbox comes back.
    evictFromPageCache(path);
    evictFromPageCache(path + u"-wal"_s);
    auto start = std::chrono::steady_clock::now();
    auto opened = Workspace::open(path, clock);
    if (!opened) {
        *error = opened.error().message;
        return false;
    }
    const double openMs = msSince(start);
    const std::unique_ptr<Workspace> ws = std::move(opened).value();
    ConversationRepository &conversations = ws->conversations();
    const InboxFilter inbox; // all open, newest first
    auto first = conversations.page(inbox, std::nullopt, kPage);
    const double coldMs = msSince(start);
    if (!first) {
        *error = first.error().detail;
        return false;
    }

    Samples warm;
    for (int i = 0; i < 20; ++i) {
        start = std::chrono::steady_clock::now();
        auto p = conversations.page(inbox, std::nullopt, kPage);
        warm.add(msSince(start));
    }

    // Scroll the whole list (every conversation, newest first) in keyset pages, keeping at most
    // `cachePages` pages like the inbox model's bounded cache.
    Samples pageMs;
    std::deque<QList<ConversationSummary>> cache;
    InboxFilter all;
    all.folder = InboxFilter::Folder::All;
    std::optional<InboxCursor> cursor;
    qint64 rows = 0;
    for (;;) {
        start = std::chrono::steady_clock::now();
        auto page = conversations.page(all, cursor, kPage);
        pageMs.add(msSince(start));
        if (!page) {
            *error = page.error().detail;
            return false;
        }
        if (page->isEmpty())
            break;
        rows += page->size();
        const Conversation &last = page->constLast().conversation;
        cursor = InboxCursor{last.lastMessageAt, last.id};
        cache.push_back(std::move(page).value());
        if (int(cache.size()) > params.cachePages)
            cache.pop_front();
    }
    const double rssAfterScroll = peakRssMb();

    // Filter and sort changes: folders x channels x languages, first page of each.
    const auto channels = ws->directory().channels();
    const auto agents = ws->directory().agents();
    if (!channels || !agents) {
        *error = u"directory"_s;
        return false;
    }
    std::mt19937_64 rng(params.seed);
    const QList<InboxFilter::Folder> folders{InboxFilter::Folder::AllOpen,
                                             InboxFilter::Folder::Mine,
                                             InboxFilter::Folder::Unassigned,
                                             InboxFilter::Folder::Waiting,
                                             InboxFilter::Folder::Resolved,
                                             InboxFilter::Folder::All};
    const QStringList languages{QString(), u"en"_s, u"de"_s, u"es"_s, u"fr"_s, u"it"_s, u"ja"_s, u"zh"_s};
    Samples filterMs;
    for (int i = 0; i < 100; ++i) {
        InboxFilter f;
        f.folder = folders.at(qsizetype(rng() % quint64(folders.size())));
        f.agentId = agents->isEmpty() ? 0 : agents->at(qsizetype(rng() % quint64(agents->size()))).id;
        if (rng() % 2)
            f.channelId = channels->at(qsizetype(rng() % quint64(channels->size()))).id;
        if (rng() % 3 == 0)
            f.language = languages.at(qsizetype(rng() % quint64(languages.size())));
        if (rng() % 5 == 0)
            f.sort = InboxFilter::Sort::Oldest;
        start = std::chrono::steady_clock::now();
        auto p = conversations.page(f, std::nullopt, kPage);
        filterMs.add(msSince(start));
        if (!p) {
            *error = p.error().detail;
            return false;
        }
    }

    // 100 searches: each query newest first, then ranked, top 50.
    Samples newestMs, rankedMs;
    QJsonArray perQuery;
    for (const Query &q : searchQueries(samples)) {
        start = std::chrono::steady_clock::now();
        auto newest = ws->search().search(q.text, SearchRepository::Order::Newest, 50);
        const double n = msSince(start);
        start = std::chrono::steady_clock::now();
        auto ranked = ws->search().search(q.text, SearchRepository::Order::Relevance, 50);
        const double r = msSince(start);
        if (!newest || !ranked) {
            *error = (newest ? ranked.error() : newest.error()).detail;
            return false;
        }
        newestMs.add(n);
        rankedMs.add(r);
        perQuery.append(QJsonObject{{u"kind"_s, q.kind},
                                    {u"query"_s, q.text},
                                    {u"hits"_s, qint64(newest->size())},
                                    {u"newest_ms"_s, rounded(n)},
                                    {u"ranked_ms"_s, rounded(r)}});
    }

    out->insert(u"open_ms_cold"_s, rounded(openMs));
    out->insert(u"first_page_ms_cold"_s, rounded(coldMs));
    out->insert(u"first_page_ms_warm"_s, rounded(warm.percentile(50)));
    out->insert(u"first_page_ms_warm_max"_s, rounded(warm.max()));
    out->insert(u"page_fetch_p50_ms"_s, rounded(pageMs.percentile(50)));
    out->insert(u"page_fetch_p95_ms"_s, rounded(pageMs.percentile(95)));
    out->insert(u"page_fetch_max_ms"_s, rounded(pageMs.max()));
    out->insert(u"pages_scrolled"_s, qint64(pageMs.size()));
    out->insert(u"rows_scrolled"_s, rows);
    out->insert(u"filter_change_p50_ms"_s, rounded(filterMs.percentile(50)));
    out->insert(u"filter_change_p95_ms"_s, rounded(filterMs.percentile(95)));
    out->insert(u"filter_change_max_ms"_s, rounded(filterMs.max()));
    out->insert(u"search_queries"_s, qint64(newestMs.size()));
    out->insert(u"search_newest_p50_ms"_s, rounded(newestMs.percentile(50)));
    out->insert(u"search_newest_p95_ms"_s, rounded(newestMs.percentile(95)));
    out->insert(u"search_newest_max_ms"_s, rounded(newestMs.max()));
    out->insert(u"search_ranked_p50_ms"_s, rounded(rankedMs.percentile(50)));
    out->insert(u"search_ranked_p95_ms"_s, rounded(rankedMs.percentile(95)));
    out->insert(u"search_ranked_max_ms"_s, rounded(rankedMs.max()));
    out->insert(u"search_detail"_s, perQuery);
    out->insert(u"rss_mb_before_reads"_s, rounded(rssBefore));
    out->insert(u"peak_rss_mb_after_scroll"_s, rounded(rssAfterScroll));
    out->insert(u"peak_rss_mb"_s, rounded(peakRssMb()));
    return true;
}

} // namespace hd::bench
