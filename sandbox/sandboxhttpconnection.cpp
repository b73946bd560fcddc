#include "sandboxhttpconnection.h"

#include "httpreply.h"
#include "sandboxrequest.h"

#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace {

// How long a closing connection waits for the client to close its side.
constexpr int lingerMs = 2000;

} // namespace

SandboxHttpConnection::SandboxHttpConnection(QTcpSocket *socket, Handler handler, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(std::move(handler))
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &SandboxHttpConnection::readIncoming);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    // Bytes that came with the connection.
    QTimer::singleShot(0, this, &SandboxHttpConnection::readIncoming);
}

bool SandboxHttpConnection::isConnected() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

void SandboxHttpConnection::readIncoming()
{
    const QByteArray bytes = m_socket->readAll();
    if (m_closing)
        return; // nothing more is answered on this connection
    m_parser.append(bytes);
    handleBuffered();
}

void SandboxHttpConnection::handleBuffered()
{
    // Requests answered at once are taken by this loop rather than by
    // respond() calling back in: a long pipeline must not deepen the stack.
    if (m_handling)
        return;
    m_handling = true;
    while (!m_busy && !m_closing && isConnected() && handOverNextRequest()) { }
    m_handling = false;
}

bool SandboxHttpConnection::handOverNextRequest()
{
    switch (m_parser.parse()) {
    case HttpRequestParser::State::Head:
        return false;
    case HttpRequestParser::State::Body:
        if (m_parser.expectsContinue() && !m_continueSent) {
            m_continueSent = true;
            write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
        }
        return false;
    case HttpRequestParser::State::Failed: {
        // The stream is out of step: answer what was wrong and close.
        m_closing = true;
        HttpReply reply = HttpReply::json(
            m_parser.failureStatus(),
            QJsonObject{{QStringLiteral("error"),
                         QString::fromLatin1(HttpReply::reasonPhrase(m_parser.failureStatus()))}});
        reply.addHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
        write(reply.serialize());
        closeAfterWriting();
        return false;
    }
    case HttpRequestParser::State::Complete:
        break;
    }
    m_busy = true;
    m_continueSent = false;
    m_keepAlive = m_parser.keepAlive();
    m_http10 = m_parser.isHttp10();
    const SandboxRequest request = m_parser.takeRequest();
    m_head = request.method == "HEAD";
    if (!m_keepAlive)
        m_closing = true; // whatever follows on this connection is not read
    m_handler(request, this);
    return true;
}

void SandboxHttpConnection::respond(HttpReply reply)
{
    if (!m_busy)
        return;
    m_busy = false;
    if (!m_keepAlive)
        reply.addHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
    else if (m_http10)
        reply.addHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("keep-alive"));
    QByteArray message = reply.serialize();
    // HEAD: the length of the body that a GET would get, and no body.
    if (m_head)
        message.chop(reply.body.size());
    write(message);
    if (!m_keepAlive) {
        closeAfterWriting();
        return;
    }
    // An answer sent later (latency) moves on to the next request here; one
    // sent at once returns to the loop in handleBuffered(), which does.
    handleBuffered();
}

void SandboxHttpConnection::drop()
{
    m_busy = false;
    m_closing = true;
    m_socket->abort();
}

void SandboxHttpConnection::hang()
{
    // Stays busy: nothing after this request is read or answered.
    m_closing = true;
}

void SandboxHttpConnection::abort()
{
    m_closing = true;
    m_socket->abort();
}

void SandboxHttpConnection::write(const QByteArray &bytes)
{
    if (isConnected())
        m_socket->write(bytes);
}

void SandboxHttpConnection::closeAfterWriting()
{
    m_closing = true;
    if (m_socket->bytesToWrite() > 0) {
        connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
            if (m_socket->bytesToWrite() == 0)
                shutDownSending();
        });
        return;
    }
    shutDownSending();
}

void SandboxHttpConnection::shutDownSending()
{
    if (m_shutDown || !isConnected())
        return;
    m_shutDown = true;
#ifdef Q_OS_UNIX
    // A half-close, as servers do: the client reads the answer up to the
    // end of the stream, while what it may still be sending is read and
    // dropped. Closing outright with unread bytes would send a reset, which
    // can destroy the answer before the client has read it.
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    QTimer::singleShot(lingerMs, this, &SandboxHttpConnection::abort);
#else
    m_socket->disconnectFromHost();
#endif
}
