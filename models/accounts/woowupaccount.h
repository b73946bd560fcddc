#pragma once

#include "account.h"
#include "customattributedefinition.h"
#include "woowupcustomer.h"

#include <QObject>

#include <functional>

class WoowUpClient;
class WoowUpCustomerTableModel;

// One open WoowUp account for the views: the customers table fed page by
// page from the server, the account's custom attribute definitions, and the
// record operations a form or a detail action needs. Results come back as
// callbacks with a translated error message (empty on success) and, where
// the server named one, the request field it concerns.
class WoowUpAccount : public Account
{
    Q_OBJECT

public:
    struct Outcome
    {
        QString message; // empty on success; translated
        QString field; // request field name the server complained about, if any
        bool ok() const { return message.isEmpty(); }
    };
    using SaveDone = std::function<void(const Outcome &outcome, const WoowUpCustomer &saved)>;
    using FindDone = std::function<void(const Outcome &outcome, const std::optional<WoowUpCustomer> &found)>;
    using CheckDone = std::function<void(const Outcome &outcome, bool yes)>;

    WoowUpAccount(WoowUpClient *client, QObject *parent = nullptr);

    Service service() const override { return Service::WoowUp; }
    ApiClient *apiClient() const override;
    BulkDelete *createBulkDelete(Journal *journal, const QString &profileId,
                                 QObject *parent = nullptr) const override;
    ImportStrategy *createImportStrategy(QObject *parent = nullptr) const override;

    WoowUpCustomerTableModel *model() const { return m_model; }
    WoowUpClient *client() const { return m_client; }
    const CustomAttributeDefinitions &definitions() const { return m_definitions; }

    void setSearch(const QString &search);
    void refresh();
    void loadDefinitions();

    void createCustomer(const WoowUpCustomer &customer, SaveDone done);
    void updateCustomer(const WoowUpCustomer &customer, SaveDone done);
    // identifier: service_uid | email | document | telephone
    void findCustomer(const QString &identifier, const QString &value, FindDone done);
    void customerExists(const QString &identifier, const QString &value, CheckDone done);
    void belongsToSegment(const WoowUpCustomer &customer, const QString &segmentId, CheckDone done);

signals:
    void definitionsChanged();

private:
    WoowUpClient *m_client;
    WoowUpCustomerTableModel *m_model;
    CustomAttributeDefinitions m_definitions;
};
