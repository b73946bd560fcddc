#include "apirequest.h"

#include "apiclient.h"
#include "apierrormapper.h"
#include "clientratelimiter.h"
#include "servicelogging.h"

#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>
#include <QTimer>

ApiRequest::ApiRequest(ApiClient *client, const ApiRequestSpec &spec, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_spec(spec)
    , m_timeout(new QTimer(this))
    , m_retryTimer(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    m_retryTimer->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, &ApiRequest::onTimeout);
    connect(m_retryTimer, &QTimer::timeout, this, &ApiRequest::waitForSlot);
}

ApiRequest::~ApiRequest()
{
    dropReply();
}

void ApiRequest::start()
{
    waitForSlot();
}

void ApiRequest::abort()
{
    if (m_finished)
        return;
    dropReply();
    finish(ApiErrorMapper::cancelled(m_client->service()));
}

void ApiRequest::dropReply()
{
    m_timeout->stop();
    m_retryTimer->stop();
    if (m_reply) {
        // Disconnect first: abort() emits finished() synchronously.
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    if (m_holdsSlot) {
        m_holdsSlot = false;
        m_client->rateLimiter()->release();
    }
}

QString ApiRequest::logPath() const
{
    // The path only: queries carry e-mails and phones, headers the key.
    return m_client->baseUrl().path() + m_spec.path.section(QLatin1Char('?'), 0, 0);
}

void ApiRequest::waitForSlot()
{
    m_client->rateLimiter()->acquire(this, [this] {
        m_holdsSlot = true;
        if (m_finished) {
            m_holdsSlot = false;
            m_client->rateLimiter()->release();
            return;
        }
        sendNow();
    });
}

void ApiRequest::sendNow()
{
    ++m_attempt;
    m_timedOut = false;
    m_sslErrors.clear();
    m_sends = 0;
    m_newConnection = false;
    m_encrypted = false;
    const QNetworkRequest request = m_client->networkRequest(m_spec);
    QNetworkAccessManager *network = m_client->network();
    QNetworkReply *reply = nullptr;
    if (m_spec.verb == "GET" && m_spec.body.isEmpty())
        reply = network->get(request);
    else
        reply = network->sendCustomRequest(request, m_spec.verb, m_spec.body);
    m_reply = reply;
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Recorded for the message, deliberately never ignored.
        QStringList texts;
        for (const QSslError &error : errors)
            texts.append(error.errorString());
        m_sslErrors = texts.join(QLatin1String("; "));
    });
    // QNAM quietly re-sends a request whose connection closed before any
    // byte of the answer (it assumes a stale keep-alive connection), POST
    // included. Counting the sends tells the job when that happened.
    connect(reply, &QNetworkReply::requestSent, this, [this] { ++m_sends; });
    connect(reply, &QNetworkReply::socketStartedConnecting, this,
            [this] { m_newConnection = true; });
    connect(reply, &QNetworkReply::encrypted, this, [this] { m_encrypted = true; });
    connect(reply, &QNetworkReply::finished, this, &ApiRequest::onReplyFinished);
    m_attemptClock.start();
    m_timeout->start(m_client->config().timeoutMs);
}

void ApiRequest::onTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // finishes the reply; onReplyFinished() reports the timeout
}

void ApiRequest::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    m_timeout->stop();
    reply->disconnect(this);
    reply->deleteLater();
    if (m_holdsSlot) {
        m_holdsSlot = false;
        m_client->rateLimiter()->release();
    }

    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_sends > 1) {
        m_transportResends += m_sends - 1;
        m_hadAmbiguousAttempt = true;
    }
    const ApiError error = classify(reply, m_status);
    qCDebug(lcHttp).noquote() << QString::fromLatin1(m_spec.verb) << logPath() << "->"
                              << (m_timedOut ? QStringLiteral("timeout")
                                      : m_status
                                      ? QString::number(m_status)
                                      : QStringLiteral("network error %1").arg(int(reply->error())))
                              << "attempt" << m_attempt << m_attemptClock.elapsed() << "ms";
    if (!error) {
        finish(ApiError());
        return;
    }
    retryOrFinish(error, reply);
}

ApiError ApiRequest::classify(QNetworkReply *reply, int status)
{
    const Service service = m_client->service();
    const QString host = m_client->baseUrl().host();
    if (m_timedOut)
        return ApiErrorMapper::timeout(service, m_client->config().timeoutMs);
    const QNetworkReply::NetworkError networkError = reply->error();
    if (networkError == QNetworkReply::SslHandshakeFailedError) {
        return ApiErrorMapper::tls(
            service, m_sslErrors.isEmpty() ? reply->errorString() : m_sslErrors, host);
    }
    // A fresh https connection that failed before its handshake completed:
    // whatever the socket says ("connection closed"), it is a TLS problem.
    const bool https = m_client->baseUrl().scheme() == QLatin1String("https");
    if (https && m_newConnection && !m_encrypted && status == 0
        && networkError != QNetworkReply::NoError
        && networkError != QNetworkReply::ConnectionRefusedError
        && networkError != QNetworkReply::HostNotFoundError
        && networkError != QNetworkReply::OperationCanceledError) {
        return ApiErrorMapper::tls(
            service,
            m_sslErrors.isEmpty() ? tr("the server ended the connection during the TLS handshake")
                                  : m_sslErrors,
            host);
    }
    // Transport errors (1..199) win over a status: a body cut off after the
    // headers came in is still a broken answer.
    if (status == 0
        || (networkError != QNetworkReply::NoError
            && networkError < QNetworkReply::ContentAccessDenied)) {
        return ApiErrorMapper::fromNetwork(service, int(networkError), reply->errorString(), host);
    }

    m_body = reply->readAll();
    if (status >= 200 && status < 300) {
        if (m_body.trimmed().isEmpty()) {
            if (m_spec.bodyRequired)
                return ApiErrorMapper::invalidResponse(service, status,
                                                       QStringLiteral("empty body"));
            m_json = QJsonDocument();
            return ApiError();
        }
        QJsonParseError parseError;
        m_json = QJsonDocument::fromJson(m_body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            return ApiErrorMapper::invalidResponse(service, status,
                                                   QStringLiteral("invalid JSON at offset %1: %2")
                                                       .arg(parseError.offset)
                                                       .arg(parseError.errorString()));
        }
        return ApiError();
    }
    return ApiErrorMapper::fromHttp(service, status, m_body);
}

void ApiRequest::retryOrFinish(const ApiError &error, QNetworkReply *reply)
{
    ApiError failure = error;
    failure.setAttempts(m_attempt);
    const RetryPolicy &policy = m_client->config().retry;
    const bool mayRetry = failure.isRetryable() && m_attempt < policy.maxAttempts
        && (m_spec.idempotent || !failure.isAmbiguous());
    if (!mayRetry) {
        finish(failure);
        return;
    }
    if (failure.isAmbiguous())
        m_hadAmbiguousAttempt = true;

    int delayMs = 0;
    if (failure.kind() == ApiError::Kind::RateLimited) {
        delayMs = m_client->rateLimitedDelayMs(reply, m_attempt + 1);
        // Everyone on this account waits, not just this request.
        m_client->rateLimiter()->pauseFor(delayMs);
    } else {
        delayMs = policy.backoffMs(m_attempt + 1);
    }
    qCInfo(lcHttp).noquote() << "retrying" << QString::fromLatin1(m_spec.verb) << logPath() << "in"
                             << delayMs << "ms after" << int(failure.kind()) << failure.httpStatus()
                             << failure.technicalDetail();
    m_body.clear();
    m_retryTimer->start(delayMs);
}

void ApiRequest::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    if (m_error && m_error.attempts() == 0)
        m_error.setAttempts(m_attempt);
    emit finished();
}
