#include "core/analytics/MetricDefinitions.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

QString basisText(bool business)
{
    return business ? QCoreApplication::translate(
               "hd::MetricDefinitions",
               "Counted only within business hours (the first company SLA policy on a business calendar; "
               "24/7 when there is none).")
                    : QCoreApplication::translate("hd::MetricDefinitions", "Counted in calendar (wall-clock) time.");
}

QString statText(const QString &stat)
{
    if (stat == "mean"_L1)
        return QCoreApplication::translate("hd::MetricDefinitions", "Mean (average) of the samples.");
    if (stat == "median"_L1)
        return QCoreApplication::translate("hd::MetricDefinitions", "Median: half of the samples were faster.");
    return QCoreApplication::translate("hd::MetricDefinitions",
                                       "90th percentile: 90 % of the samples were at most this long.");
}

} // namespace

MetricDefinitions::Definition MetricDefinitions::of(const QString &id)
{
    Definition d;
    d.id = id;
    // Duration families: frt / nrt / resolution, _[business_]mean|median|p90.
    for (const QString &family : {u"frt"_s, u"nrt"_s, u"resolution"_s}) {
        if (!id.startsWith(family + u'_'))
            continue;
        QString rest = id.mid(family.size() + 1);
        const bool business = rest.startsWith(u"business_"_s);
        if (business)
            rest = rest.mid(9);
        if (rest != "mean"_L1 && rest != "median"_L1 && rest != "p90"_L1)
            break;
        d.unit = Unit::DurationMs;
        d.lowerIsBetter = true;
        const QString stat = rest == "mean"_L1 ? QCoreApplication::translate("hd::MetricDefinitions", "mean")
            : rest == "median"_L1              ? QCoreApplication::translate("hd::MetricDefinitions", "median")
                                               : QCoreApplication::translate("hd::MetricDefinitions", "p90");
        QString what;
        if (family == "frt"_L1) {
            d.name = business
                ? QCoreApplication::translate("hd::MetricDefinitions", "First response, business (%1)").arg(stat)
                : QCoreApplication::translate("hd::MetricDefinitions", "First response (%1)").arg(stat);
            what = QCoreApplication::translate(
                "hd::MetricDefinitions",
                "Time from the buyer's first waiting message to the first human public reply. Auto-replies, "
                "rule or bot messages and internal notes do not count. One sample per conversation whose first "
                "reply was sent in the period.");
        } else if (family == "nrt"_L1) {
            d.name = business
                ? QCoreApplication::translate("hd::MetricDefinitions", "Next response, business (%1)").arg(stat)
                : QCoreApplication::translate("hd::MetricDefinitions", "Next response (%1)").arg(stat);
            what = QCoreApplication::translate(
                "hd::MetricDefinitions",
                "For every later human reply: time from the buyer message that started the wait (the first "
                "of a burst) to the reply. One sample per reply sent in the period.");
        } else {
            d.name = business
                ? QCoreApplication::translate("hd::MetricDefinitions", "Resolution, business (%1)").arg(stat)
                : QCoreApplication::translate("hd::MetricDefinitions", "Resolution time (%1)").arg(stat);
            what = QCoreApplication::translate(
                "hd::MetricDefinitions",
                "Time from the conversation's first buyer message (or its last reopen) to the resolve. Every "
                "resolve in the period is a sample, so a reopened conversation can count twice.");
        }
        d.definition = what + u' ' + statText(rest) + u' ' + basisText(business);
        return d;
    }
    if (id == "fcr_rate"_L1) {
        d.name = QCoreApplication::translate("hd::MetricDefinitions", "First-contact resolution");
        d.definition = QCoreApplication::translate(
            "hd::MetricDefinitions",
            "Conversations first resolved in the period with exactly one human reply and not reopened "
            "by a new question within 7 days, out of all conversations first resolved in the period. A "
            "buyer's \"thank you\" that is resolved again without another reply still counts.");
        d.unit = Unit::Fraction;
    } else if (id == "sla_compliance"_L1 || id.startsWith(u"sla_"_s)) {
        d.unit = Unit::Fraction;
        const QString target = id.mid(4);
        d.name = target == "first_response"_L1
            ? QCoreApplication::translate("hd::MetricDefinitions", "SLA met: first response")
            : target == "next_response"_L1
            ? QCoreApplication::translate("hd::MetricDefinitions", "SLA met: next response")
            : target == "resolution"_L1 ? QCoreApplication::translate("hd::MetricDefinitions", "SLA met: resolution")
                                        : QCoreApplication::translate("hd::MetricDefinitions", "SLA compliance");
        d.definition = QCoreApplication::translate(
            "hd::MetricDefinitions",
            "SLA targets met in time, out of the targets that were met or missed in the period "
            "(marketplace and company clocks each count; from the reporting events).");
    } else if (id == "csat_score"_L1) {
        d.name = QCoreApplication::translate("hd::MetricDefinitions", "CSAT");
        d.definition = QCoreApplication::translate(
            "hd::MetricDefinitions",
            "Survey answers scored 4 or 5 out of all answers, for surveys sent in the period (1–5 scale).");
        d.unit = Unit::Fraction;
    } else if (id == "csat_response_rate"_L1) {
        d.name = QCoreApplication::translate("hd::MetricDefinitions", "CSAT response rate");
        d.definition =
            QCoreApplication::translate("hd::MetricDefinitions", "Surveys answered out of surveys sent in the period.");
        d.unit = Unit::Fraction;
    } else if (id == "auto_resolved_share"_L1) {
        d.name = QCoreApplication::translate("hd::MetricDefinitions", "Auto-resolved");
        d.definition = QCoreApplication::translate(
            "hd::MetricDefinitions",
            "Conversations first resolved in the period without any human reply while an automated "
            "reply was sent, out of all conversations first resolved in the period.");
        d.unit = Unit::Fraction;
    } else if (id == "new_conversations"_L1) {
        d.name = QCoreApplication::translate("hd::MetricDefinitions", "New conversations");
        d.definition = QCoreApplication::translate("hd::MetricDefinitions",
                                                   "Conversations whose first message arrived in the period.");
    } else if (id == "inbound_messages"_L1) {
        d.name = QCoreApplication::translate("hd::MetricDefinitions", "Messages received");
        d.definition = QCoreApplication::translate("hd::MetricDefinitions", "Buyer messages received in the period.");
    } else if (id == "outbound_messages"_L1) {
        d.name = QCoreApplication::translate("hd::MetricDefinitions", "Messages sent");
        d.definition = QCoreApplication::translate(
            "hd::MetricDefinitions",
            "Replies sent in the period, human and automated (queued or failed ones excluded).");
    } else if (id == "resolutions"_L1) {
        d.name = QCoreApplication::translate("hd::MetricDefinitions", "Resolutions");
        d.definition =
            QCoreApplication::translate("hd::MetricDefinitions",
                                        "Resolve events in the period (a conversation resolved twice counts twice).");
    } else if (id == "reopens"_L1) {
        d.name = QCoreApplication::translate("hd::MetricDefinitions", "Reopens");
        d.definition = QCoreApplication::translate(
            "hd::MetricDefinitions",
            "Resolved conversations reopened in the period, by an agent or by a new buyer message.");
        d.lowerIsBetter = true;
    } else if (id == "backlog"_L1) {
        d.name = QCoreApplication::translate("hd::MetricDefinitions", "Backlog");
        d.definition = QCoreApplication::translate(
            "hd::MetricDefinitions",
            "Conversations open or pending at the end of the period, whenever they were created.");
        d.lowerIsBetter = true;
    } else if (id == "handle_time_mean"_L1) {
        d.name = QCoreApplication::translate("hd::MetricDefinitions", "Handle time");
        d.definition = QCoreApplication::translate(
            "hd::MetricDefinitions",
            "Agents' focused time in a conversation (shown while the window is active, idle over 60 s "
            "not counted), per agent and conversation handled in the period.");
        d.unit = Unit::DurationMs;
    }
    return d;
}

QString MetricDefinitions::formatDuration(std::optional<double> ms)
{
    if (!ms)
        return u"—"_s;
    const qint64 s = qint64(std::llround(*ms / 1000.0));
    if (s < 60)
        return QCoreApplication::translate("hd::MetricDefinitions", "%1 s").arg(s);
    const qint64 m = s / 60;
    if (m < 60)
        return QCoreApplication::translate("hd::MetricDefinitions", "%1 min").arg(m);
    const qint64 h = m / 60;
    if (h < 48)
        return QCoreApplication::translate("hd::MetricDefinitions", "%1 h %2 min")
            .arg(h)
            .arg(m % 60, 2, 10, QLatin1Char('0'));
    return QCoreApplication::translate("hd::MetricDefinitions", "%1 d %2 h").arg(h / 24).arg(h % 24);
}

QString MetricDefinitions::format(const Definition &definition, std::optional<double> value)
{
    if (!value)
        return u"—"_s;
    switch (definition.unit) {
    case Unit::DurationMs: return formatDuration(value);
    case Unit::Fraction: return QLocale().toString(*value * 100.0, 'f', 1) + u" %"_s;
    case Unit::Count: return QLocale().toString(qint64(std::llround(*value)));
    }
    return {};
}

} // namespace hd
