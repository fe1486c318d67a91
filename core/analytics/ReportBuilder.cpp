#include "core/analytics/ReportBuilder.h"

#include "core/analytics/AnalyticsRepository.h"
#include "core/analytics/DashboardService.h"
#include "core/analytics/FactsBuilder.h"
#include "core/analytics/MetricDefinitions.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSaveFile>
#include <QTimeZone>

#include <cmath>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

Error cancelledError()
{
    return Error::make(Error::Code::Conflict,
                       QCoreApplication::translate("hd::ReportBuilder", "The export was cancelled."),
                       u"report cancelled"_s);
}

Error writeError(const QString &detail)
{
    return Error::make(
        Error::Code::Unavailable,
        QCoreApplication::translate("hd::ReportBuilder", "The report could not be written (%1).").arg(detail),
        detail);
}

bool isCancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load();
}

void optionalNumber(CsvWriter &csv, std::optional<double> v, int decimals)
{
    if (v)
        csv.number(*v, decimals);
    else
        csv.empty();
}

/// Durations in ms keep one decimal (means of ms values); fractions keep 6; counts none.
int decimalsFor(MetricDefinitions::Unit unit)
{
    switch (unit) {
    case MetricDefinitions::Unit::DurationMs: return 1;
    case MetricDefinitions::Unit::Fraction: return 6;
    case MetricDefinitions::Unit::Count: return 0;
    }
    return 6;
}

Status writeConversations(const Database &db,
                          const ReportBuilder::Request &request,
                          CsvWriter &csv,
                          const ReportBuilder::Progress &progress,
                          const std::atomic_bool *cancel)
{
    const AnalyticsRepository repo(db);
    AnalyticsRepository::LoadOptions options;
    options.details = true;
    options.cancel = cancel;
    auto data = repo.load(request.filter, options);
    if (!data)
        return data.error();
    const auto facts = FactsBuilder::build(data.value());
    QHash<qint64, const AnalyticsData::ChannelInfo *> channels;
    for (const auto &c : data->channels)
        channels.insert(c.id, &c);
    QHash<qint64, QString> agents;
    for (const auto &a : data->agents)
        agents.insert(a.id, a.name);

    csv.row({u"conversation_id"_s,
             u"channel"_s,
             u"platform"_s,
             u"marketplace"_s,
             u"buyer"_s,
             u"order"_s,
             u"subject"_s,
             u"status"_s,
             u"created_at"_s,
             u"intent"_s,
             u"sentiment"_s,
             u"language"_s,
             u"tags"_s,
             u"assignee"_s,
             u"first_response_at"_s,
             u"first_response_ms"_s,
             u"first_response_business_ms"_s,
             u"next_responses"_s,
             u"next_response_mean_ms"_s,
             u"next_response_business_mean_ms"_s,
             u"resolved_at"_s,
             u"resolution_ms"_s,
             u"resolution_business_ms"_s,
             u"resolutions"_s,
             u"reopens"_s,
             u"human_replies"_s,
             u"auto_replies"_s,
             u"first_contact_resolution"_s,
             u"auto_resolved"_s,
             u"sla_hits"_s,
             u"sla_misses"_s,
             u"sla_results"_s,
             u"csat"_s,
             u"focus_ms"_s});
    const qint64 total = qint64(facts.size());
    for (size_t i = 0; i < facts.size(); ++i) {
        if (i % 256 == 0) {
            if (isCancelled(cancel))
                return cancelledError();
            if (progress)
                progress(qint64(i), total);
        }
        const auto &f = facts[i];
        const auto &row = data->conversations[i];
        const auto *ch = channels.value(row.channelId, nullptr);
        csv.integer(f.id)
            .text(ch ? ch->name : QString())
            .text(ch ? ch->kind : QString())
            .text(ch ? ch->marketplace : QString())
            .text(row.buyer)
            .text(row.order)
            .text(row.subject)
            .text(row.status)
            .text(ReportBuilder::isoTime(row.createdAt))
            .text(row.intent)
            .text(row.sentiment)
            .text(row.language)
            .text(row.tags)
            .text(agents.value(row.assigneeId));
        if (const auto *r = f.firstResponse())
            csv.text(ReportBuilder::isoTime(r->at)).integer(r->calendarMs).integer(r->businessMs);
        else
            csv.empty().empty().empty();
        qint64 nextCount = 0;
        double nextCal = 0, nextBiz = 0;
        for (const auto &r : f.responses) {
            if (r.first)
                continue;
            ++nextCount;
            nextCal += double(r.calendarMs);
            nextBiz += double(r.businessMs);
        }
        csv.integer(nextCount);
        if (nextCount > 0)
            csv.number(nextCal / double(nextCount), 1).number(nextBiz / double(nextCount), 1);
        else
            csv.empty().empty();
        if (!f.resolutions.empty()) {
            const auto &last = f.resolutions.back();
            csv.text(ReportBuilder::isoTime(last.at)).integer(last.calendarMs).integer(last.businessMs);
        } else {
            csv.empty().empty().empty();
        }
        int hits = 0, misses = 0;
        QStringList sla;
        for (const auto &s : f.sla) {
            (s.hit ? hits : misses)++;
            sla << s.policy + u'/' + s.target + u':' + (s.hit ? u"hit"_s : u"miss"_s);
        }
        csv.integer(qint64(f.resolutions.size()))
            .integer(qint64(f.reopens.size()))
            .integer(f.humanReplies)
            .integer(f.autoReplies)
            .text(f.resolutions.empty() ? QString() : (f.firstContactResolution ? u"yes"_s : u"no"_s))
            .text(f.resolutions.empty() ? QString() : (f.autoResolved ? u"yes"_s : u"no"_s))
            .integer(hits)
            .integer(misses)
            .text(sla.join(u"; "_s));
        if (f.csatScore > 0)
            csv.integer(f.csatScore);
        else
            csv.empty();
        csv.integer(f.focusMs);
        if (!csv.endRow())
            return writeError(u"write failed"_s);
    }
    if (progress)
        progress(total, total);
    return {};
}

Status writeMessages(const Database &db,
                     const ReportBuilder::Request &request,
                     CsvWriter &csv,
                     const ReportBuilder::Progress &progress,
                     const std::atomic_bool *cancel)
{
    const AnalyticsRepository repo(db);
    auto total = repo.messageCount(request.filter);
    if (!total)
        return total.error();
    csv.row({u"message_id"_s,
             u"conversation_id"_s,
             u"channel"_s,
             u"marketplace"_s,
             u"direction"_s,
             u"status"_s,
             u"automated"_s,
             u"author"_s,
             u"language"_s,
             u"intent"_s,
             u"sentiment"_s,
             u"sent_at"_s,
             u"length"_s});
    qint64 done = 0;
    bool stopped = false;
    bool failed = false;
    auto s = repo.forEachMessage(request.filter, [&](const AnalyticsRepository::MessageReportRow &m) {
        if (done % 1024 == 0) {
            if (isCancelled(cancel)) {
                stopped = true;
                return false;
            }
            if (progress)
                progress(done, total.value());
        }
        csv.integer(m.id)
            .integer(m.conversationId)
            .text(m.channel)
            .text(m.marketplace)
            .text(m.direction)
            .text(m.status)
            .text(m.automated ? u"yes"_s : u"no"_s)
            .text(m.author)
            .text(m.language)
            .text(m.intent)
            .text(m.sentiment)
            .text(ReportBuilder::isoTime(m.sentAt))
            .integer(m.length);
        ++done;
        if (!csv.endRow()) {
            failed = true;
            return false;
        }
        return true;
    });
    if (!s)
        return s;
    if (stopped)
        return cancelledError();
    if (failed)
        return writeError(u"write failed"_s);
    if (progress)
        progress(done, done);
    return {};
}

} // namespace

QString ReportBuilder::kindToString(Kind kind)
{
    switch (kind) {
    case Kind::Conversations: return u"conversations"_s;
    case Kind::Messages: return u"messages"_s;
    case Kind::Summary: return u"summary"_s;
    }
    return u"summary"_s;
}

Result<ReportBuilder::Kind> ReportBuilder::kindFromString(const QString &s)
{
    for (Kind k : {Kind::Conversations, Kind::Messages, Kind::Summary})
        if (kindToString(k) == s)
            return k;
    return Error::make(Error::Code::InvalidArgument,
                       QCoreApplication::translate("hd::ReportBuilder",
                                                   "Unknown report kind \"%1\" (conversations, messages or summary).")
                           .arg(s),
                       u"report kind "_s + s);
}

QString ReportBuilder::isoTime(qint64 utcMs)
{
    if (utcMs <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc()).toString(Qt::ISODate);
}

bool ReportBuilder::writeSummary(const Dashboard &d, CsvWriter &csv)
{
    csv.row({u"section"_s, u"key"_s, u"metric"_s, u"value"_s, u"previous"_s, u"samples"_s, u"display"_s});
    const auto line = [&](const QString &section,
                          const QString &key,
                          const QString &metric,
                          std::optional<double> value,
                          std::optional<double> previous,
                          qint64 samples,
                          int decimals,
                          const QString &display) {
        csv.text(section).text(key).text(metric);
        optionalNumber(csv, value, decimals);
        optionalNumber(csv, previous, decimals);
        csv.integer(samples).text(display);
        return csv.endRow();
    };
    const QString period = isoTime(d.filter.fromMs) + u'/' + isoTime(d.filter.toMs);
    bool ok = line(u"period"_s, period, u"length_ms"_s, double(d.filter.lengthMs()), {}, 0, 0, period);
    for (const auto &f : d.figures) {
        const auto def = MetricDefinitions::of(f.id);
        ok = ok
            && line(u"figure"_s,
                    f.id,
                    def.name,
                    f.value,
                    f.previous,
                    f.samples,
                    decimalsFor(def.unit),
                    MetricDefinitions::format(def, f.value));
    }
    for (const auto &day : d.days) {
        const QString key = day.date.toString(Qt::ISODate);
        ok = ok && line(u"day"_s, key, u"new_conversations"_s, double(day.newConversations), {}, 0, 0, {});
        ok = ok && line(u"day"_s, key, u"inbound_messages"_s, double(day.inbound), {}, 0, 0, {});
        ok = ok && line(u"day"_s, key, u"outbound_messages"_s, double(day.outbound), {}, 0, 0, {});
        ok = ok && line(u"day"_s, key, u"resolutions"_s, double(day.resolutions), {}, 0, 0, {});
        ok = ok && line(u"day"_s, key, u"frt_median_ms"_s, day.frtMedianMs, {}, 0, 1, {});
        ok = ok && line(u"day"_s, key, u"frt_business_median_ms"_s, day.frtBusinessMedianMs, {}, 0, 1, {});
        ok = ok && line(u"day"_s, key, u"nrt_median_ms"_s, day.nrtMedianMs, {}, 0, 1, {});
        ok = ok && line(u"day"_s, key, u"resolution_median_ms"_s, day.resolutionMedianMs, {}, 0, 1, {});
    }
    static const char *const kDays[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    for (int wd = 0; wd < 7; ++wd)
        for (int h = 0; h < 24; ++h)
            ok = ok
                && line(u"heat"_s,
                        QString::fromLatin1(kDays[wd]) + u' ' + QString::number(h).rightJustified(2, u'0'),
                        u"inbound_messages"_s,
                        double(d.heat[size_t(wd * 24 + h)]),
                        {},
                        0,
                        0,
                        {});
    for (const auto &r : d.intents)
        ok = ok && line(u"intent"_s, r.key, u"new_conversations"_s, double(r.count), {}, 0, 0, {});
    for (const auto &r : d.sentiments)
        ok = ok && line(u"sentiment"_s, r.key, u"new_conversations"_s, double(r.count), {}, 0, 0, {});
    for (int s = 0; s < 5; ++s)
        ok = ok
            && line(u"csat"_s,
                    QString::number(s + 1),
                    u"answers"_s,
                    double(d.csatDistribution[size_t(s)]),
                    {},
                    0,
                    0,
                    {});
    const auto sla = [&](const QString &section, const Dashboard::SlaRow &r) {
        const QString key =
            r.channelName.isEmpty() ? r.target : (r.target.isEmpty() ? r.channelName : r.channelName + u'/' + r.target);
        return line(section, key, u"hits"_s, double(r.hits), {}, 0, 0, {})
            && line(section, key, u"misses"_s, double(r.misses), {}, 0, 0, {})
            && line(section, key, u"compliance"_s, r.rate(), {}, r.hits + r.misses, 6, {});
    };
    for (const auto &r : d.slaByTarget)
        ok = ok && sla(u"sla_target"_s, r);
    for (const auto &r : d.slaByChannel)
        ok = ok && sla(u"sla_marketplace"_s, r);
    for (const auto &r : d.slaByChannelTarget)
        ok = ok && sla(u"sla_marketplace_target"_s, r);
    for (const auto &r : d.responseRates) {
        const QString key = r.channelName;
        ok = ok && line(u"response_rate"_s, key, u"rule"_s, {}, {}, 0, 0, r.rule)
            && line(u"response_rate"_s, key, u"in_time"_s, double(r.inTime), {}, 0, 0, {})
            && line(u"response_rate"_s, key, u"late"_s, double(r.late), {}, 0, 0, {})
            && line(u"response_rate"_s, key, u"missed"_s, double(r.missed), {}, 0, 0, {})
            && line(u"response_rate"_s, key, u"open"_s, double(r.open), {}, 0, 0, {})
            && line(u"response_rate"_s, key, u"excluded"_s, double(r.excluded), {}, 0, 0, {})
            && line(u"response_rate"_s, key, u"rate"_s, r.rate, {}, r.inTime + r.late + r.missed, 6, {})
            && line(u"response_rate"_s, key, u"target"_s, r.target, {}, 0, 6, {});
    }
    for (const auto &a : d.agents) {
        const QString key = a.name.isEmpty() ? u"(none)"_s : a.name;
        ok = ok && line(u"agent"_s, key, u"conversations"_s, double(a.conversations), {}, 0, 0, {})
            && line(u"agent"_s, key, u"responses"_s, double(a.responses), {}, 0, 0, {})
            && line(u"agent"_s, key, u"frt_median_ms"_s, a.firstResponse.medianMs, {}, a.firstResponse.count, 1, {})
            && line(u"agent"_s, key, u"resolutions"_s, double(a.resolutions), {}, 0, 0, {})
            && line(u"agent"_s, key, u"csat_score"_s, a.csatScore(), {}, a.csatAnswers, 6, {})
            && line(u"agent"_s, key, u"focus_ms"_s, double(a.focusMs), {}, a.focusConversations, 0, {})
            && line(u"agent"_s, key, u"handle_time_ms"_s, a.handleTimeMs(), {}, a.focusConversations, 1, {});
    }
    return ok;
}

Status ReportBuilder::write(const Database &db,
                            const Request &request,
                            QIODevice *device,
                            qint64 nowMs,
                            const Progress &progress,
                            const std::atomic_bool *cancel)
{
    if (auto s = request.filter.validate(); !s)
        return s;
    CsvWriter csv(device, request.csv);
    if (!csv.begin())
        return writeError(device->errorString());
    switch (request.kind) {
    case Kind::Conversations: return writeConversations(db, request, csv, progress, cancel);
    case Kind::Messages: return writeMessages(db, request, csv, progress, cancel);
    case Kind::Summary: {
        if (progress)
            progress(0, 1);
        auto d = DashboardService::compute(db, request.filter, nowMs, true, cancel);
        if (!d)
            return isCancelled(cancel) ? Status(cancelledError()) : Status(d.error());
        if (!writeSummary(d.value(), csv))
            return writeError(device->errorString());
        if (progress)
            progress(1, 1);
        return {};
    }
    }
    return {};
}

Status ReportBuilder::writeFile(const Database &db,
                                const Request &request,
                                const QString &path,
                                qint64 nowMs,
                                const Progress &progress,
                                const std::atomic_bool *cancel)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path + u": "_s + file.errorString());
    if (auto s = write(db, request, &file, nowMs, progress, cancel); !s) {
        file.cancelWriting();
        return s;
    }
    if (!file.commit())
        return writeError(path + u": "_s + file.errorString());
    return {};
}

} // namespace hd
