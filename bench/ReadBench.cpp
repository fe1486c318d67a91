#include "bench/ReadBench.h"

#include "bench/BenchUtil.h"
#include "core/Workspace.h"

#include <QJsonArray>

#include <algorithm>
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
    const Stopwatch cold;
    auto opened = Workspace::open(path, clock);
    if (!opened) {
        *error = opened.error().message;
        return false;
    }
    const double openMs = cold.wallMs();
    const std::unique_ptr<Workspace> ws = std::move(opened).value();
    ConversationRepository &conversations = ws->conversations();
    const InboxFilter inbox; // all open, newest first
    auto first = conversations.page(inbox, std::nullopt, kPage);
    const double coldMs = cold.wallMs();
    const double coldCpuMs = cold.cpuMs();
    if (!first) {
        *error = first.error().detail;
        return false;
    }

    // The rest runs with the file in the OS cache, as on a desktop that has been open a while
    // (the cold figure above is the only one that reads from disk).
    loadIntoPageCache(path);
    loadIntoPageCache(path + u"-wal"_s);

    Timings warm;
    for (int i = 0; i < 20; ++i) {
        const Stopwatch w;
        auto p = conversations.page(inbox, std::nullopt, kPage);
        warm.add(w);
    }

    // Scroll the whole list (every conversation, newest first) in keyset pages, keeping at most
    // `cachePages` pages like the inbox model's bounded cache.
    Timings pageMs;
    std::deque<QList<ConversationSummary>> cache;
    InboxFilter all;
    all.folder = InboxFilter::Folder::All;
    std::optional<InboxCursor> cursor;
    qint64 rows = 0;
    for (;;) {
        const Stopwatch w;
        auto page = conversations.page(all, cursor, kPage);
        pageMs.add(w);
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
    Timings filterMs;
    std::vector<std::pair<double, QString>> slowFilters;
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
        const Stopwatch w;
        auto p = conversations.page(f, std::nullopt, kPage);
        filterMs.add(w);
        if (!p) {
            *error = p.error().detail;
            return false;
        }
        static const QStringList folderNames{u"open"_s,
                                             u"mine"_s,
                                             u"unassigned"_s,
                                             u"waiting"_s,
                                             u"resolved"_s,
                                             u"all"_s};
        slowFilters.push_back({filterMs.lastWall(),
                               u"folder=%1 channel=%2 language=%3 sort=%4 rows=%5"_s.arg(folderNames.at(int(f.folder)))
                                   .arg(f.channelId)
                                   .arg(f.language.isEmpty() ? u"any"_s : f.language)
                                   .arg(f.sort == InboxFilter::Sort::Newest ? u"newest"_s : u"oldest"_s)
                                   .arg(p->size())});
    }
    std::sort(slowFilters.begin(), slowFilters.end(), [](const auto &a, const auto &b) { return a.first > b.first; });

    // 100 searches: each query newest first, then ranked, top 50.
    Timings newestMs, rankedMs;
    QJsonArray perQuery;
    for (const Query &q : searchQueries(samples)) {
        const Stopwatch nw;
        auto newest = ws->search().search(q.text, SearchRepository::Order::Newest, 50);
        newestMs.add(nw);
        const double n = nw.wallMs();
        const Stopwatch rw;
        auto ranked = ws->search().search(q.text, SearchRepository::Order::Relevance, 50);
        rankedMs.add(rw);
        const double r = rw.wallMs();
        if (!newest || !ranked) {
            *error = (newest ? ranked.error() : newest.error()).detail;
            return false;
        }
        perQuery.append(QJsonObject{{u"kind"_s, q.kind},
                                    {u"query"_s, q.text},
                                    {u"hits"_s, qint64(newest->size())},
                                    {u"newest_ms"_s, rounded(n)},
                                    {u"ranked_ms"_s, rounded(r)}});
    }

    const auto put = [out](const QString &key, double v) { out->insert(key, rounded(v)); };
    QJsonObject cpu; // the same figures in CPU time of the calling thread
    const auto both = [&](const QString &prefix, const QString &suffix, const Timings &t) {
        put(prefix + u"p50"_s + suffix, t.wall.percentile(50));
        put(prefix + u"p95"_s + suffix, t.wall.percentile(95));
        put(prefix + u"max"_s + suffix, t.wall.max());
        cpu.insert(prefix + u"p50"_s + suffix, rounded(t.cpu.percentile(50)));
        cpu.insert(prefix + u"p95"_s + suffix, rounded(t.cpu.percentile(95)));
        cpu.insert(prefix + u"max"_s + suffix, rounded(t.cpu.max()));
    };
    put(u"open_ms_cold"_s, openMs);
    put(u"first_page_ms_cold"_s, coldMs);
    cpu.insert(u"first_page_ms_cold"_s, rounded(coldCpuMs));
    put(u"first_page_ms_warm"_s, warm.wall.percentile(50));
    cpu.insert(u"first_page_ms_warm"_s, rounded(warm.cpu.percentile(50)));
    both(u"page_fetch_"_s, u"_ms"_s, pageMs);
    out->insert(u"pages_scrolled"_s, qint64(pageMs.wall.size()));
    out->insert(u"rows_scrolled"_s, rows);
    both(u"filter_change_"_s, u"_ms"_s, filterMs);
    QJsonArray slowest;
    for (std::size_t i = 0; i < slowFilters.size() && i < 5; ++i)
        slowest.append(QJsonObject{{u"ms"_s, rounded(slowFilters[i].first)}, {u"filter"_s, slowFilters[i].second}});
    out->insert(u"filter_change_slowest"_s, slowest);
    out->insert(u"search_queries"_s, qint64(newestMs.wall.size()));
    both(u"search_newest_"_s, u"_ms"_s, newestMs);
    both(u"search_ranked_"_s, u"_ms"_s, rankedMs);
    out->insert(u"reads_cpu_ms"_s, cpu);
    out->insert(u"search_detail"_s, perQuery);
    put(u"rss_mb_before_reads"_s, rssBefore);
    put(u"peak_rss_mb_after_scroll"_s, rssAfterScroll);
    put(u"peak_rss_mb"_s, peakRssMb());
    return true;
}

} // namespace hd::bench
