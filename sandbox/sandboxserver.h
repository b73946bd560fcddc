#pragma once

#include "sandboxoptions.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <memory>

// A local emulation of the Wazzup (/v3/...) and WoowUp (/apiv3/...) users
// APIs on one loopback port, with their auth, rate limits and error
// envelopes, plus injected faults and latency. Used in-process by the demo
// mode and the tests, and by the userdesk-sandbox executable.
//
// Inspection routes, never authenticated, never faulted or delayed:
//   GET  /__sandbox/stats     request counts by route and status, store sizes,
//                             duplicate_creates, faults
//   POST /__sandbox/reset     restores the seed and zeroes the counters
//   GET  /__sandbox/segments  the invented WoowUp segment model
//   GET  /__sandbox/requests  the last API requests with their bodies
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(QObject *parent = nullptr);
    explicit SandboxServer(const SandboxOptions &options, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Applies at once; the data is reloaded only when the seed kind changes.
    void setOptions(const SandboxOptions &options);
    const SandboxOptions &options() const;

    // Binds 127.0.0.1 only. port 0 picks a free port; see port().
    bool listen(quint16 port = 0);
    void close(); // also releases connections held by "hang" faults
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT
    QUrl wazzupBaseUrl() const; // http://127.0.0.1:PORT/v3/
    QUrl woowupBaseUrl() const; // http://127.0.0.1:PORT/apiv3/

    void reset(); // same as POST /__sandbox/reset
    QJsonObject stats() const; // same as GET /__sandbox/stats
    int wazzupUserCount() const;
    int woowupCustomerCount() const;
    int duplicateCreates() const;
    // Same as GET /__sandbox/requests: the last API requests, oldest first.
    QJsonArray requestLog() const;

Q_SIGNALS:
    // After each API request; outcome is the status code, "dropped" or "hung".
    void requestServed(const QString &route, const QString &outcome);

private:
    struct Private;
    std::unique_ptr<Private> d;
};
