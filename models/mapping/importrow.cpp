#include "importrow.h"

namespace {

const char *const actionNames[] = {"invalid", "create", "update", "unchanged", "delete"};
const char *const stateNames[] = {"pending", "sending", "done", "failed", "skipped"};

} // namespace

QString ImportRow::actionName(Action action)
{
    return QLatin1String(actionNames[int(action)]);
}

ImportRow::Action ImportRow::actionFromName(const QString &name)
{
    for (int i = 0; i < int(std::size(actionNames)); ++i) {
        if (name == QLatin1String(actionNames[i]))
            return Action(i);
    }
    return Action::Invalid;
}

QString ImportRow::stateName(State state)
{
    return QLatin1String(stateNames[int(state)]);
}

ImportRow::State ImportRow::stateFromName(const QString &name)
{
    for (int i = 0; i < int(std::size(stateNames)); ++i) {
        if (name == QLatin1String(stateNames[i]))
            return State(i);
    }
    return State::Pending;
}
