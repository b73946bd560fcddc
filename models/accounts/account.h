#pragma once

#include "journalitem.h"
#include "service.h"

#include <QObject>
#include <QPointer>

#include <functional>

class AccountVisitor;
class ApiClient;
class BulkDelete;
class ImportStrategy;
class Journal;
class RestoreRecords;
class UndoEngine;

// One open account of either service, as the rest of the program sees it:
// which service it is, and the per-service jobs made for it. The subclasses
// hold the concrete client, so nothing above them ever asks which client it
// has; AccountFactory is the one place that makes them. Results come back
// as callbacks with a translated message, empty on success.
class Account : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const QString &problem)>;

    using QObject::QObject;

    virtual Service service() const = 0;
    // For what every client has (base URL, rate limit); never cast it.
    virtual ApiClient *apiClient() const = 0;
    // Calls the visitor's overload for this account's own type: how a front
    // end does what differs by service without asking which one it has.
    virtual void accept(AccountVisitor &visitor) = 0;

    // Checks that the address answers and accepts the key.
    virtual void testConnection(Done done) = 0;

    // Deletes records with a snapshot of each in the journal first; the
    // account's table drops each one the server confirms gone.
    virtual BulkDelete *createBulkDelete(Journal *journal, const QString &profileId,
                                         QObject *parent = nullptr) const = 0;
    // Re-creates deleted records from their snapshots; the account's table
    // shows each one restored.
    virtual RestoreRecords *createRestore(Journal *journal, QObject *parent = nullptr) const = 0;
    // How an import plans and sends for this account (ImportSession takes it).
    virtual ImportStrategy *createImportStrategy(QObject *parent = nullptr) const = 0;
    // Reverts an operation of the history; the account's table shows the
    // records it changes.
    virtual UndoEngine *createUndo(Journal *journal, const QString &profileId,
                                   QObject *parent = nullptr) const = 0;

    // Where a form's save writes its before-image (the history); none by
    // default: then a save is not in the history.
    void setHistory(Journal *journal, const QString &profileId);

protected:
    // A one-record operation of the history ("edit"), begun before its
    // request: item carries the before-image and what is written. 0 when
    // there is no history or it could not be written (the save goes on: a
    // person's save is not refused for the history's sake).
    qint64 beginChange(JournalItem *item);
    void endChange(qint64 operationId, JournalItem item, const QString &problem);

private:
    QPointer<Journal> m_history;
    QString m_profileId;
};
