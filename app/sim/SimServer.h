#pragma once

#include "app/sim/SimFault.h"
#include "app/sim/SimRequest.h"
#include "app/sim/SimResponse.h"
#include "app/sim/SimState.h"
#include "core/common/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <list>
#include <memory>
#include <optional>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace hd {
class Clock;
}

namespace hd::sim {

/// harbordesk-sim's engine: a loopback HTTP server (Qt HttpServer) that speaks the channel APIs
/// from a scenario. Route files (routes/EbayRoutes.cpp, ...) register their endpoints with
/// addRoute() and a live-message injector with addInjector(). Every request passes the fault
/// rules first (5xx, 429 + Retry-After, no answer, malformed or truncated body, a page served
/// twice). Control endpoints under /_sim/ let tests and the demo steer it:
///   POST /_sim/faults   {"route","kind","status","retryAfter","probability","next"} or {"faults":[...]}
///   DELETE /_sim/faults clears them; GET /_sim/faults lists them
///   POST /_sim/inject   {"channel":"ebay","buyer":"…","text":"…",["conversationId"],["orderId"]}
///   POST /_sim/expire_tokens {"channel":"ebay"}
///   GET /_sim/sent?channel=ebay   replies the APIs accepted
///   POST /_sim/generate  generated buyer traffic (SimScenarioGenerator)
///   GET /_sim/stats     requests per route, faults fired per kind; GET /_sim/health
class SimServer final : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<SimResponse(const SimRequest &)>;
    /// Adds one buyer message to a channel's data; returns what was created (ids) or an error.
    using Injector = std::function<Result<QJsonObject>(const QJsonObject &request)>;

    explicit SimServer(const Clock &clock, QObject *parent = nullptr);
    ~SimServer() override;

    /// Loads a scenario (channel sections and "faults"), replacing the current data.
    Status loadScenario(const QJsonObject &scenario);
    Status loadScenarioFile(const QString &path);

    /// Listens on 127.0.0.1:`port` (0: any free port). Returns the port, or an error.
    Result<quint16> listen(quint16 port = 0);
    quint16 port() const { return m_port; }
    /// http://127.0.0.1:<port>
    QUrl baseUrl() const;

    /// Registers a route. `pattern` is a path with {name} segments ("/ebay/x/{id}"); `name` is the
    /// stable route name fault rules use ("ebay.getConversation").
    void addRoute(const QString &name, const QByteArray &method, const QString &pattern, Handler handler);
    /// Puts `wrapper` in front of a registered route's handler; the wrapper gets the request and
    /// the previous handler (the OAuth routes add the authorization-code grant to token endpoints
    /// this way). False when no route has that name.
    bool wrapRoute(const QString &name, std::function<SimResponse(const SimRequest &, const Handler &)> wrapper);
    void addInjector(const QString &channel, Injector injector);
    QStringList injectorChannels() const { return m_injectors.keys(); }
    QStringList routeNames() const;

    Result<QJsonObject> inject(const QString &channel, const QJsonObject &request);
    Status addFault(const QJsonObject &rule);
    void addFault(const SimFault &fault) { m_faults.append(fault); }
    void clearFaults() { m_faults.clear(); }
    QList<SimFault> faults() const { return m_faults; }
    /// Requests seen per route name (control routes not counted).
    QHash<QString, int> requestCounts() const { return m_counts; }
    /// Faults that fired, per kind name ("server_error", "timeout", ...).
    QHash<QString, int> faultCounts() const { return m_faultCounts; }

    SimState &state() { return m_state; }
    const Clock &clock() const { return m_clock; }
    /// Seeds the random source used by probabilistic faults (deterministic runs).
    void setSeed(quint32 seed) { m_random.seed(seed); }

Q_SIGNALS:
    /// A message was injected (control endpoint or live feed).
    void injected(const QString &channel, const QJsonObject &created);

private:
    struct Route
    {
        QString name;
        QByteArray method;
        QStringList segments;
        Handler handler;
    };

    void dispatch(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    SimResponse handleControl(const SimRequest &request);
    const Route *
    match(const QByteArray &method, const QString &path, QHash<QString, QString> *params, bool *pathKnown) const;
    /// The first fault rule that fires for this route, consuming one of its "next N".
    std::optional<SimFault> takeFault(const QString &routeName);
    static void write(QHttpServerResponder &responder, const SimResponse &response);

    const Clock &m_clock;
    SimState m_state;
    std::unique_ptr<QHttpServer> m_http;
    quint16 m_port = 0;
    QList<Route> m_routes;
    QHash<QString, Injector> m_injectors;
    QList<SimFault> m_faults;
    /// For Duplicate: the last answer per route and path (so a list page is replayed for the same
    /// account or conversation, never another one's; the query — the page — may differ).
    QHash<QString, SimResponse> m_lastAnswer;
    QHash<QString, int> m_counts;
    QHash<QString, int> m_faultCounts;
    std::list<QHttpServerResponder> m_held; ///< Timeout faults: requests never answered
    QRandomGenerator m_random{20261122u};
};

} // namespace hd::sim
