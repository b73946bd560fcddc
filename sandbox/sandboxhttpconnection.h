#pragma once

#include "httprequestparser.h"

#include <QObject>

#include <functional>

struct HttpReply;
struct SandboxRequest;
class QTcpSocket;

// One client connection: reads its requests and answers them strictly one
// after another, in the order they came (pipelining), keeps the connection
// for the next request or closes it after the answer as the request asked
// (Connection: close, HTTP/1.0), and sends 100 Continue to a client that
// waits for it. The handler answers now or later through respond(), drop()
// or hang(); until then the following requests wait their turn.
class SandboxHttpConnection : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(const SandboxRequest &, SandboxHttpConnection *)>;

    // Takes the socket over.
    SandboxHttpConnection(QTcpSocket *socket, Handler handler, QObject *parent = nullptr);

    // Answers the request being handled.
    void respond(HttpReply reply);
    // Resets the connection without an answer.
    void drop();
    // Leaves the request unanswered; the connection stays until abort().
    void hang();
    void abort();

    bool isConnected() const;

private:
    void readIncoming();
    void handleBuffered();
    // Hands the next complete request to the handler; false when there is none.
    bool handOverNextRequest();
    void write(const QByteArray &bytes);
    void closeAfterWriting();
    void shutDownSending();

    QTcpSocket *m_socket;
    Handler m_handler;
    HttpRequestParser m_parser;
    bool m_busy = false; // a request is being answered
    bool m_handling = false; // in handleBuffered()
    bool m_closing = false; // no more requests: the last answer closes
    bool m_continueSent = false;
    bool m_shutDown = false;
    // Of the request being answered:
    bool m_keepAlive = true;
    bool m_http10 = false;
    bool m_head = false;
};
