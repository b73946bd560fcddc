#pragma once

#include "sandboxoptions.h"

#include <QJsonObject>
#include <QList>

class WazzupStore;
class WoowUpStore;

// Deterministic initial data. Both seeds define the custom attributes of the
// docs' example; the demo seed adds one or more of every field type and fills
// ~40 Wazzup users and ~5,000 WoowUp customers with a mix of Russian, Spanish
// and English names, consent states and attribute values.
class DemoSeed
{
public:
    static constexpr int wazzupUserCount = 40;
    static constexpr int woowupCustomerCount = 5000;

    static void apply(SandboxOptions::Seed seed, WazzupStore *wazzup, WoowUpStore *woowup);

    static QList<QJsonObject> docAttributeDefinitions();
    static QList<QJsonObject> demoAttributeDefinitions();

private:
    static void fillWazzup(WazzupStore *store);
    static void fillWoowUp(WoowUpStore *store);
    static QList<QJsonObject> generateCustomers();
};
