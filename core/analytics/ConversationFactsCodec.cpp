#include "core/analytics/ConversationFactsCodec.h"

#include <algorithm>

namespace hd {

namespace {

constexpr quint64 kMaxCount = 1u << 20; // a sanity bound for list lengths in a stored value

// Flag bits of a conversation and of a response.
constexpr quint64 ResolvedNow = 1;
constexpr quint64 FirstContactResolution = 2;
constexpr quint64 AutoResolved = 4;
constexpr quint64 First = 1;
constexpr quint64 FromEvent = 2;

class Writer final
{
public:
    void u(quint64 v)
    {
        while (v >= 0x80) {
            m_out.append(char((v & 0x7f) | 0x80));
            v >>= 7;
        }
        m_out.append(char(v));
    }
    void s(qint64 v) { u((quint64(v) << 1) ^ quint64(v >> 63)); }
    void str(const QString &v)
    {
        const QByteArray utf8 = v.toUtf8();
        u(quint64(utf8.size()));
        m_out.append(utf8);
    }
    QByteArray &bytes() { return m_out; }

private:
    QByteArray m_out;
};

class Reader final
{
public:
    explicit Reader(const QByteArray &in)
        : m_p(reinterpret_cast<const uchar *>(in.constData()))
        , m_end(m_p + in.size())
    {
    }
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_p == m_end; }
    quint64 u()
    {
        quint64 v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_p == m_end) {
                m_ok = false;
                return 0;
            }
            const uchar b = *m_p++;
            v |= quint64(b & 0x7f) << shift;
            if (!(b & 0x80))
                return v;
        }
        m_ok = false;
        return 0;
    }
    qint64 s()
    {
        const quint64 v = u();
        return qint64(v >> 1) ^ -qint64(v & 1);
    }
    quint64 count()
    {
        const quint64 n = u();
        if (n > kMaxCount)
            m_ok = false;
        return m_ok ? n : 0;
    }
    QString str()
    {
        const quint64 n = u();
        if (!m_ok || n > quint64(m_end - m_p)) {
            m_ok = false;
            return {};
        }
        const QString v = QString::fromUtf8(reinterpret_cast<const char *>(m_p), qsizetype(n));
        m_p += n;
        return v;
    }
    char byte()
    {
        if (m_p == m_end) {
            m_ok = false;
            return 0;
        }
        return char(*m_p++);
    }

private:
    const uchar *m_p;
    const uchar *m_end;
    bool m_ok = true;
};

} // namespace

QByteArray ConversationFactsCodec::encode(const ConversationFacts &f, const std::vector<TimelineEntry> &timeline)
{
    Writer w;
    w.bytes().reserve(48 + 12 * int(timeline.size() + f.responses.size() * 3));
    w.bytes().append(char(kFormat));
    // Times relative to the first inbound message (or creation), which most times are close to.
    const qint64 base = f.firstInboundAt != 0 ? f.firstInboundAt : f.createdAt;
    w.s(base);
    w.s(f.firstInboundAt == 0 ? 0 : 1);
    w.u((f.resolvedNow ? ResolvedNow : 0u) | (f.firstContactResolution ? FirstContactResolution : 0u)
        | (f.autoResolved ? AutoResolved : 0u));
    w.u(quint64(f.inbound));
    w.u(quint64(f.humanReplies));
    w.u(quint64(f.autoReplies));
    w.u(quint64(std::max(0, f.eventMismatches)));
    w.u(f.responses.size());
    for (const auto &r : f.responses) {
        w.s(r.messageId);
        w.s(r.at - base);
        w.s(r.at - r.waitingSince);
        w.s(r.calendarMs);
        w.s(r.businessMs);
        w.s(r.agentId);
        w.u((r.first ? First : 0u) | (r.fromEvent ? FromEvent : 0u));
    }
    w.u(f.resolutions.size());
    for (const auto &r : f.resolutions) {
        w.s(r.at - base);
        w.s(r.calendarMs);
        w.s(r.businessMs);
        w.s(r.agentId);
    }
    w.u(f.reopens.size());
    for (qint64 at : f.reopens)
        w.s(at - base);
    w.u(f.sla.size());
    for (const auto &s : f.sla) {
        w.s(s.at - base);
        w.str(s.target);
        w.str(s.policy);
        w.u(s.hit ? 1 : 0);
    }
    // Timeline: delta to the previous message's time, with the kind in the two low bits.
    w.u(timeline.size());
    qint64 previous = base;
    for (const auto &t : timeline) {
        // 0 inbound, 1 human outbound, 2 automated outbound, 3 "no response needed" mark.
        const quint64 kind = t.noResponseNeeded                ? 3
            : t.direction == AnalyticsData::Direction::Inbound ? 0
            : t.automated                                      ? 2
                                                               : 1;
        const qint64 delta = t.sentAt - previous;
        w.u((((quint64(delta) << 1) ^ quint64(delta >> 63)) << 2) | kind);
        previous = t.sentAt;
    }
    return std::move(w.bytes());
}

bool ConversationFactsCodec::decode(const QByteArray &bytes,
                                    ConversationFacts &f,
                                    std::vector<AnalyticsData::MessageRow> &messages,
                                    std::vector<AnalyticsData::MarkRow> &marks)
{
    Reader r(bytes);
    if (r.byte() != char(kFormat))
        return false;
    const qint64 base = r.s();
    f.firstInboundAt = r.s() != 0 ? base : 0;
    const quint64 flags = r.u();
    f.resolvedNow = flags & ResolvedNow;
    f.firstContactResolution = flags & FirstContactResolution;
    f.autoResolved = flags & AutoResolved;
    f.inbound = int(r.u());
    f.humanReplies = int(r.u());
    f.autoReplies = int(r.u());
    f.eventMismatches = int(r.u());
    f.responses.resize(r.count());
    for (auto &x : f.responses) {
        x.messageId = r.s();
        x.at = base + r.s();
        x.waitingSince = x.at - r.s();
        x.calendarMs = r.s();
        x.businessMs = r.s();
        x.agentId = r.s();
        const quint64 rf = r.u();
        x.first = rf & First;
        x.fromEvent = rf & FromEvent;
    }
    f.resolutions.resize(r.count());
    for (auto &x : f.resolutions) {
        x.at = base + r.s();
        x.calendarMs = r.s();
        x.businessMs = r.s();
        x.agentId = r.s();
    }
    f.reopens.resize(r.count());
    for (auto &x : f.reopens)
        x = base + r.s();
    f.sla.resize(r.count());
    for (auto &x : f.sla) {
        x.at = base + r.s();
        x.target = r.str();
        x.policy = r.str();
        x.hit = r.u() != 0;
    }
    const quint64 n = r.count();
    if (!r.ok())
        return false;
    // No reserve() here: the caller reserves once for all conversations (an exact reserve per
    // conversation would reallocate the whole vector every time).
    const size_t start = messages.size();
    const size_t marksStart = marks.size();
    qint64 previous = base;
    for (quint64 i = 0; i < n; ++i) {
        const quint64 v = r.u();
        const quint64 zig = v >> 2;
        const qint64 delta = qint64(zig >> 1) ^ -qint64(zig & 1);
        const qint64 at = previous + delta;
        previous = at;
        const quint64 kind = v & 3;
        if (kind == 3) {
            marks.push_back({f.id, at});
            continue;
        }
        AnalyticsData::MessageRow m;
        m.conversationId = f.id;
        m.sentAt = at;
        m.direction = kind == 0 ? AnalyticsData::Direction::Inbound : AnalyticsData::Direction::Outbound;
        m.automated = kind == 2;
        m.delivered = true;
        messages.push_back(m);
    }
    if (!r.ok() || !r.atEnd()) {
        messages.resize(start);
        marks.resize(marksStart);
        return false;
    }
    return true;
}

std::vector<ConversationFactsCodec::TimelineEntry>
ConversationFactsCodec::timeline(const AnalyticsData::MessageRow *begin,
                                 const AnalyticsData::MessageRow *end,
                                 const AnalyticsData::MarkRow *marksBegin,
                                 const AnalyticsData::MarkRow *marksEnd)
{
    std::vector<TimelineEntry> out;
    out.reserve(size_t(end - begin) + size_t(marksEnd - marksBegin));
    const auto *k = marksBegin;
    for (const auto *m = begin; m != end; ++m) {
        // A mark goes before the first message sent after it (after those of the same ms).
        for (; k != marksEnd && k->at < m->sentAt; ++k)
            out.push_back({k->at, AnalyticsData::Direction::Inbound, false, true});
        if (m->direction == AnalyticsData::Direction::Inbound)
            out.push_back({m->sentAt, m->direction, false, false});
        else if (m->direction == AnalyticsData::Direction::Outbound && m->delivered)
            out.push_back({m->sentAt, m->direction, m->automated, false});
    }
    for (; k != marksEnd; ++k)
        out.push_back({k->at, AnalyticsData::Direction::Inbound, false, true});
    return out;
}

} // namespace hd
