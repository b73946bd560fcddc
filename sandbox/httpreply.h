#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>

// One answer, ready to be written to the socket (now or after the latency).
struct HttpReply
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpReply json(int status, const QJsonDocument &document);
    static HttpReply json(int status, const QJsonObject &object);
    static HttpReply json(int status, const QJsonArray &array);
    static HttpReply empty(int status);

    void addHeader(const QByteArray &name, const QByteArray &value);
    // The full HTTP/1.1 message: status line, headers, blank line, body.
    QByteArray serialize() const;
    static QByteArray reasonPhrase(int status);
};
