#pragma once

#include "undoengine.h"

#include <QPointer>

class WazzupClient;

// Undo for Wazzup users: an upsert replaces the whole user, so an update
// goes back as an upsert of the user as read just before, with the changed
// fields' old values; a deleted user comes back under the same id.
class UndoWazzup : public UndoEngine
{
    Q_OBJECT

public:
    UndoWazzup(WazzupClient *client, Journal *journal, const QString &profileId,
               QObject *parent = nullptr);

protected:
    QString serviceKey() const override;
    int requestsInFlight() const override;
    bool read(const JournalItem &step, bool byKey, const ReadDone &done) override;
    QStringList differing(const QJsonObject &a, const QJsonObject &b,
                          const QStringList &fields) const override;
    QStringList recordFields(const QJsonObject &record) const override;
    QJsonObject partial(const QJsonObject &record, const QStringList &fields) const override;
    QString valueText(const QJsonObject &record, const QString &field) const override;
    bool write(const JournalItem &step, const Current &current, const WriteDone &done) override;

private:
    QPointer<WazzupClient> m_client;
};
