#include "httpreply.h"

#include <QJsonArray>
#include <QJsonObject>

HttpReply HttpReply::json(int status, const QJsonDocument &document)
{
    HttpReply reply;
    reply.status = status;
    reply.body = document.toJson(QJsonDocument::Compact);
    return reply;
}

HttpReply HttpReply::json(int status, const QJsonObject &object)
{
    return json(status, QJsonDocument(object));
}

HttpReply HttpReply::json(int status, const QJsonArray &array)
{
    return json(status, QJsonDocument(array));
}

HttpReply HttpReply::empty(int status)
{
    HttpReply reply;
    reply.status = status;
    reply.contentType.clear();
    return reply;
}

void HttpReply::addHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
}

QByteArray HttpReply::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 204:
        return QByteArrayLiteral("No Content");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 410:
        return QByteArrayLiteral("Gone");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    default:
        return QByteArrayLiteral("Status");
    }
}

QByteArray HttpReply::serialize() const
{
    QByteArray message = QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(status) + ' '
        + reasonPhrase(status) + QByteArrayLiteral("\r\n");
    if (!contentType.isEmpty())
        message += QByteArrayLiteral("Content-Type: ") + contentType + QByteArrayLiteral("\r\n");
    message += QByteArrayLiteral("Content-Length: ") + QByteArray::number(body.size())
        + QByteArrayLiteral("\r\n");
    for (const auto &header : headers)
        message +=
            header.first + QByteArrayLiteral(": ") + header.second + QByteArrayLiteral("\r\n");
    message += QByteArrayLiteral("\r\n");
    message += body;
    return message;
}
