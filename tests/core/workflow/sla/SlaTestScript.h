#pragma once

// Shared helpers for the SLA tests: a tiny script language for event streams, so each data row reads like a
// conversation. "buyer 2024-01-15T10:00Z, agent 10:30, pending 11:00" - a bare HH:MM reuses the date and UTC
// offset of the previous time.

#include "core/workflow/sla/SlaEvent.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QtTest>

namespace hd::test {

using namespace Qt::StringLiterals;

/// Parses full ("2024-01-15T10:00Z", "2024-03-29T17:00+01:00") or short ("10:30") times; the short form takes
/// the date and offset of `context`, which it updates.
inline qint64 parseTime(const QString &token, QString &datePrefix, QString &offsetSuffix)
{
    static const QRegularExpression full(u"^(\\d{4}-\\d\\d-\\d\\dT)(\\d\\d:\\d\\d)(Z|[+-]\\d\\d:\\d\\d)$"_s);
    static const QRegularExpression shortForm(u"^\\d\\d:\\d\\d$"_s);
    QString text;
    if (const auto m = full.match(token); m.hasMatch()) {
        datePrefix = m.captured(1);
        offsetSuffix = m.captured(3);
        text = token;
    } else if (shortForm.match(token).hasMatch() && !datePrefix.isEmpty()) {
        text = datePrefix + token + offsetSuffix;
    } else {
        qFatal("bad time in test script: %s", qPrintable(token));
    }
    const QDateTime dt = QDateTime::fromString(text, Qt::ISODate);
    if (!dt.isValid())
        qFatal("bad time in test script: %s", qPrintable(text));
    return dt.toMSecsSinceEpoch();
}

struct Script
{
    QList<SlaEvent> events;
    QString datePrefix;
    QString offsetSuffix;

    qint64 time(const QString &token) { return parseTime(token.trimmed(), datePrefix, offsetSuffix); }
};

/// "buyer 2024-01-15T10:00Z, agent 10:30" -> events. Words: buyer, agent, auto, pending, open, resolved,
/// reopened, nrn.
inline Script parseEvents(const QString &script)
{
    Script s;
    for (const QString &item : script.split(u',', Qt::SkipEmptyParts)) {
        const QStringList parts = item.trimmed().split(u' ', Qt::SkipEmptyParts);
        if (parts.size() != 2)
            qFatal("bad event in test script: %s", qPrintable(item));
        static const QHash<QString, SlaEvent::Kind> kinds{
            {u"buyer"_s, SlaEvent::Kind::BuyerMessage},
            {u"agent"_s, SlaEvent::Kind::AgentReply},
            {u"auto"_s, SlaEvent::Kind::AutoReply},
            {u"pending"_s, SlaEvent::Kind::StatusPending},
            {u"open"_s, SlaEvent::Kind::StatusOpen},
            {u"resolved"_s, SlaEvent::Kind::Resolved},
            {u"reopened"_s, SlaEvent::Kind::Reopened},
            {u"nrn"_s, SlaEvent::Kind::NoResponseNeeded},
        };
        if (!kinds.contains(parts[0]))
            qFatal("unknown event in test script: %s", qPrintable(parts[0]));
        s.events.append(SlaEvent{kinds.value(parts[0]), s.time(parts[1])});
    }
    return s;
}

/// "2024-01-16T10:00Z" / "2024-04-01T10:00+02:00": minutes precision, the offset of `zone` at that instant.
inline QString formatTime(qint64 utcMs, const QTimeZone &zone)
{
    const QDateTime dt = QDateTime::fromMSecsSinceEpoch(utcMs, zone);
    const int offset = dt.offsetFromUtc();
    QString suffix = u"Z"_s;
    if (offset != 0) {
        const int a = std::abs(offset) / 60;
        suffix = (offset < 0 ? u"-"_s : u"+"_s)
            + u"%1:%2"_s.arg(a / 60, 2, 10, QLatin1Char('0')).arg(a % 60, 2, 10, QLatin1Char('0'));
    }
    return dt.toString(u"yyyy-MM-ddTHH:mm"_s) + suffix;
}

} // namespace hd::test
