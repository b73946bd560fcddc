#pragma once

#include "wazzupuser.h"

#include <QJsonObject>
#include <QStringList>

// What a change of one Wazzup user changes, field by field ("name",
// "phone"): the history's before-images and an undo's comparisons. An
// upsert replaces the whole user, so a change is always sent with the
// other field as the server has it.
namespace WazzupPatch {

QStringList changedFields(const WazzupUser &a, const WazzupUser &b);
// The fields a user sets: what a create wrote.
QStringList setFields(const WazzupUser &user);
// {"name": …, "phone": …} of fields only.
QJsonObject fieldsJson(const WazzupUser &user, const QStringList &fields);
// base with fields taken from from.
WazzupUser withFields(WazzupUser base, const WazzupUser &from, const QStringList &fields);

} // namespace WazzupPatch
