#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

struct SandboxRequest;

// The last API requests as they came (route, target, body), for tests that
// must prove what a client sent rather than what the server kept: a form
// that sends one field, a patch without consent. Bounded, oldest dropped.
class SandboxRequestLog
{
public:
    static constexpr int capacity = 1000;

    void record(const QString &route, const SandboxRequest &request);
    void clear() { m_entries.clear(); }

    // [{"route": "PUT /apiv3/users/{id}", "target": "/apiv3/users/10001",
    //   "body": <the JSON sent, or the text when it is not JSON, or null>}]
    QJsonArray toJson() const;

private:
    struct Entry
    {
        QString route;
        QString target;
        QByteArray body;
    };
    QList<Entry> m_entries;
};
