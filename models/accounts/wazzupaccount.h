#pragma once

#include "account.h"
#include "wazzupuser.h"

#include <QObject>

#include <functional>

class WazzupClient;
class WazzupUserTableModel;

// One open Wazzup account for the views: its users (all of them, sorted by
// name) and saving one. Results come back as callbacks with a translated
// error message, empty on success.
class WazzupAccount : public Account
{
    Q_OBJECT

public:
    using Done = std::function<void(const QString &problem)>;

    WazzupAccount(WazzupClient *client, QObject *parent = nullptr);

    Service service() const override { return Service::Wazzup; }
    ApiClient *apiClient() const override;
    BulkDelete *createBulkDelete(Journal *journal, const QString &profileId,
                                 QObject *parent = nullptr) const override;
    ImportStrategy *createImportStrategy(QObject *parent = nullptr) const override;

    WazzupUserTableModel *model() const { return m_model; }
    WazzupClient *client() const { return m_client; }
    bool isLoading() const { return m_loading; }

    void refresh();
    void saveUser(const WazzupUser &user, Done done);

signals:
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);

private:
    WazzupClient *m_client;
    WazzupUserTableModel *m_model;
    bool m_loading = false;
    quint64 m_generation = 0;
};
