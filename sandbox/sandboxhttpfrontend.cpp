#include "sandboxhttpfrontend.h"

#include <QTcpServer>
#include <QTcpSocket>

SandboxHttpFrontend::SandboxHttpFrontend(SandboxHttpConnection::Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &SandboxHttpFrontend::acceptConnections);
}

quint16 SandboxHttpFrontend::listen(const QHostAddress &address, quint16 port)
{
    if (!m_server->listen(address, port))
        return 0;
    return m_server->serverPort();
}

void SandboxHttpFrontend::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection())
        new SandboxHttpConnection(socket, m_handler, this);
}
