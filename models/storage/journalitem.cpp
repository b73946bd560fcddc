#include "journalitem.h"

namespace {

struct StateName
{
    JournalItem::State state;
    const char *name;
};

constexpr StateName stateNames[] = {
    {JournalItem::State::Pending, "pending"},     {JournalItem::State::Deleted, "deleted"},
    {JournalItem::State::Absent, "absent"},       {JournalItem::State::Failed, "failed"},
    {JournalItem::State::Cancelled, "cancelled"}, {JournalItem::State::Restored, "restored"},
    {JournalItem::State::Applied, "applied"},     {JournalItem::State::Conflict, "conflict"},
};

} // namespace

QString JournalItem::stateName(State state)
{
    for (const StateName &entry : stateNames) {
        if (entry.state == state)
            return QLatin1String(entry.name);
    }
    return QStringLiteral("pending");
}

JournalItem::State JournalItem::stateFromName(const QString &name)
{
    for (const StateName &entry : stateNames) {
        if (name == QLatin1String(entry.name))
            return entry.state;
    }
    return State::Pending;
}
