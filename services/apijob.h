#pragma once

#include "apierror.h"
#include "apirequestspec.h"

#include <QObject>

class ApiClient;
class ApiRequest;

// The result of one client call (a page, a record, a batch), delivered
// asynchronously. The pattern, for every client method:
//
//     auto *job = client->searchCustomers(0, 100, text);
//     connect(job, &WoowUpSearchJob::finished, this, [this, job] {
//         if (job->error()) {
//             showProblem(job->error().message(), job->error().field());
//             return;
//         }
//         model->append(job->customers());
//     });
//
// - finished() is emitted exactly once, and never before the call that
//   returned the job has returned, so connecting right after it is safe.
// - After finished() the job deletes itself (deleteLater) unless
//   setAutoDelete(false) was called; read its results inside the slot.
// - abort() cancels the job: it finishes with an ApiError of kind Cancelled.
//   Deleting an unfinished job also cancels its requests, silently.
class ApiJob : public QObject
{
    Q_OBJECT

public:
    ~ApiJob() override;

    const ApiError &error() const { return m_error; }
    bool isFinished() const { return m_finished; }
    bool autoDelete() const { return m_autoDelete; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    void abort();

signals:
    void finished();
    // For jobs made of several requests (paging, batches): done of total
    // units (records or pages); total is 0 when unknown.
    void progress(int done, int total);

protected:
    explicit ApiJob(ApiClient *client);

    ApiClient *client() const { return m_client; }
    // Sends one request on behalf of this job (a child of it) and calls
    // onDone when it has finished; the request is deleted after onDone.
    template<typename Func>
    ApiRequest *send(const ApiRequestSpec &spec, Func onDone);
    ApiRequest *sendRequest(const ApiRequestSpec &spec);

    // Emits finished() now (from a request's signal) or on the next event
    // loop turn (for problems found before sending anything).
    void finish(const ApiError &error = ApiError());
    void finishLater(const ApiError &error);

private:
    ApiClient *m_client;
    ApiError m_error;
    bool m_finished = false;
    bool m_autoDelete = true;
};

#include "apirequest.h"

template<typename Func>
ApiRequest *ApiJob::send(const ApiRequestSpec &spec, Func onDone)
{
    ApiRequest *request = sendRequest(spec);
    connect(request, &ApiRequest::finished, this, [request, onDone] {
        onDone(request);
        request->deleteLater();
    });
    return request;
}
