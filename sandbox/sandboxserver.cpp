#include "sandboxserver.h"

#include "demoseed.h"
#include "faultinjector.h"
#include "httpreply.h"
#include "ratelimiter.h"
#include "sandboxhttpconnection.h"
#include "sandboxhttpfrontend.h"
#include "sandboxrequest.h"
#include "sandboxrequestlog.h"
#include "sandboxstats.h"
#include "wazzupapi.h"
#include "wazzupstore.h"
#include "woowupapi.h"
#include "woowupsegments.h"
#include "woowupstore.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QPointer>
#include <QTimer>

#include <cmath>

namespace {

enum class Api { None, Wazzup, WoowUp };

// What to do with the socket once the request is decided.
enum class Action { Answer, Drop, Hang };

qint64 ceilSeconds(qint64 ms)
{
    return qMax<qint64>(1, (ms + 999) / 1000);
}

HttpReply gatewayError(int status)
{
    // What a proxy in front of either API sends: HTML, not the API's JSON.
    HttpReply reply;
    reply.status = status;
    reply.contentType = QByteArrayLiteral("text/html");
    const QByteArray title = QByteArray::number(status) + ' ' + HttpReply::reasonPhrase(status);
    reply.body = QByteArrayLiteral("<html><head><title>") + title
        + QByteArrayLiteral("</title></head><body><center><h1>") + title
        + QByteArrayLiteral("</h1></center><hr><center>nginx</center></body></html>\n");
    return reply;
}

} // namespace

struct SandboxServer::Private
{
    explicit Private(SandboxServer *owner)
        : q(owner)
        , wazzupApi(&wazzupStore)
        , woowupApi(&woowupStore)
    {
        clock.start();
    }

    void configure(const SandboxOptions &newOptions, bool forceSeed);
    void resetAll();
    QJsonObject statsJson() const;

    void dispatch(const SandboxRequest &request, SandboxHttpConnection *connection);
    HttpReply sandboxRoute(const SandboxRequest &request);
    HttpReply process(Api api, const SandboxRequest &request);
    void applyRateHeaders(HttpReply *reply, const RateLimiter::Decision &decision) const;
    HttpReply injectedReply(Api api, FaultInjector::Kind kind);
    void deliver(SandboxHttpConnection *connection, Action action, const HttpReply &reply,
                 int delayMs);

    SandboxServer *q;
    SandboxOptions options;
    bool seeded = false;
    SandboxOptions::Seed loadedSeed = SandboxOptions::Seed::Demo;

    WazzupStore wazzupStore;
    WoowUpStore woowupStore;
    WazzupApi wazzupApi;
    WoowUpApi woowupApi;
    RateLimiter wazzupLimiter;
    RateLimiter woowupLimiter;
    FaultInjector faults;
    SandboxStats stats;
    SandboxRequestLog requestLog;
    QElapsedTimer clock;

    SandboxHttpFrontend *frontend = nullptr;
    quint16 port = 0;
    QList<QPointer<SandboxHttpConnection>> hungConnections;
};

void SandboxServer::Private::configure(const SandboxOptions &newOptions, bool forceSeed)
{
    options = newOptions;
    wazzupApi.setUserLimit(options.wazzupUserLimit);
    wazzupLimiter.configure(options.wazzupRateLimit, options.wazzupWindowMs, 1);
    woowupLimiter.configure(options.woowupRateLimit, options.woowupWindowMs, 2);
    faults.configure(options.faultRate, options.faultSeed, options.faultKinds);
    if (forceSeed || !seeded || loadedSeed != options.seed) {
        DemoSeed::apply(options.seed, &wazzupStore, &woowupStore);
        loadedSeed = options.seed;
        seeded = true;
    }
}

void SandboxServer::Private::resetAll()
{
    configure(options, true);
    stats.reset();
    requestLog.clear();
    woowupApi.resetCounters();
}

QJsonObject SandboxServer::Private::statsJson() const
{
    int hung = 0;
    for (const auto &connection : hungConnections) {
        if (connection)
            ++hung;
    }
    return QJsonObject{{QStringLiteral("requests"), stats.requestsJson()},
                       {QStringLiteral("faults"), stats.faultsJson()},
                       {QStringLiteral("wazzup_users"), wazzupStore.size()},
                       {QStringLiteral("woowup_customers"), woowupStore.size()},
                       {QStringLiteral("duplicate_creates"), woowupApi.duplicateCreates()},
                       {QStringLiteral("hung_connections"), hung}};
}

HttpReply SandboxServer::Private::sandboxRoute(const SandboxRequest &request)
{
    const QString name = request.segments.value(1);
    if (name == QLatin1String("stats") && request.method == "GET")
        return HttpReply::json(200, statsJson());
    if (name == QLatin1String("reset") && request.method == "POST") {
        resetAll();
        return HttpReply::json(200, QJsonObject{{QStringLiteral("reset"), true}});
    }
    if (name == QLatin1String("requests") && request.method == "GET")
        return HttpReply::json(200, QJsonObject{{QStringLiteral("requests"), requestLog.toJson()}});
    if (name == QLatin1String("segments") && request.method == "GET")
        return HttpReply::json(200, WoowUpSegments::describe());
    return HttpReply::json(404,
                           QJsonObject{{QStringLiteral("error"), QStringLiteral("not found")}});
}

void SandboxServer::Private::applyRateHeaders(HttpReply *reply,
                                              const RateLimiter::Decision &decision) const
{
    if (decision.limit <= 0)
        return;
    reply->addHeader(QByteArrayLiteral("x-rate-limit-limit"), QByteArray::number(decision.limit));
    reply->addHeader(QByteArrayLiteral("x-rate-limit-remaining"),
                     QByteArray::number(decision.remaining));
    // Seconds until capacity comes back (a delta, like Retry-After).
    reply->addHeader(QByteArrayLiteral("x-rate-limit-reset"),
                     QByteArray::number(decision.resetMs > 0 ? ceilSeconds(decision.resetMs) : 0));
}

HttpReply SandboxServer::Private::process(Api api, const SandboxRequest &request)
{
    if (api == Api::Wazzup) {
        if (!wazzupApi.isAuthorized(request, options.wazzupKey))
            return wazzupApi.unauthorized();
        if (!wazzupLimiter.acquire(clock.elapsed()).allowed)
            return wazzupApi.tooManyRequests();
        return wazzupApi.handle(request, WazzupApi::match(request));
    }
    if (!woowupApi.isAuthorized(request, options.woowupKey))
        return WoowUpApi::forbidden();
    const RateLimiter::Decision decision = woowupLimiter.acquire(clock.elapsed());
    HttpReply reply;
    if (!decision.allowed) {
        reply = WoowUpApi::tooManyRequests();
        reply.addHeader(QByteArrayLiteral("Retry-After"),
                        QByteArray::number(ceilSeconds(decision.retryAfterMs)));
    } else {
        reply = woowupApi.handle(request, WoowUpApi::match(request));
    }
    applyRateHeaders(&reply, decision);
    return reply;
}

HttpReply SandboxServer::Private::injectedReply(Api api, FaultInjector::Kind kind)
{
    switch (kind) {
    case FaultInjector::Kind::Http500:
        return api == Api::Wazzup ? wazzupApi.internalError() : WoowUpApi::internalError();
    case FaultInjector::Kind::Http502:
        return gatewayError(502);
    case FaultInjector::Kind::Http503: {
        HttpReply reply = gatewayError(503);
        return reply;
    }
    case FaultInjector::Kind::Http429: {
        if (api == Api::Wazzup)
            return wazzupApi.tooManyRequests();
        HttpReply reply = WoowUpApi::tooManyRequests();
        reply.addHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1"));
        reply.addHeader(QByteArrayLiteral("x-rate-limit-limit"),
                        QByteArray::number(qMax(0, options.woowupRateLimit)));
        reply.addHeader(QByteArrayLiteral("x-rate-limit-remaining"), QByteArrayLiteral("0"));
        reply.addHeader(QByteArrayLiteral("x-rate-limit-reset"), QByteArrayLiteral("1"));
        return reply;
    }
    case FaultInjector::Kind::Garbage: {
        HttpReply reply;
        reply.body = QByteArrayLiteral("<!DOCTYPE html><html><body>Service temporarily "
                                       "unavailable</body></html>\n{\"payload\":[");
        return reply;
    }
    case FaultInjector::Kind::None:
    case FaultInjector::Kind::Drop:
    case FaultInjector::Kind::Hang:
    case FaultInjector::Kind::Truncated:
        break;
    }
    return HttpReply::empty(500);
}

void SandboxServer::Private::dispatch(const SandboxRequest &request,
                                      SandboxHttpConnection *connection)
{
    if (request.segments.value(0) == QLatin1String("__sandbox")) {
        deliver(connection, Action::Answer, sandboxRoute(request), 0);
        return;
    }

    Api api = Api::None;
    QString route;
    if (WazzupApi::handles(request)) {
        api = Api::Wazzup;
        route = WazzupApi::match(request).name;
    } else if (WoowUpApi::handles(request)) {
        api = Api::WoowUp;
        route = WoowUpApi::match(request).name;
    } else {
        route = QString::fromLatin1(request.method) + QStringLiteral(" /{unknown}");
    }

    if (api == Api::None) {
        const HttpReply reply = HttpReply::json(
            404, QJsonObject{{QStringLiteral("error"), QStringLiteral("not found")}});
        stats.record(route, QString::number(reply.status));
        Q_EMIT q->requestServed(route, QString::number(reply.status));
        deliver(connection, Action::Answer, reply, options.latencyMs);
        return;
    }

    requestLog.record(route, request);
    const FaultInjector::Kind fault = faults.next();
    Action action = Action::Answer;
    HttpReply reply;
    switch (fault) {
    case FaultInjector::Kind::None:
        reply = process(api, request);
        break;
    case FaultInjector::Kind::Drop:
        action = Action::Drop;
        break;
    case FaultInjector::Kind::Hang:
        action = Action::Hang;
        break;
    case FaultInjector::Kind::Truncated:
        // The request is carried out and only the answer is lost: the case
        // that makes blind retries of a create dangerous.
        reply = process(api, request);
        if (reply.body.isEmpty())
            reply.body = QByteArrayLiteral("{\"payload\":");
        else
            reply.body.truncate(qMax<qsizetype>(1, reply.body.size() / 2));
        break;
    default:
        reply = injectedReply(api, fault);
        break;
    }
    if (fault != FaultInjector::Kind::None)
        stats.recordFault(FaultInjector::kindName(fault));

    const QString outcome = action == Action::Drop ? QStringLiteral("dropped")
        : action == Action::Hang                   ? QStringLiteral("hung")
                                                   : QString::number(reply.status);
    stats.record(route, outcome);
    Q_EMIT q->requestServed(route, outcome);
    deliver(connection, action, reply, options.latencyMs);
}

void SandboxServer::Private::deliver(SandboxHttpConnection *connection, Action action,
                                     const HttpReply &reply, int delayMs)
{
    QPointer<SandboxHttpConnection> target(connection);
    if (action == Action::Hang) {
        connection->hang();
        hungConnections.append(target);
        QTimer::singleShot(options.hangMs, q, [target] {
            if (target)
                target->abort();
        });
        return;
    }
    const auto send = [target, action, reply] {
        if (!target || !target->isConnected())
            return;
        if (action == Action::Drop)
            target->drop();
        else
            target->respond(reply);
    };
    // Even without latency a drop waits for the next loop turn: aborting
    // inside the socket's own readyRead handling is asking for trouble.
    if (delayMs > 0 || action == Action::Drop)
        QTimer::singleShot(delayMs, q, send);
    else
        send();
}

SandboxServer::SandboxServer(QObject *parent)
    : SandboxServer(SandboxOptions(), parent)
{ }

SandboxServer::SandboxServer(const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
    d->configure(options, true);
}

SandboxServer::~SandboxServer()
{
    close();
}

void SandboxServer::setOptions(const SandboxOptions &options)
{
    d->configure(options, false);
}

const SandboxOptions &SandboxServer::options() const
{
    return d->options;
}

bool SandboxServer::listen(quint16 port)
{
    close();
    d->frontend = new SandboxHttpFrontend(
        [this](const SandboxRequest &request, SandboxHttpConnection *connection) {
            d->dispatch(request, connection);
        },
        this);
    d->port = d->frontend->listen(QHostAddress::LocalHost, port);
    if (d->port == 0) {
        delete d->frontend;
        d->frontend = nullptr;
        return false;
    }
    return true;
}

void SandboxServer::close()
{
    for (const auto &connection : std::as_const(d->hungConnections)) {
        if (connection)
            connection->abort();
    }
    d->hungConnections.clear();
    delete d->frontend;
    d->frontend = nullptr;
    d->port = 0;
}

quint16 SandboxServer::port() const
{
    return d->port;
}

QUrl SandboxServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(d->port));
}

QUrl SandboxServer::wazzupBaseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v3/").arg(d->port));
}

QUrl SandboxServer::woowupBaseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/apiv3/").arg(d->port));
}

void SandboxServer::reset()
{
    d->resetAll();
}

QJsonObject SandboxServer::stats() const
{
    return d->statsJson();
}

int SandboxServer::wazzupUserCount() const
{
    return d->wazzupStore.size();
}

int SandboxServer::woowupCustomerCount() const
{
    return d->woowupStore.size();
}

QJsonArray SandboxServer::requestLog() const
{
    return d->requestLog.toJson();
}

int SandboxServer::duplicateCreates() const
{
    return d->woowupApi.duplicateCreates();
}
