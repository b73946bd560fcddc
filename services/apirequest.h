#pragma once

#include "apierror.h"
#include "apirequestspec.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QObject>
#include <QPointer>
#include <QUrl>

class ApiClient;
class QNetworkReply;
class QTimer;

// One HTTP call, with all its attempts (the Nextcloud AbstractNetworkJob
// idea): it owns the QNetworkReply of the current attempt, the timeout
// timer and the error, waits for the rate limiter before each attempt and
// retries what is worth retrying with backoff. It emits finished() exactly
// once; then body()/json() hold the success answer, or error() says why not.
//
// Service jobs (WazzupUserListJob, WoowUpCustomerJob…) own their requests
// as children; nothing else needs to create one.
class ApiRequest : public QObject
{
    Q_OBJECT

public:
    ApiRequest(ApiClient *client, const ApiRequestSpec &spec, QObject *parent = nullptr);
    ~ApiRequest() override;

    void start();
    // Finishes at once with a Cancelled error (unless already finished).
    void abort();

    const ApiRequestSpec &spec() const { return m_spec; }
    bool isFinished() const { return m_finished; }
    const ApiError &error() const { return m_error; }
    int httpStatus() const { return m_status; }
    QByteArray body() const { return m_body; }
    QJsonDocument json() const { return m_json; } // the parsed body of a success
    int attempts() const { return m_attempt; }
    // An earlier attempt may have been carried out by the server although
    // its answer was lost (so a 404 on a retried DELETE means "done").
    bool hadAmbiguousAttempt() const { return m_hadAmbiguousAttempt; }
    // Times the network stack re-sent the request on its own (see sendNow()).
    int transportResends() const { return m_transportResends; }

signals:
    void finished();

private:
    void waitForSlot();
    void sendNow();
    void onTimeout();
    void onReplyFinished();
    ApiError classify(QNetworkReply *reply, int status);
    void retryOrFinish(const ApiError &error, QNetworkReply *reply);
    void finish(const ApiError &error);
    void dropReply();
    QString logPath() const;

    ApiClient *m_client;
    ApiRequestSpec m_spec;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_timeout;
    QTimer *m_retryTimer;
    QElapsedTimer m_attemptClock;
    QString m_sslErrors;
    int m_attempt = 0;
    int m_sends = 0;
    int m_transportResends = 0;
    bool m_newConnection = false;
    bool m_encrypted = false;
    int m_status = 0;
    bool m_holdsSlot = false;
    bool m_timedOut = false;
    bool m_finished = false;
    bool m_hadAmbiguousAttempt = false;
    ApiError m_error;
    QByteArray m_body;
    QJsonDocument m_json;
};
