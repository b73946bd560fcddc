#pragma once

#include "restorerecords.h"
#include "wazzupuser.h"

#include <QPointer>

class WazzupClient;

// Restores Wazzup employees with one upsert of all of them (the client sends
// it in batches of 100): an upsert of a user already there changes nothing,
// so a second restore needs no check first.
class RestoreWazzup : public RestoreRecords
{
    Q_OBJECT

public:
    RestoreWazzup(WazzupClient *client, Journal *journal, QObject *parent = nullptr);

signals:
    void userRestored(const WazzupUser &user);

protected:
    void run() override;
    QList<int> takeUnsent() override { return {}; }
    bool hasWorkLeft() const override { return m_sending; }

private:
    QPointer<WazzupClient> m_client;
    bool m_sending = false;
};
