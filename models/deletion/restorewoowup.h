#pragma once

#include "restorerecords.h"
#include "woowupcustomer.h"

#include <QPointer>

class WoowUpClient;

// Restores WoowUp customers by create with every field, consent and custom
// attribute, several requests in flight. The client's create checks
// existence before any re-send, so a lost answer never makes a duplicate;
// a record whose earlier restore failed is checked before it is created
// again.
class RestoreWoowUp : public RestoreRecords
{
    Q_OBJECT

public:
    static constexpr int requestsInFlight = 6;

    RestoreWoowUp(WoowUpClient *client, Journal *journal, QObject *parent = nullptr);

signals:
    void customerRestored(const WoowUpCustomer &customer);

protected:
    void run() override;
    QList<int> takeUnsent() override;
    bool hasWorkLeft() const override { return m_inFlight > 0 || !m_queue.isEmpty(); }

private:
    void pump();
    void create(int index);
    void checkThenCreate(int index);

    QPointer<WoowUpClient> m_client;
    QList<int> m_queue;
    int m_inFlight = 0;
};
