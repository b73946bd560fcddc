#pragma once

// HTTP/1.x over a bare QTcpSocket, for what QNetworkAccessManager hides from
// a test: whether the server closes the connection, interim 100 responses,
// several requests written at once. The sandbox runs in the test's thread, so
// every wait spins the event loop instead of blocking on the socket.

#include <QByteArray>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QTcpSocket>
#include <QTest>

#include <optional>

struct RawHttpResponse
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &entry : headers) {
            if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
                return entry.second;
        }
        return QByteArray();
    }
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
};

class RawHttpClient
{
public:
    using Header = QPair<QByteArray, QByteArray>;
    using Headers = QList<Header>;

    explicit RawHttpClient(quint16 port)
        : m_port(port)
    { }

    bool connectToServer(int timeoutMs = 5000)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, m_port);
        return QTest::qWaitFor(
            [this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, timeoutMs);
    }

    // One request as a client writes it; Content-Length is added for a body.
    static QByteArray request(const QByteArray &method, const QByteArray &target,
                              const Headers &headers, const QByteArray &body = QByteArray(),
                              const QByteArray &version = QByteArrayLiteral("HTTP/1.1"))
    {
        QByteArray bytes = method + ' ' + target + ' ' + version + "\r\nHost: 127.0.0.1\r\n";
        for (const auto &header : headers)
            bytes += header.first + ": " + header.second + "\r\n";
        if (!body.isEmpty())
            bytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        return bytes + "\r\n" + body;
    }

    void write(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }

    // The next whole response (a 100 Continue included), or nothing when the
    // connection closed or the time ran out first.
    std::optional<RawHttpResponse> readResponse(int timeoutMs = 5000)
    {
        std::optional<RawHttpResponse> response;
        (void)QTest::qWaitFor(
            [&] {
                m_buffer += m_socket.readAll();
                response = takeResponse();
                return response.has_value()
                    || m_socket.state() == QAbstractSocket::UnconnectedState;
            },
            timeoutMs);
        if (!response) {
            m_buffer += m_socket.readAll();
            response = takeResponse();
        }
        return response;
    }

    // True once the server has closed the connection; what it sent before
    // stays readable.
    bool waitForClose(int timeoutMs)
    {
        return QTest::qWaitFor(
            [this] {
                m_buffer += m_socket.readAll();
                return m_socket.state() == QAbstractSocket::UnconnectedState;
            },
            timeoutMs);
    }

    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QByteArray unreadBytes() const { return m_buffer; }
    quint16 localPort() const { return m_socket.localPort(); }

private:
    std::optional<RawHttpResponse> takeResponse()
    {
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return std::nullopt;
        const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
        RawHttpResponse response;
        const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
        if (statusLine.size() < 2 || !statusLine.first().startsWith("HTTP/1."))
            return std::nullopt;
        response.status = statusLine.at(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                response.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
        }
        // The sandbox always sends Content-Length; 1xx answers have no body.
        const qsizetype length =
            response.status < 200 ? 0 : response.header("Content-Length").toLongLong();
        const qsizetype total = headEnd + 4 + length;
        if (m_buffer.size() < total)
            return std::nullopt;
        response.body = m_buffer.mid(headEnd + 4, length);
        m_buffer.remove(0, total);
        return response;
    }

    quint16 m_port;
    QTcpSocket m_socket;
    QByteArray m_buffer;
};
