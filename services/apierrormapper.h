#pragma once

#include "apierror.h"

#include <QByteArray>

// Turns what came back over the wire (or did not) into an ApiError: the
// status and the service's error body for HTTP errors, the transport's
// error for everything else.
class ApiErrorMapper
{
public:
    // An HTTP answer with an error status. Reads Wazzup's
    // {"error", "description", "data"} or WoowUp's envelope; tolerates an
    // empty or non-JSON body (a proxy's HTML page).
    static ApiError fromHttp(Service service, int status, const QByteArray &body);
    // networkError is a QNetworkReply::NetworkError.
    static ApiError fromNetwork(Service service, int networkError, const QString &errorString,
                                const QString &host);
    static ApiError timeout(Service service, int timeoutMs);
    static ApiError tls(Service service, const QString &detail, const QString &host);
    // A success status whose body is not the JSON the API documents.
    static ApiError invalidResponse(Service service, int status, const QString &detail);
    static ApiError cancelled(Service service);
    // A request refused before sending; message is already translated.
    static ApiError invalidRequest(Service service, const QString &message);

    // The request field named by a server's validation text:
    // "email: Invalid email" -> "email",
    // "custom_attributes.pet: ..." -> "custom_attributes.pet",
    // "user already exists (email is already in use)" -> "email".
    static QString fieldFromText(const QString &text);

private:
    static ApiError::Kind kindForStatus(int status);
};
