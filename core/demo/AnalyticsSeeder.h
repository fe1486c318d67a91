#pragma once

#include "core/common/Result.h"

#include <QtGlobal>

namespace hd {

class Database;

/// Adds what the analytics need beyond messages to a demo or benchmark workspace, deterministically
/// from the conversation and message ids: CSAT surveys (sent an hour after 70 % of resolved
/// conversations, 55 % answered, scores skewed by sentiment) and focus sessions (1–8 minutes of an
/// agent's focused time before each human reply). Running it twice adds nothing the second time.
class AnalyticsSeeder final
{
public:
    struct Report
    {
        qint64 surveys = 0;
        qint64 focusSessions = 0;
    };
    static Result<Report> seed(const Database &db, qint64 nowMs);
};

} // namespace hd
