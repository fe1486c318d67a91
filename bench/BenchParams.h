#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace hd::bench {

/// What one benchmark run does; defaults are DESIGN.md section 5's reference workload.
struct BenchParams
{
    int conversations = 250'000;
    int messages = 1'000'000;
    quint64 seed = 1;
    int batchSize = 250;
    qint64 nowMs = 0;    ///< "now" for the generator; fixed for the whole run
    int cachePages = 10; ///< pages of 100 the simulated inbox model keeps while scrolling
    QString directory;   ///< where the workspace files go
    bool keepFiles = false;
    QStringList phases{QStringLiteral("pipeline"),
                       QStringLiteral("bare"),
                       QStringLiteral("bulk"),
                       QStringLiteral("read"),
                       QStringLiteral("dashboard")};
};

/// Real values found in the generated data, so searches hit what an agent would look for.
struct QuerySamples
{
    QStringList orderNumbers;
    QStringList buyerNames;
    QStringList modelCodes;
    QStringList trackingNumbers;
};

} // namespace hd::bench
