#include "servicelogging.h"

Q_LOGGING_CATEGORY(lcHttp, "userdesk.http", QtWarningMsg)
Q_LOGGING_CATEGORY(lcWazzup, "userdesk.wazzup", QtWarningMsg)
Q_LOGGING_CATEGORY(lcWoowUp, "userdesk.woowup", QtWarningMsg)
