#include "core/workflow/sla/SlaReportEvent.h"

#include <array>

namespace hd {
namespace {
using namespace Qt::StringLiterals;
struct KindName
{
    SlaReportEvent::Kind kind;
    QLatin1StringView key;
};
constexpr std::array kKinds{
    KindName{SlaReportEvent::Kind::FirstResponse, "first_response"_L1},
    KindName{SlaReportEvent::Kind::Reply, "reply"_L1},
    KindName{SlaReportEvent::Kind::Resolution, "resolution"_L1},
    KindName{SlaReportEvent::Kind::Reopen, "reopen"_L1},
    KindName{SlaReportEvent::Kind::SlaHit, "sla_hit"_L1},
    KindName{SlaReportEvent::Kind::SlaMiss, "sla_miss"_L1},
};
} // namespace

QString SlaReportEvent::kindToString(Kind kind)
{
    for (const auto &k : kKinds)
        if (k.kind == kind)
            return QString(k.key);
    return u"first_response"_s;
}

SlaReportEvent::Kind SlaReportEvent::kindFromString(const QString &s, bool *ok)
{
    for (const auto &k : kKinds) {
        if (s == k.key) {
            if (ok)
                *ok = true;
            return k.kind;
        }
    }
    if (ok)
        *ok = false;
    return Kind::FirstResponse;
}

} // namespace hd
