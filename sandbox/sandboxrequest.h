#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QUrlQuery>

class QHttpServerRequest;

// A copy of what the handlers need from a request. QHttpServerRequest cannot
// be copied and dies with its socket, while answers may be sent later.
struct SandboxRequest
{
    QByteArray method; // "GET", "PATCH", ...
    QString path; // percent-encoded, as sent
    QStringList segments; // path split on '/', each percent-decoded
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static SandboxRequest fromHttp(const QHttpServerRequest &request);

    QByteArray header(const QByteArray &name) const; // case-insensitive
    bool hasQueryItem(const QString &key) const { return query.hasQueryItem(key); }
    QString queryItem(const QString &key) const; // fully decoded
};
