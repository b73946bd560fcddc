#pragma once

#include "undoengine.h"

#include <QPointer>

class WoowUpClient;

// Undo for WoowUp customers: an update goes back through the patch the
// forms use (PUT /users/{id}, only the fields the operation changed); a
// deleted customer is created again from its snapshot, under a new id (the
// API gives no way to keep the old one), which the undo's item notes.
class UndoWoowUp : public UndoEngine
{
    Q_OBJECT

public:
    UndoWoowUp(WoowUpClient *client, Journal *journal, const QString &profileId,
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
    QString recreatedNote(qint64 oldId, qint64 newId) const override;

private:
    QPointer<WoowUpClient> m_client;
};
