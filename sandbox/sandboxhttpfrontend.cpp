#include "sandboxhttpfrontend.h"

#include "httpreply.h"
#include "sandboxrequest.h"

#include <QHttpServerRequest>
#include <QTcpSocket>

SandboxHttpFrontend::SandboxHttpFrontend(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{ }

bool SandboxHttpFrontend::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    m_handler(SandboxRequest::fromHttp(request), socket);
    return true;
}

void SandboxHttpFrontend::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    // Not reached: handleRequest() takes every request.
    socket->write(HttpReply::empty(404).serialize());
}
