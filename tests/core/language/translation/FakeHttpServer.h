#pragma once

// A scripted HTTP/1.1 server on loopback for the translation tests: it replays each provider's
// documented answers (and its failures: 429 with Retry-After, 456, 403, malformed JSON, a server
// that never answers) and records what the client sent.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <utility>

class QTcpSocket;

namespace hd::test {

class FakeHttpServer final : public QObject
{
    Q_OBJECT
public:
    struct Reply
    {
        int status = 200;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
        bool hang = false; ///< accept the request and never answer (for timeouts)
    };
    struct Received
    {
        QByteArray method;
        QByteArray path; ///< without the query
        QUrlQuery query;
        QHash<QByteArray, QByteArray> headers; ///< names lower-cased
        QByteArray body;
    };

    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;
    bool listen();
    QUrl url() const;

    /// Answers requests in order; once the queue is empty, the fallback (default: 500) answers.
    void enqueue(const Reply &reply) { m_queue.append(reply); }
    void setFallback(std::function<Reply(const Received &)> fallback) { m_fallback = std::move(fallback); }
    const QList<Received> &received() const { return m_received; }

    static Reply json(int status, const QByteArray &body, QList<std::pair<QByteArray, QByteArray>> headers = {});

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);

    QTcpServer m_server;
    QList<Reply> m_queue;
    QList<Received> m_received;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    std::function<Reply(const Received &)> m_fallback;
};

} // namespace hd::test
