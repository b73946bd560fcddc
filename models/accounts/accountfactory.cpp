#include "accountfactory.h"

#include "wazzupaccount.h"
#include "wazzupclient.h"
#include "woowupaccount.h"
#include "woowupclient.h"

ApiClientConfig AccountFactory::defaultConfig(Service service)
{
    return service == Service::Wazzup ? WazzupClient::defaultConfig()
                                      : WoowUpClient::defaultConfig();
}

Account *AccountFactory::create(Service service, const ApiClientConfig &config, ApiError *problem,
                                QObject *parent)
{
    if (service == Service::Wazzup) {
        auto *client = WazzupClient::create(config, problem);
        if (!client)
            return nullptr;
        auto *account = new WazzupAccount(client, parent);
        client->setParent(account);
        return account;
    }
    auto *client = WoowUpClient::create(config, problem);
    if (!client)
        return nullptr;
    auto *account = new WoowUpAccount(client, parent);
    client->setParent(account);
    return account;
}
