#pragma once

#include "wazzupuser.h"
#include "woowupcustomer.h"

#include <QJsonObject>

// Records as the APIs return them, for `--json`: the codecs write the
// request shape (street, birthdate, "enabled"); scripts reading our output
// expect what they would get from the API (address, birthday, true).
namespace CliRecordJson {

QJsonObject wazzupUser(const WazzupUser &user);
QJsonObject woowUpCustomer(const WoowUpCustomer &customer);

} // namespace CliRecordJson
