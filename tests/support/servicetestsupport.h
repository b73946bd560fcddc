#pragma once

// Shared by the service tests: waiting for jobs, a fast client
// configuration, reading the sandbox's statistics, and a tiny scripted HTTP
// server for answers the sandbox does not give (bare arrays, Retry-After,
// 504). Everything goes over real loopback TCP through the real
// QNetworkAccessManager; none of our classes is mocked.

#include "apiclientconfig.h"
#include "apijob.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

// Takes ownership of a job and waits until it has finished.
template<typename Job>
std::unique_ptr<Job> await(Job *job, int timeoutMs = 30000)
{
    job->setAutoDelete(false);
    std::unique_ptr<Job> owned(job);
    if (!job->isFinished()) {
        QSignalSpy spy(job, &ApiJob::finished);
        spy.wait(timeoutMs);
    }
    return owned;
}

// Waits for many jobs at once (they run concurrently within the limiter).
template<typename Job>
std::vector<std::unique_ptr<Job>> awaitAll(const QList<Job *> &jobs, int timeoutMs)
{
    std::vector<std::unique_ptr<Job>> owned;
    for (Job *job : jobs) {
        job->setAutoDelete(false);
        owned.emplace_back(job);
    }
    QElapsedTimer clock;
    clock.start();
    const auto allDone = [&owned] {
        for (const auto &job : owned) {
            if (!job->isFinished())
                return false;
        }
        return true;
    };
    while (!allDone() && clock.elapsed() < timeoutMs)
        QTest::qWait(10);
    return owned;
}

// Short timeouts and backoffs so that failure paths run in milliseconds;
// no client-side rate limit unless a test sets one.
inline ApiClientConfig fastConfig(const QUrl &baseUrl, const QString &key)
{
    ApiClientConfig config;
    config.baseUrl = baseUrl;
    config.apiKey = key;
    config.timeoutMs = 3000;
    config.retry.maxAttempts = 4;
    config.retry.baseDelayMs = 20;
    config.retry.maxDelayMs = 1000;
    config.rateLimit.limit = 0;
    config.rateLimit.maxInFlight = 6;
    return config;
}

// A client with the service's own defaults (rate limit included) against
// the sandbox, quick to retry; for tests that drive accounts and forms as
// the app does. Aborts the test program when the client cannot be made.
template<typename Client>
Client *sandboxClient(const QUrl &baseUrl, const QString &key, QObject *parent)
{
    ApiClientConfig config = Client::defaultConfig();
    config.baseUrl = baseUrl;
    config.apiKey = key;
    config.timeoutMs = 10000;
    config.retry.baseDelayMs = 10;
    ApiError problem;
    Client *client = Client::create(config, &problem, parent);
    if (!client)
        qFatal("client: %s", qPrintable(problem.message()));
    return client;
}

inline int routeCount(const QJsonObject &stats, const QString &route, const QString &outcome)
{
    return stats.value(QLatin1String("requests"))
        .toObject()
        .value(QLatin1String("by_route"))
        .toObject()
        .value(route)
        .toObject()
        .value(outcome)
        .toInt();
}

inline int statusCount(const QJsonObject &stats, const QString &outcome)
{
    return stats.value(QLatin1String("requests"))
        .toObject()
        .value(QLatin1String("by_status"))
        .toObject()
        .value(outcome)
        .toInt();
}

// Answers each incoming HTTP request with the next scripted answer (the
// last one repeats). An answer with status 0 is never sent: the connection
// hangs until the client gives up; status -1 closes the connection at once.
class ScriptedHttpServer : public QObject
{
public:
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };

    explicit ScriptedHttpServer(const QList<Answer> &answers)
        : m_answers(answers)
    {
        m_server.listen(QHostAddress::LocalHost);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, this,
                                 [this, socket] { onReadyRead(socket); });
            }
        });
    }

    QUrl baseUrl() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_server.serverPort()));
    }
    QList<QByteArray> requestLines() const { return m_requestLines; }
    QList<qint64> requestTimes() const { return m_requestTimes; } // ms since construction

private:
    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const QByteArray head = buffer.left(headerEnd);
            qsizetype length = 0;
            for (const QByteArray &line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer.size() < headerEnd + 4 + length)
                return;
            buffer.remove(0, headerEnd + 4 + length);
            m_requestLines.append(head.left(head.indexOf('\r')));
            m_requestTimes.append(m_clock.elapsed());
            const Answer answer = m_answers.at(qMin(m_next++, int(m_answers.size()) - 1));
            if (answer.status == 0)
                continue;
            if (answer.status < 0) {
                socket->abort();
                return;
            }
            QByteArray reply = "HTTP/1.1 " + QByteArray::number(answer.status) + " X\r\n";
            reply += "Content-Type: application/json\r\nContent-Length: "
                + QByteArray::number(answer.body.size()) + "\r\n";
            for (const auto &header : answer.headers)
                reply += header.first + ": " + header.second + "\r\n";
            reply += "\r\n" + answer.body;
            socket->write(reply);
        }
    }

    QTcpServer m_server;
    QList<Answer> m_answers;
    int m_next = 0;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QByteArray> m_requestLines;
    QList<qint64> m_requestTimes;
    QElapsedTimer m_clock = [] {
        QElapsedTimer clock;
        clock.start();
        return clock;
    }();
};
