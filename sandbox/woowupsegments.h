#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// The sandbox's invented segment model: segments 1..count() are fixed rules
// over the customer's current data, so membership follows updates the way a
// real (dynamic) WoowUp segment does, and stays deterministic.
//
//   1 all customers            6 gender M
//   2 mailing enabled          7 VIP: 500 points or more
//   3 WhatsApp enabled         8 country ARG
//   4 SMS enabled              9 has the custom attribute nombre_mascota
//   5 gender F                10 no channel enabled at all
class WoowUpSegments
{
public:
    static int count();
    static bool exists(qint64 segmentId) { return segmentId >= 1 && segmentId <= count(); }
    static bool contains(qint64 segmentId, const QJsonObject &customer);
    static QJsonArray describe(); // [{id, name, rule}] for /__sandbox/segments
};
