#include "apierror.h"

#include <QNetworkReply>

ApiError::ApiError(Kind kind, Service service)
    : m_kind(kind)
    , m_service(service)
{ }

bool ApiError::isRetryable() const
{
    switch (m_kind) {
    case Kind::Timeout:
    case Kind::Network:
    case Kind::InvalidResponse:
    case Kind::RateLimited:
    case Kind::Unavailable:
        return true;
    default:
        return false;
    }
}

bool ApiError::isAmbiguous() const
{
    switch (m_kind) {
    case Kind::Timeout:
    case Kind::InvalidResponse:
    case Kind::ServerError:
    case Kind::Unavailable:
        return true;
    case Kind::Network:
        // These fail before a single byte of the request reaches the server.
        return m_networkError != QNetworkReply::ConnectionRefusedError
            && m_networkError != QNetworkReply::HostNotFoundError;
    default:
        return false;
    }
}

QString ApiError::serviceName(std::optional<Service> service)
{
    if (service)
        return ::serviceName(*service);
    return tr("the server");
}

QString ApiError::fieldLabel() const
{
    // The request's field names are English API words; say them the way
    // the forms label them.
    static const struct
    {
        const char *field;
        const char *label;
    } labels[] = {
        {"id", QT_TR_NOOP("ID")},
        {"name", QT_TR_NOOP("name")},
        {"phone", QT_TR_NOOP("phone")},
        {"service_uid", QT_TR_NOOP("service UID")},
        {"email", QT_TR_NOOP("e-mail")},
        {"document", QT_TR_NOOP("document")},
        {"document_type", QT_TR_NOOP("document type")},
        {"telephone", QT_TR_NOOP("telephone")},
        {"first_name", QT_TR_NOOP("first name")},
        {"last_name", QT_TR_NOOP("last name")},
        {"birthdate", QT_TR_NOOP("birth date")},
        {"gender", QT_TR_NOOP("gender")},
        {"street", QT_TR_NOOP("street")},
        {"postcode", QT_TR_NOOP("postcode")},
        {"city", QT_TR_NOOP("city")},
        {"department", QT_TR_NOOP("department")},
        {"state", QT_TR_NOOP("state")},
        {"country", QT_TR_NOOP("country")},
        {"marital_status", QT_TR_NOOP("marital status")},
        {"tags", QT_TR_NOOP("tags")},
        {"points", QT_TR_NOOP("points")},
        {"club_inscription_date", QT_TR_NOOP("“Club member since” date")},
    };
    for (const auto &entry : labels) {
        if (m_field == QLatin1String(entry.field))
            return tr(entry.label);
    }
    return m_field;
}

QString ApiError::messageForBadRequest() const
{
    if (m_service == Service::Wazzup) {
        if (m_code == QLatin1String("TOO_MANY_ENTITIES"))
            return tr("Wazzup accepts at most 100 users in one request.");
        if (m_code == QLatin1String("USER_LIMIT_EXCEEDED"))
            return tr("The Wazzup account already has the maximum number of users (1,000). "
                      "Delete users who no longer need access before adding new ones.");
        if (!m_field.isEmpty() && !m_recordKey.isEmpty())
            return tr("Wazzup did not accept user “%1”: the %2 is missing or not valid.")
                .arg(m_recordKey, fieldLabel());
        if (!m_field.isEmpty())
            return tr("Wazzup did not accept the user data: the %1 is missing or not valid.")
                .arg(fieldLabel());
        if (m_code == QLatin1String("INVALID_USERS_DATA"))
            return tr("Wazzup did not accept the user data: a required field is empty or a "
                      "value is not valid.");
        const QString reason = m_serverMessage.isEmpty() ? m_code : m_serverMessage;
        if (reason.isEmpty())
            return tr("Wazzup did not accept the request.");
        return tr("Wazzup did not accept the request: %1.").arg(reason);
    }

    const QString reasons =
        m_details.isEmpty() ? m_serverMessage : m_details.join(QLatin1String("; "));
    if (m_recordKey.isEmpty()) {
        if (reasons.isEmpty())
            return tr("WoowUp did not accept the customer data.");
        return tr("WoowUp did not accept the customer data: %1.").arg(reasons);
    }
    if (reasons.isEmpty())
        return tr("WoowUp did not accept the data of customer “%1”.").arg(m_recordKey);
    return tr("WoowUp did not accept the data of customer “%1”: %2.").arg(m_recordKey, reasons);
}

QString ApiError::message() const
{
    const QString service = serviceName(m_service);
    switch (m_kind) {
    case Kind::None:
        return QString();
    case Kind::InvalidUrl:
        return tr("The address “%1” is not a valid web address. Check the base URL in the "
                  "connection settings.")
            .arg(m_host);
    case Kind::InsecureUrl:
        return tr("The address “%1” does not use HTTPS. API keys are only sent over HTTPS; "
                  "plain HTTP is allowed only to this computer.")
            .arg(m_host);
    case Kind::InvalidRequest:
        return m_customMessage;
    case Kind::Timeout: {
        const int seconds = qMax(1, (m_timeoutMs + 999) / 1000);
        return tr("%1 did not answer within %n second(s). Check the internet connection and "
                  "try again.",
                  "", seconds)
            .arg(service);
    }
    case Kind::Network:
        switch (m_networkError) {
        case QNetworkReply::ConnectionRefusedError:
            return tr("Could not connect to %1: the server at %2 refused the connection. Check "
                      "the base URL in the connection settings.")
                .arg(service, m_host);
        case QNetworkReply::HostNotFoundError:
            return tr("Could not find the server %1. Check the base URL in the connection "
                      "settings and the internet connection.")
                .arg(m_host);
        case QNetworkReply::RemoteHostClosedError:
            return tr("%1 closed the connection before its answer arrived. Try again.")
                .arg(service);
        default:
            return tr("Could not reach %1 because of a network problem. Check the internet "
                      "connection and try again.")
                .arg(service);
        }
    case Kind::Tls:
        return tr("The secure connection to %1 could not be established (%2). Userdesk does "
                  "not send data to a server whose certificate cannot be verified.")
            .arg(m_host, m_technicalDetail);
    case Kind::InvalidResponse:
        return tr("%1 sent an answer that Userdesk cannot read. Try again; if this keeps "
                  "happening, check that the base URL points to the %1 API.")
            .arg(service);
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::Authentication:
        if (m_httpStatus == 403 && m_service == Service::Wazzup)
            return tr("Wazzup refused this action for the API key. Check that the key in the "
                      "connection settings is correct and allowed to manage users.");
        return tr("%1 did not accept the API key. Check the key in the connection settings.")
            .arg(service);
    case Kind::BadRequest:
        return messageForBadRequest();
    case Kind::AlreadyExists:
        if (!m_field.isEmpty())
            return tr("A customer with the same %1 already exists in WoowUp.").arg(fieldLabel());
        return tr("This customer already exists in WoowUp.");
    case Kind::NotFound:
        if (m_service == Service::Wazzup) {
            if (!m_recordKey.isEmpty())
                return tr("User “%1” was not found in Wazzup; it may have been deleted "
                          "already.")
                    .arg(m_recordKey);
            return tr("The user was not found in Wazzup; it may have been deleted already.");
        }
        if (m_service == Service::WoowUp) {
            if (!m_recordKey.isEmpty())
                return tr("Customer “%1” was not found in WoowUp.").arg(m_recordKey);
            return tr("No matching record was found in WoowUp.");
        }
        return tr("The requested record was not found.");
    case Kind::MethodNotAllowed:
        return tr("%1 does not offer this action at this address. Check that the base URL in "
                  "the connection settings points to the %1 API.")
            .arg(service);
    case Kind::AccountDeleted:
        return tr("The %1 account of this API key has been deleted.").arg(service);
    case Kind::RateLimited:
        return tr("%1 received too many requests from this account. Wait a minute and try "
                  "again.")
            .arg(service);
    case Kind::ServerError:
        return tr("%1 reported an internal error. Try again later; if the problem persists, "
                  "contact %1 support.")
            .arg(service);
    case Kind::Unavailable:
        return tr("%1 is temporarily unavailable (HTTP %2). Try again in a few minutes.")
            .arg(service)
            .arg(m_httpStatus);
    case Kind::Http:
        if (!m_serverMessage.isEmpty())
            return tr("%1 refused the request (HTTP %2): %3.")
                .arg(service)
                .arg(m_httpStatus)
                .arg(m_serverMessage);
        return tr("%1 refused the request (HTTP %2).").arg(service).arg(m_httpStatus);
    }
    return QString();
}
