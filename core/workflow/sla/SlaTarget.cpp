#include "core/workflow/sla/SlaTarget.h"

namespace hd {
using namespace Qt::StringLiterals;

QString slaTargetToString(SlaTarget target)
{
    switch (target) {
    case SlaTarget::FirstResponse: return u"first_response"_s;
    case SlaTarget::NextResponse: return u"next_response"_s;
    case SlaTarget::Resolution: return u"resolution"_s;
    }
    return u"first_response"_s;
}

SlaTarget slaTargetFromString(const QString &s, bool *ok)
{
    for (auto t : {SlaTarget::FirstResponse, SlaTarget::NextResponse, SlaTarget::Resolution}) {
        if (slaTargetToString(t) == s) {
            if (ok)
                *ok = true;
            return t;
        }
    }
    if (ok)
        *ok = false;
    return SlaTarget::FirstResponse;
}

} // namespace hd
