#pragma once

// A blocking-looking HTTP helper for the sandbox tests: each call runs a
// local event loop until the reply finishes (or the transfer timeout fires).

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

struct TestResponse
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;

    QJsonDocument json(QJsonParseError *parseError = nullptr) const
    {
        return QJsonDocument::fromJson(body, parseError);
    }
    bool isJson() const
    {
        QJsonParseError parseError;
        json(&parseError);
        return parseError.error == QJsonParseError::NoError;
    }
    QJsonObject object() const { return json().object(); }
    QJsonArray array() const { return json().array(); }
    QJsonValue payload() const { return object().value(QLatin1String("payload")); }
    QStringList errors() const
    {
        QStringList list;
        for (const QJsonValue &value :
             payload().toObject().value(QLatin1String("errors")).toArray())
            list.append(value.toString());
        return list;
    }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &pair : headers) {
            if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
                return pair.second;
        }
        return QByteArray();
    }
    bool hasHeader(const QByteArray &name) const
    {
        for (const auto &pair : headers) {
            if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
};

class SandboxTestClient
{
public:
    explicit SandboxTestClient(const QUrl &base)
        : m_base(base)
    { }

    void setBase(const QUrl &base) { m_base = base; }
    void setAuthorization(const QByteArray &value) { m_authorization = value; }
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }
    // Sent with every request; Content-Type here replaces the default.
    void setRawHeader(const QByteArray &name, const QByteArray &value)
    {
        m_rawHeaders.append({name, value});
    }

    QNetworkRequest request(const QString &pathAndQuery) const
    {
        QNetworkRequest request(m_base.resolved(QUrl(pathAndQuery)));
        if (!m_authorization.isEmpty())
            request.setRawHeader(QByteArrayLiteral("Authorization"), m_authorization);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        for (const auto &header : m_rawHeaders)
            request.setRawHeader(header.first, header.second);
        request.setTransferTimeout(m_timeoutMs);
        return request;
    }

    QNetworkReply *start(const QByteArray &verb, const QString &pathAndQuery,
                         const QByteArray &body = QByteArray())
    {
        const QNetworkRequest req = request(pathAndQuery);
        if (body.isEmpty() && (verb == "GET" || verb == "DELETE"))
            return m_manager.sendCustomRequest(req, verb);
        return m_manager.sendCustomRequest(req, verb, body);
    }

    static TestResponse wait(QNetworkReply *reply)
    {
        QElapsedTimer timer;
        timer.start();
        if (!reply->isFinished()) {
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
        }
        TestResponse response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.error = reply->error();
        if (reply->isOpen())
            response.body = reply->readAll();
        response.headers = reply->rawHeaderPairs();
        response.elapsedMs = timer.elapsed();
        reply->deleteLater();
        return response;
    }

    TestResponse send(const QByteArray &verb, const QString &pathAndQuery,
                      const QByteArray &body = QByteArray())
    {
        return wait(start(verb, pathAndQuery, body));
    }
    TestResponse get(const QString &pathAndQuery) { return send("GET", pathAndQuery); }
    TestResponse post(const QString &path, const QJsonDocument &body)
    {
        return send("POST", path, body.toJson(QJsonDocument::Compact));
    }
    TestResponse put(const QString &path, const QJsonDocument &body)
    {
        return send("PUT", path, body.toJson(QJsonDocument::Compact));
    }

private:
    QUrl m_base;
    QByteArray m_authorization;
    QList<QPair<QByteArray, QByteArray>> m_rawHeaders;
    int m_timeoutMs = 10000;
    QNetworkAccessManager m_manager;
};
