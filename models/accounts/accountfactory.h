#pragma once

#include "service.h"

class Account;
class ApiError;
struct ApiClientConfig;
class QObject;

// Makes the account object of a service with its own client: the one place
// that knows both concrete clients.
class AccountFactory
{
public:
    // The service's default configuration (timeouts, retries, rate limit).
    static ApiClientConfig defaultConfig(Service service);

    // Null with *problem set when the configuration cannot be used (bad or
    // insecure base URL). The client is owned by the account.
    static Account *create(Service service, const ApiClientConfig &config, ApiError *problem,
                           QObject *parent = nullptr);
};
