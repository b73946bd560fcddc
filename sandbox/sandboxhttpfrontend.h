#pragma once

#include <QAbstractHttpServer>

#include <functional>

struct SandboxRequest;
class QTcpSocket;

// Qt 6.4's low-level server: it hands over the socket with each request,
// which is what lets the sandbox answer late, drop the connection or hang.
class SandboxHttpFrontend : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<void(const SandboxRequest &, QTcpSocket *)>;

    explicit SandboxHttpFrontend(Handler handler, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};
