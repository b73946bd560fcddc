#pragma once

#include "account.h"
#include "bulkdeletewazzup.h"
#include "restorewazzup.h"
#include "wazzupuser.h"

#include <QObject>

#include <functional>

class WazzupClient;
class WazzupUserTableModel;

// One open Wazzup account for the views: its users (all of them, sorted by
// name), saving one, and the jobs that delete and restore them.
class WazzupAccount : public Account
{
    Q_OBJECT

public:
    using ListDone = std::function<void(const QString &problem, const WazzupUserList &users)>;
    using UserDone = std::function<void(const QString &problem, const WazzupUser &user)>;

    WazzupAccount(WazzupClient *client, QObject *parent = nullptr);

    Service service() const override { return Service::Wazzup; }
    ApiClient *apiClient() const override;
    void accept(AccountVisitor &visitor) override;
    void testConnection(Done done) override;
    BulkDeleteWazzup *createBulkDelete(Journal *journal, const QString &profileId,
                                       QObject *parent = nullptr) const override;
    RestoreWazzup *createRestore(Journal *journal, QObject *parent = nullptr) const override;
    ImportStrategy *createImportStrategy(QObject *parent = nullptr) const override;
    UndoEngine *createUndo(Journal *journal, const QString &profileId,
                           QObject *parent = nullptr) const override;

    WazzupUserTableModel *model() const { return m_model; }
    bool isLoading() const { return m_loading; }

    void refresh();
    void saveUser(const WazzupUser &user, Done done);
    // A new employee from the form, in the history so that it can be undone.
    void addUser(const WazzupUser &user, Done done);
    // One user with its phone (the list has none): what a form opens with.
    void readUser(const QString &id, UserDone done);
    // Saves what the person changed between opened and edited: the user is
    // read again and the upsert (which replaces the user) carries every
    // other field as the server has it, so a rename keeps the phone.
    void saveEdit(const WazzupUser &opened, const WazzupUser &edited, Done done);
    // Every user in the server's order, without touching the table.
    void listUsers(ListDone done);

signals:
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);

private:
    WazzupClient *m_client;
    WazzupUserTableModel *m_model;
    bool m_loading = false;
    quint64 m_generation = 0;
};
