#pragma once

#include "service.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// What went wrong with a call to Wazzup or WoowUp, in two registers: the
// facts a program needs to decide what to do (kind, HTTP status, the
// service's own code, retryable, ambiguous, the field and record concerned)
// and message(), a translated sentence a support manager can act on.
//
// A default-constructed ApiError means "no error"; `if (job->error())` tests
// for one. Built by ApiErrorMapper from what came back over the wire.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,
        // Before any request was sent.
        InvalidUrl, // the base URL cannot be used
        InsecureUrl, // plain http:// to a host that is not this computer
        InvalidRequest, // e.g. a customer without any identifier
        // No usable HTTP answer.
        Timeout,
        Network, // refused, host not found, connection dropped…
        Tls, // certificate or handshake problem (never ignored)
        InvalidResponse, // a body that is not the JSON the API documents
        Cancelled,
        // The server answered with an error status.
        Authentication, // 401, 403: the API key is wrong or not allowed
        BadRequest, // 400: validation (see code(), details(), field())
        AlreadyExists, // 400 from a create: a record with that identifier exists
        NotFound, // 404
        MethodNotAllowed, // 405: usually a wrong base URL
        AccountDeleted, // 410
        RateLimited, // 429
        ServerError, // 500
        Unavailable, // 502, 503, 504
        Http, // any other status
    };

    ApiError() = default;
    ApiError(Kind kind, Service service);

    explicit operator bool() const { return m_kind != Kind::None; }
    bool isError() const { return m_kind != Kind::None; }

    Kind kind() const { return m_kind; }
    // Empty for "no error".
    std::optional<Service> service() const { return m_service; }
    int httpStatus() const { return m_httpStatus; } // 0 without an HTTP answer
    // The service's code as sent: INVALID_USERS_DATA, TOO_MANY_ENTITIES,
    // USER_LIMIT_EXCEEDED, bad_request, user_not_found, too_many_request…
    QString code() const { return m_code; }
    QStringList details() const { return m_details; } // a 400's errors list
    // The request field the server complained about ("email",
    // "custom_attributes.pet_name", "name"), so a form can mark it.
    QString field() const { return m_field; }
    // The record concerned: a Wazzup user id or a WoowUp identifier value.
    QString recordKey() const { return m_recordKey; }
    // Position of the record within a batch request (Wazzup's data.index), or -1.
    int recordIndex() const { return m_recordIndex; }
    // Transport detail (QNetworkReply's error string, TLS errors, JSON parse
    // error), kept for logs and "details" buttons, never the main message.
    QString technicalDetail() const { return m_technicalDetail; }
    int attempts() const { return m_attempts; }
    int timeoutMs() const { return m_timeoutMs; }

    // Worth trying again later (with the same request).
    bool isRetryable() const;
    // The request may have been carried out although no success came back:
    // a create must check existence before sending it again.
    bool isAmbiguous() const;

    // A whole translated sentence (or two) for the person at the keyboard.
    QString message() const;

    void setKind(Kind kind) { m_kind = kind; }
    void setHttpStatus(int status) { m_httpStatus = status; }
    void setCode(const QString &code) { m_code = code; }
    void setServerMessage(const QString &message) { m_serverMessage = message; }
    void setDetails(const QStringList &details) { m_details = details; }
    void setField(const QString &field) { m_field = field; }
    void setRecordKey(const QString &key) { m_recordKey = key; }
    void setRecordIndex(int index) { m_recordIndex = index; }
    void setTechnicalDetail(const QString &detail) { m_technicalDetail = detail; }
    void setAttempts(int attempts) { m_attempts = attempts; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // For Network: QNetworkReply::NetworkError, kept as int so that this
    // header does not pull in QtNetwork.
    void setNetworkError(int error) { m_networkError = error; }
    int networkError() const { return m_networkError; }
    void setHost(const QString &host) { m_host = host; }
    // For InvalidRequest: the already translated explanation.
    void setCustomMessage(const QString &message) { m_customMessage = message; }

    static QString serviceName(std::optional<Service> service);

private:
    QString messageForBadRequest() const;
    QString fieldLabel() const;

    Kind m_kind = Kind::None;
    std::optional<Service> m_service;
    int m_httpStatus = 0;
    int m_networkError = 0;
    int m_attempts = 0;
    int m_timeoutMs = 0;
    int m_recordIndex = -1;
    QString m_code;
    QString m_serverMessage;
    QStringList m_details;
    QString m_field;
    QString m_recordKey;
    QString m_technicalDetail;
    QString m_host;
    QString m_customMessage;
};

Q_DECLARE_METATYPE(ApiError)
