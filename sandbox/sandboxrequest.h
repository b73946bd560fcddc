#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QUrlQuery>

// What the handlers need from a request, by value: an answer may be sent
// later, after the connection has read further requests.
struct SandboxRequest
{
    QByteArray method; // "GET", "PATCH", ...
    QString path; // percent-encoded, as sent
    QStringList segments; // path split on '/', each percent-decoded
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // target: the request-target as sent (origin-form "/v3/users?offset=0",
    // or absolute-form).
    static SandboxRequest fromTarget(const QByteArray &method, const QByteArray &target,
                                     const QList<QPair<QByteArray, QByteArray>> &headers);

    QByteArray header(const QByteArray &name) const; // case-insensitive
    bool hasQueryItem(const QString &key) const { return query.hasQueryItem(key); }
    QString queryItem(const QString &key) const; // fully decoded
};
