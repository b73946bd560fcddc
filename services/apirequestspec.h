#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// What to send: one HTTP call of a service's API, before any retry.
struct ApiRequestSpec
{
    QByteArray verb = QByteArrayLiteral("GET");
    // Relative to the client's base URL ("users", "users/abc%2B/exist");
    // already percent-encoded segment by segment.
    QString path;
    // Plain (not encoded) names and values; encoded when sent, '+' included.
    QList<QPair<QString, QString>> query;
    QByteArray body; // sent as application/json when not empty
    // Safe to send twice. A non-idempotent request (a WoowUp create) is
    // only retried when it certainly did not reach the server (429,
    // connection refused); after anything else its job decides.
    bool idempotent = true;
    // An empty 2xx body is a broken answer (WoowUp always sends an envelope).
    bool bodyRequired = false;
};
