#include "apierrormapper.h"

#include "wazzupcodec.h"
#include "woowupcodec.h"

#include <QNetworkReply>
#include <QRegularExpression>

ApiError::Kind ApiErrorMapper::kindForStatus(int status)
{
    using Kind = ApiError::Kind;
    switch (status) {
    case 400:
    case 422:
        return Kind::BadRequest;
    case 401:
    case 403:
        return Kind::Authentication;
    case 404:
        return Kind::NotFound;
    case 405:
        return Kind::MethodNotAllowed;
    case 410:
        return Kind::AccountDeleted;
    case 429:
        return Kind::RateLimited;
    case 500:
        return Kind::ServerError;
    case 502:
    case 503:
    case 504:
        return Kind::Unavailable;
    default:
        return Kind::Http;
    }
}

QString ApiErrorMapper::fieldFromText(const QString &text)
{
    static const QRegularExpression prefixed(
        QStringLiteral("^\\s*([A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_\\-]+)?)\\s*:"));
    static const QRegularExpression inUse(
        QStringLiteral("\\b([A-Za-z_][A-Za-z0-9_]*) is already in use"));
    QRegularExpressionMatch match = inUse.match(text);
    if (match.hasMatch())
        return match.captured(1);
    match = prefixed.match(text);
    if (match.hasMatch())
        return match.captured(1);
    return QString();
}

ApiError ApiErrorMapper::fromHttp(Service service, int status, const QByteArray &body)
{
    ApiError error(kindForStatus(status), service);
    error.setHttpStatus(status);

    if (service == Service::Wazzup) {
        const WazzupCodec::ErrorBody parsed = WazzupCodec::decodeError(body);
        error.setCode(parsed.code);
        error.setServerMessage(parsed.description);
        const QString field = parsed.data.value(QLatin1String("field")).toString();
        if (!field.isEmpty())
            error.setField(field);
        const QJsonValue index = parsed.data.value(QLatin1String("index"));
        if (index.isDouble())
            error.setRecordIndex(index.toInt());
        const QJsonValue id = parsed.data.value(QLatin1String("id"));
        if (id.isString())
            error.setRecordKey(id.toString());
        if (!parsed.description.isEmpty())
            error.setDetails({parsed.description});
        return error;
    }

    if (service == Service::WoowUp) {
        const auto envelope = WoowUpCodec::decodeEnvelope(body);
        if (!envelope)
            return error;
        error.setCode(envelope->code);
        error.setServerMessage(envelope->message);
        const QStringList details = envelope->errors();
        error.setDetails(details);
        bool exists = false;
        for (const QString &detail : details) {
            if (error.field().isEmpty())
                error.setField(fieldFromText(detail));
            if (detail.contains(QLatin1String("already exists"), Qt::CaseInsensitive))
                exists = true;
        }
        if (status == 400 && exists)
            error.setKind(ApiError::Kind::AlreadyExists);
    }
    return error;
}

ApiError ApiErrorMapper::fromNetwork(Service service, int networkError, const QString &errorString,
                                     const QString &host)
{
    ApiError error(ApiError::Kind::Network, service);
    error.setNetworkError(networkError);
    error.setTechnicalDetail(errorString);
    error.setHost(host);
    return error;
}

ApiError ApiErrorMapper::timeout(Service service, int timeoutMs)
{
    ApiError error(ApiError::Kind::Timeout, service);
    error.setTimeoutMs(timeoutMs);
    return error;
}

ApiError ApiErrorMapper::tls(Service service, const QString &detail, const QString &host)
{
    ApiError error(ApiError::Kind::Tls, service);
    error.setTechnicalDetail(detail);
    error.setHost(host);
    return error;
}

ApiError ApiErrorMapper::invalidResponse(Service service, int status, const QString &detail)
{
    ApiError error(ApiError::Kind::InvalidResponse, service);
    error.setHttpStatus(status);
    error.setTechnicalDetail(detail);
    return error;
}

ApiError ApiErrorMapper::cancelled(Service service)
{
    return ApiError(ApiError::Kind::Cancelled, service);
}

ApiError ApiErrorMapper::invalidRequest(Service service, const QString &message)
{
    ApiError error(ApiError::Kind::InvalidRequest, service);
    error.setCustomMessage(message);
    return error;
}
