#include "undowazzup.h"

#include "wazzupclient.h"
#include "wazzupcodec.h"
#include "wazzupjobs.h"
#include "wazzuppatch.h"

namespace {

UndoEngine::Outcome outcomeOf(const ApiError &error)
{
    if (!error)
        return {};
    return {error.message(), error.isRetryable() || error.kind() == ApiError::Kind::ServerError};
}

WazzupUser userOf(const QJsonObject &record)
{
    return WazzupCodec::userFromJson(record);
}

// Requests of one undo on the wire at once: Wazzup allows 500 in 5 s.
constexpr int wazzupInFlight = 6;

} // namespace

UndoWazzup::UndoWazzup(WazzupClient *client, Journal *journal, const QString &profileId,
                       QObject *parent)
    : UndoEngine(journal, profileId, parent)
    , m_client(client)
{ }

QString UndoWazzup::serviceKey() const
{
    return ::serviceKey(Service::Wazzup);
}

int UndoWazzup::requestsInFlight() const
{
    return wazzupInFlight;
}

bool UndoWazzup::read(const JournalItem &step, bool, const ReadDone &done)
{
    if (!m_client)
        return false;
    WazzupUserJob *job = m_client->getUser(step.recordKey);
    connect(job, &ApiJob::finished, this, [job, done] {
        Current current;
        if (job->error().kind() == ApiError::Kind::NotFound) {
            done({}, current);
            return;
        }
        if (!job->error()) {
            current.found = true;
            current.record = WazzupCodec::userToJson(job->user());
        }
        done(outcomeOf(job->error()), current);
    });
    return true;
}

QStringList UndoWazzup::differing(const QJsonObject &a, const QJsonObject &b,
                                  const QStringList &fields) const
{
    return WazzupPatch::changedFields(WazzupPatch::withFields({}, userOf(a), fields),
                                      WazzupPatch::withFields({}, userOf(b), fields));
}

QStringList UndoWazzup::recordFields(const QJsonObject &record) const
{
    return WazzupPatch::setFields(userOf(record));
}

QJsonObject UndoWazzup::partial(const QJsonObject &record, const QStringList &fields) const
{
    return WazzupPatch::fieldsJson(userOf(record), fields);
}

QString UndoWazzup::valueText(const QJsonObject &record, const QString &field) const
{
    return record.value(field).toString();
}

bool UndoWazzup::write(const JournalItem &step, const Current &current, const WriteDone &done)
{
    if (!m_client)
        return false;
    ApiJob *job = nullptr;
    if (step.action == QLatin1String("delete")) {
        job = m_client->deleteUser(step.recordKey);
    } else {
        // An upsert replaces the user: the fields not undone go as read.
        WazzupUser user = step.action == QLatin1String("update")
            ? WazzupPatch::withFields(userOf(current.record), userOf(step.after), step.fields)
            : userOf(step.after);
        user.id = step.recordKey;
        job = m_client->upsertUsers({user});
    }
    connect(job, &ApiJob::finished, this, [job, done] { done(outcomeOf(job->error()), 0); });
    return true;
}
