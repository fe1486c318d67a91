#include "core/common/Clock.h"

#include <QDateTime>

namespace hd {

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace hd
