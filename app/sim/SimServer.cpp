#include "app/sim/SimServer.h"

#include "app/sim/SimScenarioGenerator.h"
#include "core/common/Clock.h"

#include <QFile>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace hd::sim {

namespace {

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    default: return "OTHER";
    }
}

QStringList splitPath(const QString &path)
{
    return path.split(u'/', Qt::SkipEmptyParts);
}

SimResponse simError(int status, const QString &message)
{
    return SimResponse::json(status, QJsonObject{{u"error"_s, message}});
}

} // namespace

SimServer::SimServer(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_state(clock)
    , m_http(std::make_unique<QHttpServer>())
{
    // One catch-all route: the QString converter is widened to match a whole path, and our own
    // router (addRoute) does the matching, so route files need not know QHttpServer's patterns.
    m_http->router()->addConverter(QMetaType::fromType<QString>(), u".*");
    m_http->route(u"/<arg>"_s,
                  [this](const QString &, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                      dispatch(request, std::move(responder));
                  });
}

SimServer::~SimServer()
{
    m_held.clear();
}

Status SimServer::loadScenario(const QJsonObject &scenario)
{
    m_state.load(scenario);
    m_faults.clear();
    m_lastAnswer.clear();
    if (scenario.contains(u"seed"_s))
        setSeed(quint32(scenario.value(u"seed"_s).toInteger()));
    const QJsonArray faults = scenario.value(u"faults"_s).toArray();
    for (const QJsonValue &v : faults) {
        if (Status s = addFault(v.toObject()); !s)
            return s;
    }
    return {};
}

Status SimServer::loadScenarioFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::NotFound, u"Cannot open scenario %1"_s.arg(path), file.errorString());
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return Error::make(Error::Code::Parse,
                           u"Scenario %1 is not a JSON object"_s.arg(path),
                           u"at byte %1: %2"_s.arg(pe.offset).arg(pe.errorString()));
    return loadScenario(doc.object());
}

Result<quint16> SimServer::listen(quint16 port)
{
    const quint16 p = m_http->listen(QHostAddress::LocalHost, port);
    if (p == 0)
        return Error::make(Error::Code::Unavailable, u"Cannot listen on 127.0.0.1:%1"_s.arg(port));
    m_port = p;
    return p;
}

QUrl SimServer::baseUrl() const
{
    QUrl u;
    u.setScheme(u"http"_s);
    u.setHost(u"127.0.0.1"_s);
    u.setPort(m_port);
    return u;
}

void SimServer::addRoute(const QString &name, const QByteArray &method, const QString &pattern, Handler handler)
{
    m_routes.append(Route{name, method, splitPath(pattern), std::move(handler)});
}

bool SimServer::wrapRoute(const QString &name, std::function<SimResponse(const SimRequest &, const Handler &)> wrapper)
{
    for (Route &r : m_routes) {
        if (r.name != name)
            continue;
        r.handler = [previous = std::move(r.handler), wrapper = std::move(wrapper)](const SimRequest &req) {
            return wrapper(req, previous);
        };
        return true;
    }
    return false;
}

void SimServer::addInjector(const QString &channel, Injector injector)
{
    m_injectors.insert(channel, std::move(injector));
}

QStringList SimServer::routeNames() const
{
    QStringList names;
    for (const Route &r : m_routes)
        names.append(r.name);
    return names;
}

Result<QJsonObject> SimServer::inject(const QString &channel, const QJsonObject &request)
{
    const auto it = m_injectors.constFind(channel);
    if (it == m_injectors.cend())
        return Error::make(
            Error::Code::NotFound,
            u"No injector for channel '%1' (known: %2)"_s.arg(channel, QStringList(m_injectors.keys()).join(u", "_s)));
    Result<QJsonObject> created = (*it)(request);
    if (created)
        Q_EMIT injected(channel, created.value());
    return created;
}

Status SimServer::addFault(const QJsonObject &rule)
{
    SimFault f;
    QString error;
    if (!SimFault::fromJson(rule, &f, &error))
        return Error::make(Error::Code::InvalidArgument, error);
    m_faults.append(f);
    return {};
}

const SimServer::Route *
SimServer::match(const QByteArray &method, const QString &path, QHash<QString, QString> *params, bool *pathKnown) const
{
    const QStringList segs = splitPath(path);
    *pathKnown = false;
    for (const Route &r : m_routes) {
        if (r.segments.size() != segs.size())
            continue;
        QHash<QString, QString> captured;
        bool ok = true;
        for (qsizetype i = 0; i < segs.size() && ok; ++i) {
            const QString &p = r.segments.at(i);
            if (p.startsWith(u'{') && p.endsWith(u'}'))
                captured.insert(p.mid(1, p.size() - 2), segs.at(i));
            else
                ok = p == segs.at(i);
        }
        if (!ok)
            continue;
        *pathKnown = true;
        if (r.method != method)
            continue;
        *params = captured;
        return &r;
    }
    return nullptr;
}

std::optional<SimFault> SimServer::takeFault(const QString &routeName)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        SimFault &f = m_faults[i];
        if (!f.matches(routeName))
            continue;
        if (f.remaining > 0) {
            const SimFault fired = f;
            if (--f.remaining == 0 && f.probability <= 0)
                m_faults.removeAt(i);
            return fired;
        }
        if (f.probability > 0 && m_random.generateDouble() < f.probability)
            return f;
    }
    return std::nullopt;
}

void SimServer::dispatch(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    SimRequest req;
    req.method = methodName(request.method());
    req.path = request.url().path();
    req.query = request.query();
    for (const auto &h : request.headers())
        req.headers.append({h.first, h.second});
    req.body = request.body();

    if (req.path.startsWith(u"/_sim/"_s) || req.path == u"/_sim"_s) {
        write(responder, handleControl(req));
        return;
    }

    bool pathKnown = false;
    const Route *route = match(req.method, req.path, &req.params, &pathKnown);
    if (!route) {
        write(responder,
              pathKnown ? simError(405, u"method not allowed"_s)
                        : simError(404, u"no simulated route for "_s + req.path));
        return;
    }
    ++m_counts[route->name];
    const QString replayKey = route->name + u' ' + req.path;

    if (const std::optional<SimFault> fault = takeFault(route->name)) {
        if (fault->kind != SimFault::Kind::Duplicate || m_lastAnswer.contains(replayKey))
            ++m_faultCounts[SimFault::kindToString(fault->kind)];
        switch (fault->kind) {
        case SimFault::Kind::ServerError:
            write(responder, simError(fault->status, u"simulated server error"_s));
            return;
        case SimFault::Kind::RateLimited: {
            SimResponse r = simError(429, u"simulated rate limit"_s);
            r.setHeader("Retry-After", QByteArray::number(fault->retryAfterSec));
            write(responder, r);
            return;
        }
        case SimFault::Kind::Timeout: m_held.push_back(std::move(responder)); return;
        case SimFault::Kind::Malformed: {
            // A 200 to a write means the server did it: run the handler, then garble the answer.
            if (req.method != "GET")
                (void)route->handler(req);
            SimResponse r;
            r.setHeader("Content-Type", "application/json");
            r.body = "{\"this is\": not json, <html>oops</html>";
            write(responder, r);
            return;
        }
        case SimFault::Kind::Truncated: {
            const SimResponse full = route->handler(req);
            QTcpSocket *socket = responder.socket();
            responder.writeStatusLine(QHttpServerResponder::StatusCode(full.status));
            for (const auto &[k, v] : full.headers)
                responder.writeHeader(k, v);
            responder.writeHeader("Content-Length", QByteArray::number(full.body.size() + 64));
            responder.writeHeader("Connection", "close");
            responder.writeBody(full.body.left(full.body.size() / 2));
            if (socket) {
                socket->flush();
                socket->disconnectFromHost();
            }
            return;
        }
        case SimFault::Kind::Duplicate: {
            const auto last = m_lastAnswer.constFind(replayKey);
            if (last != m_lastAnswer.cend()) {
                write(responder, *last);
                return;
            }
            break; // nothing to repeat yet: answer normally
        }
        }
    }

    const SimResponse answer = route->handler(req);
    if (answer.status >= 200 && answer.status < 300)
        m_lastAnswer.insert(replayKey, answer);
    write(responder, answer);
}

void SimServer::write(QHttpServerResponder &responder, const SimResponse &r)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(r.status));
    for (const auto &[k, v] : r.headers)
        responder.writeHeader(k, v);
    responder.writeHeader("Content-Length", QByteArray::number(r.body.size()));
    responder.writeBody(r.body);
}

SimResponse SimServer::handleControl(const SimRequest &req)
{
    const QString what = req.path.mid(6);
    if (what == u"health"_s) {
        return SimResponse::json(QJsonObject{{u"ok"_s, true},
                                             {u"routes"_s, QJsonArray::fromStringList(routeNames())},
                                             {u"channels"_s, QJsonArray::fromStringList(m_state.channels())}});
    }
    if (what == u"faults"_s) {
        if (req.method == "DELETE") {
            clearFaults();
            return SimResponse::json(QJsonObject{{u"ok"_s, true}});
        }
        if (req.method == "POST") {
            const QJsonDocument doc = QJsonDocument::fromJson(req.body);
            QJsonArray rules;
            if (doc.isArray())
                rules = doc.array();
            else if (doc.object().contains(u"faults"_s))
                rules = doc.object().value(u"faults"_s).toArray();
            else if (doc.isObject())
                rules.append(doc.object());
            else
                return simError(400, u"body must be a fault rule, an array of them or {\"faults\": [...]}"_s);
            for (const QJsonValue &v : rules) {
                if (Status s = addFault(v.toObject()); !s)
                    return simError(400, s.error().message);
            }
        }
        QJsonArray list;
        for (const SimFault &f : std::as_const(m_faults))
            list.append(f.toJson());
        return SimResponse::json(QJsonObject{{u"faults"_s, list}});
    }
    if (what == u"inject"_s && req.method == "POST") {
        const QJsonObject body = req.json();
        const Result<QJsonObject> created = inject(body.value(u"channel"_s).toString(), body);
        if (!created)
            return simError(400, created.error().message);
        return SimResponse::json(created.value());
    }
    if (what == u"generate"_s && req.method == "POST") {
        const Result<QJsonObject> generated = SimScenarioGenerator::generate(*this, req.json());
        if (!generated)
            return simError(400, generated.error().message);
        return SimResponse::json(generated.value());
    }
    if (what == u"expire_tokens"_s && req.method == "POST") {
        const QString channel = req.json().value(u"channel"_s).toString();
        if (channel.isEmpty()) {
            for (const QString &c : m_state.channels())
                m_state.expireAccessToken(c);
        } else {
            m_state.expireAccessToken(channel);
        }
        return SimResponse::json(QJsonObject{{u"ok"_s, true}});
    }
    if (what == u"sent"_s) {
        const QString channel = req.queryValue(u"channel"_s);
        QJsonArray all;
        const QStringList chans = channel.isEmpty() ? m_state.channels() : QStringList{channel};
        for (const QString &c : chans)
            for (const QJsonValue &v : m_state.sent(c))
                all.append(v);
        return SimResponse::json(QJsonObject{{u"sent"_s, all}, {u"count"_s, all.size()}});
    }
    if (what == u"stats"_s) {
        QJsonObject counts;
        for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
            counts.insert(it.key(), it.value());
        QJsonObject faults;
        for (auto it = m_faultCounts.cbegin(); it != m_faultCounts.cend(); ++it)
            faults.insert(it.key(), it.value());
        return SimResponse::json(
            QJsonObject{{u"requests"_s, counts}, {u"faults"_s, faults}, {u"held"_s, qint64(m_held.size())}});
    }
    return simError(404, u"unknown control endpoint "_s + req.path);
}

} // namespace hd::sim
