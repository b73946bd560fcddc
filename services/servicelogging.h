#pragma once

#include <QLoggingCategory>

// One category per service plus one for the transport, so that a support
// log can be narrowed with QT_LOGGING_RULES="userdesk.http.debug=true".
// Nothing logged here ever contains an API key, a request body or a query
// string (which carries e-mails and phones): method, path and status only.
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcWazzup)
Q_DECLARE_LOGGING_CATEGORY(lcWoowUp)
