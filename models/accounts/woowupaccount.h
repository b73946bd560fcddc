#pragma once

#include "account.h"
#include "bulkdeletewoowup.h"
#include "customattributedefinition.h"
#include "restorewoowup.h"
#include "woowupcustomer.h"

#include <QObject>

#include <functional>

class WoowUpClient;
class WoowUpCustomerTableModel;

// One open WoowUp account for the views: the customers table fed page by
// page from the server, the account's custom attribute definitions, and the
// record operations a form or a detail action needs. Results come back as
// callbacks with a translated error message (empty on success) and, where
// the server named one, the request field it concerns. Also the jobs that
// delete and restore customers.
class WoowUpAccount : public Account
{
    Q_OBJECT

public:
    struct Outcome
    {
        QString message; // empty on success; translated
        QString field; // request field name the server complained about, if any
        bool cancelled = false; // the person stopped it: nothing to report
        bool ok() const { return message.isEmpty() && !cancelled; }
    };
    using SaveDone = std::function<void(const Outcome &outcome, const WoowUpCustomer &saved)>;
    using FindDone =
        std::function<void(const Outcome &outcome, const std::optional<WoowUpCustomer> &found)>;
    using CheckDone = std::function<void(const Outcome &outcome, bool yes)>;
    // What saving an edit came to: the customer as the server has it after
    // (or, with conflicts, before) the save, the fields sent, and the fields
    // the person changed that were changed differently on the server since
    // the form opened (then nothing was sent).
    struct EditResult
    {
        WoowUpCustomer server;
        QStringList sent;
        QStringList conflicts;
    };
    using EditDone = std::function<void(const Outcome &outcome, const EditResult &result)>;
    using ListDone =
        std::function<void(const Outcome &outcome, const WoowUpCustomerList &customers)>;
    using Progress = std::function<void(int loaded)>;
    using Cancel = std::function<void()>;

    // The most customers one page of a search may hold.
    static constexpr int maxPageSize = 100;

    WoowUpAccount(WoowUpClient *client, QObject *parent = nullptr);

    Service service() const override { return Service::WoowUp; }
    ApiClient *apiClient() const override;
    void accept(AccountVisitor &visitor) override;
    void testConnection(Done done) override;
    BulkDeleteWoowUp *createBulkDelete(Journal *journal, const QString &profileId,
                                       QObject *parent = nullptr) const override;
    RestoreWoowUp *createRestore(Journal *journal, QObject *parent = nullptr) const override;
    ImportStrategy *createImportStrategy(QObject *parent = nullptr) const override;
    UndoEngine *createUndo(Journal *journal, const QString &profileId,
                           QObject *parent = nullptr) const override;

    WoowUpCustomerTableModel *model() const { return m_model; }
    const CustomAttributeDefinitions &definitions() const { return m_definitions; }

    void setSearch(const QString &search);
    void refresh();
    void loadDefinitions();

    void createCustomer(const WoowUpCustomer &customer, SaveDone done);
    void updateCustomer(const WoowUpCustomer &customer, SaveDone done);
    // The customer as the server has it now (GET /users/{id}); not found is
    // an error naming it.
    void readCustomer(qint64 userappId, FindDone done);
    // Saves what the person changed between opened (the record the form
    // opened with) and edited, on the customer opened names (its
    // userapp_id, PUT /users/{id}), and nothing else. Reads the customer
    // first: a changed field the server changed otherwise meanwhile is a
    // conflict and nothing is sent; an identifier another customer holds is
    // refused before sending, naming that customer. Reads it again after.
    void saveEdit(const WoowUpCustomer &opened, const WoowUpCustomer &edited, EditDone done);
    // "Ann Smith (WoowUp customer 10023)", for messages.
    static QString displayName(const WoowUpCustomer &customer);
    // identifier: service_uid | email | document | telephone
    void findCustomer(const QString &identifier, const QString &value, FindDone done);
    void customerExists(const QString &identifier, const QString &value, CheckDone done);
    void belongsToSegment(const WoowUpCustomer &customer, const QString &segmentId, CheckDone done);

    // Every customer matching search (not only the table's pages), page by
    // page, without touching the table. The returned function stops it;
    // done then has a cancelled outcome.
    Cancel loadAll(const QString &search, Progress progress, ListDone done);
    // One page (0-based) of at most limit (1..maxPageSize) customers.
    void loadPage(int page, int limit, const QString &search, ListDone done);

signals:
    void definitionsChanged();

private:
    void checkIdentifiers(const WoowUpCustomer &opened, const WoowUpCustomer &edited,
                          const QStringList &fields, QStringList identifiers, EditDone done);
    void sendEdit(const WoowUpCustomer &opened, const WoowUpCustomer &edited,
                  const QStringList &fields, EditDone done);

    WoowUpClient *m_client;
    WoowUpCustomerTableModel *m_model;
    CustomAttributeDefinitions m_definitions;
};
