#include "apijob.h"

#include "apiclient.h"
#include "apierrormapper.h"

#include <QTimer>

ApiJob::ApiJob(ApiClient *client)
    : QObject(client)
    , m_client(client)
{ }

ApiJob::~ApiJob() = default;

ApiRequest *ApiJob::sendRequest(const ApiRequestSpec &spec)
{
    return m_client->send(spec, this);
}

void ApiJob::abort()
{
    if (m_finished)
        return;
    // Silence the requests first so that none of their handlers runs on.
    const QList<ApiRequest *> requests = findChildren<ApiRequest *>(Qt::FindDirectChildrenOnly);
    for (ApiRequest *request : requests) {
        request->disconnect(this);
        request->abort();
        request->deleteLater();
    }
    finish(ApiErrorMapper::cancelled(m_client->service()));
}

void ApiJob::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    emit finished();
    if (m_autoDelete)
        deleteLater();
}

void ApiJob::finishLater(const ApiError &error)
{
    QTimer::singleShot(0, this, [this, error] { finish(error); });
}
