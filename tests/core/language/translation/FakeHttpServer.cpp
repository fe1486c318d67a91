#include "FakeHttpServer.h"

#include <QTcpSocket>

namespace hd::test {
using namespace Qt::StringLiterals;

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeHttpServer::onNewConnection);
}

FakeHttpServer::~FakeHttpServer()
{
    // Close the connections while the members their handlers use still exist.
    m_server.close();
    const auto sockets = m_server.findChildren<QTcpSocket *>();
    for (QTcpSocket *s : sockets) {
        s->disconnect(this);
        delete s;
    }
}

bool FakeHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FakeHttpServer::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort()));
}

FakeHttpServer::Reply
FakeHttpServer::json(int status, const QByteArray &body, QList<std::pair<QByteArray, QByteArray>> headers)
{
    headers.prepend({"Content-Type", "application/json"});
    return Reply{status, body, headers, false};
}

void FakeHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buf = m_buffers[socket];
    buf += socket->readAll();
    const qsizetype headerEnd = buf.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = buf.left(headerEnd).split('\n');
    Received r;
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    r.method = requestLine.value(0);
    const QByteArray target = requestLine.value(1);
    const qsizetype q = target.indexOf('?');
    r.path = q < 0 ? target : target.left(q);
    if (q >= 0)
        r.query = QUrlQuery(QString::fromUtf8(target.mid(q + 1)));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            r.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    const qsizetype length = r.headers.value("content-length", "0").toLongLong();
    if (buf.size() < headerEnd + 4 + length)
        return; // body not complete yet
    r.body = buf.mid(headerEnd + 4, length);
    buf.clear();
    m_received.append(r);

    Reply reply;
    if (!m_queue.isEmpty())
        reply = m_queue.takeFirst();
    else if (m_fallback)
        reply = m_fallback(r);
    else
        reply = json(500, R"({"error": "no scripted reply"})");
    if (reply.hang)
        return;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + " Scripted\r\n";
    for (const auto &[k, v] : reply.headers)
        out += k + ": " + v + "\r\n";
    out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\nConnection: close\r\n\r\n" + reply.body;
    socket->write(out);
    socket->disconnectFromHost();
}

} // namespace hd::test
