#pragma once

#include "woowupcustomer.h"

#include <QJsonObject>
#include <QStringList>

// What an edit of one WoowUp customer changes, field by field, so that a
// save sends only that (PUT /users/{id}) and never what the person left
// alone: consent, points, tags or attributes changed meanwhile on the server
// survive. Fields are named by their request names ("first_name", "tags",
// "points"), a channel's consent with its reason by "<channel>_enabled",
// and an attribute by "custom_attributes.<name>".
namespace CustomerPatch {

// The fields whose values differ between a and b, in the form's order.
QStringList changedFields(const WoowUpCustomer &a, const WoowUpCustomer &b);

// A field's value as text (empty when unset; empty for consent, which a
// form words itself), for showing a conflict.
QString valueText(const WoowUpCustomer &customer, const QString &field);

// base with fields taken from from.
WoowUpCustomer withFields(WoowUpCustomer base, const WoowUpCustomer &from,
                          const QStringList &fields);

// The request body that turns before into after for fields: a cleared text
// field or attribute is sent as "" (the API's empty value), tags added are
// sent in "tags" and tags taken away in "remove_tags" (WoowUp merges tags).
QJsonObject body(const WoowUpCustomer &before, const WoowUpCustomer &after,
                 const QStringList &fields);

// The fields a record sets (differ from an empty one): what a create wrote.
QStringList setFields(const WoowUpCustomer &customer);

// What an import's update (PUT /multiusers with the row's fields) makes of
// server: every field the row sets replaces the server's, tags are added.
WoowUpCustomer afterImport(const WoowUpCustomer &server, const WoowUpCustomer &row);

// The request JSON of customer's fields only: a before-image, or what was
// written (customerFromJson reads it back).
QJsonObject fieldsJson(const WoowUpCustomer &customer, const QStringList &fields);

// The identifier fields among fields (service_uid, email, document, telephone).
QStringList identifierFields(const QStringList &fields);

} // namespace CustomerPatch
