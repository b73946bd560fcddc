#pragma once

#include "sandboxhttpconnection.h"

#include <QHostAddress>
#include <QObject>

class QTcpServer;

// The sandbox's HTTP/1.1 server: accepts connections and gives each one a
// SandboxHttpConnection that hands its requests to the handler. Written on
// a bare QTcpServer because QAbstractHttpServer (Qt 6.4) neither closes a
// connection the request asked to close nor tells HTTP/1.0 from 1.1, and
// answers Expect: 100-continue with silence.
class SandboxHttpFrontend : public QObject
{
    Q_OBJECT

public:
    explicit SandboxHttpFrontend(SandboxHttpConnection::Handler handler, QObject *parent = nullptr);

    // The port listened on, 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port);

private:
    void acceptConnections();

    SandboxHttpConnection::Handler m_handler;
    QTcpServer *m_server;
};
