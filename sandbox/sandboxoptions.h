#pragma once

#include "faultinjector.h"

#include <QList>
#include <QString>

class QCommandLineParser;

// Everything the command line of userdesk-sandbox can set; the app's demo
// mode and the tests fill it directly.
struct SandboxOptions
{
    enum class Seed { Demo, Empty };

    quint16 port = 0; // 0 picks a free port
    QString wazzupKey = QStringLiteral("demo-wazzup-key");
    QString woowupKey = QStringLiteral("demo-woowup-key");
    Seed seed = Seed::Demo;

    int latencyMs = 0; // added before every API answer (not /__sandbox/)

    double faultRate = 0.0; // share of API requests that misbehave, 0..1
    quint32 faultSeed = 1;
    QList<FaultInjector::Kind> faultKinds = FaultInjector::allKinds();
    int hangMs = 120000; // how long a "hang" fault holds the socket

    int woowupRateLimit = 140; // requests per window, 0 = unlimited
    int woowupWindowMs = 60000; // split into two sliding halves
    int wazzupRateLimit = 500; // requests per window, 0 = unlimited
    int wazzupWindowMs = 5000; // fixed window

    int wazzupUserLimit = 1000;

    static void addToParser(QCommandLineParser &parser);
    // Reads the options added by addToParser(); on a bad value returns false
    // and explains it in *error.
    static bool fromParser(const QCommandLineParser &parser, SandboxOptions *options,
                           QString *error);
};
