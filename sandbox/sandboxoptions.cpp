#include "sandboxoptions.h"

#include <QCommandLineParser>

namespace {

bool readInt(const QCommandLineParser &parser, const QString &name, int minimum, int *value,
             QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int parsed = parser.value(name).toInt(&ok);
    if (!ok || parsed < minimum) {
        *error = QStringLiteral("--%1 expects an integer of at least %2, got \"%3\"")
                     .arg(name)
                     .arg(minimum)
                     .arg(parser.value(name));
        return false;
    }
    *value = parsed;
    return true;
}

} // namespace

void SandboxOptions::addToParser(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("port"), QStringLiteral("Port to listen on (0 picks a free one)."),
         QStringLiteral("N"), QStringLiteral("0")},
        {QStringLiteral("wazzup-key"), QStringLiteral("Bearer key accepted by /v3."),
         QStringLiteral("K"), QStringLiteral("demo-wazzup-key")},
        {QStringLiteral("woowup-key"), QStringLiteral("Basic key accepted by /apiv3."),
         QStringLiteral("K"), QStringLiteral("demo-woowup-key")},
        {QStringLiteral("seed"), QStringLiteral("Initial data: demo or empty."),
         QStringLiteral("demo|empty"), QStringLiteral("demo")},
        {QStringLiteral("latency-ms"), QStringLiteral("Delay before each API answer."),
         QStringLiteral("N"), QStringLiteral("0")},
        {QStringLiteral("fault-rate"),
         QStringLiteral("Share of API requests answered with a fault (0..1)."), QStringLiteral("P"),
         QStringLiteral("0")},
        {QStringLiteral("fault-seed"), QStringLiteral("Seed of the fault sequence."),
         QStringLiteral("S"), QStringLiteral("1")},
        {QStringLiteral("fault-kinds"),
         QStringLiteral("Comma-separated fault kinds: 500,502,503,429,drop,hang,truncated,"
                        "garbage (default all)."),
         QStringLiteral("list"), QStringLiteral("all")},
        {QStringLiteral("hang-ms"), QStringLiteral("How long a hang fault holds the socket."),
         QStringLiteral("N"), QStringLiteral("120000")},
        {QStringLiteral("woowup-rate"),
         QStringLiteral("WoowUp requests per window (0 = unlimited)."), QStringLiteral("N"),
         QStringLiteral("140")},
        {QStringLiteral("woowup-window-ms"),
         QStringLiteral("WoowUp rate window, two sliding halves."), QStringLiteral("N"),
         QStringLiteral("60000")},
        {QStringLiteral("wazzup-rate"),
         QStringLiteral("Wazzup requests per window (0 = unlimited)."), QStringLiteral("N"),
         QStringLiteral("500")},
        {QStringLiteral("wazzup-window-ms"), QStringLiteral("Wazzup fixed rate window."),
         QStringLiteral("N"), QStringLiteral("5000")},
        {QStringLiteral("wazzup-user-limit"), QStringLiteral("Wazzup account user limit."),
         QStringLiteral("N"), QStringLiteral("1000")},
    });
}

bool SandboxOptions::fromParser(const QCommandLineParser &parser, SandboxOptions *options,
                                QString *error)
{
    SandboxOptions result;
    int port = 0;
    if (!readInt(parser, QStringLiteral("port"), 0, &port, error))
        return false;
    if (port > 65535) {
        *error = QStringLiteral("--port must be at most 65535");
        return false;
    }
    result.port = quint16(port);

    if (parser.isSet(QStringLiteral("wazzup-key")))
        result.wazzupKey = parser.value(QStringLiteral("wazzup-key"));
    if (parser.isSet(QStringLiteral("woowup-key")))
        result.woowupKey = parser.value(QStringLiteral("woowup-key"));
    if (result.wazzupKey.isEmpty() || result.woowupKey.isEmpty()) {
        *error = QStringLiteral("API keys must not be empty");
        return false;
    }

    if (parser.isSet(QStringLiteral("seed"))) {
        const QString seed = parser.value(QStringLiteral("seed"));
        if (seed == QLatin1String("demo")) {
            result.seed = Seed::Demo;
        } else if (seed == QLatin1String("empty")) {
            result.seed = Seed::Empty;
        } else {
            *error = QStringLiteral("--seed expects demo or empty, got \"%1\"").arg(seed);
            return false;
        }
    }

    if (!readInt(parser, QStringLiteral("latency-ms"), 0, &result.latencyMs, error)
        || !readInt(parser, QStringLiteral("hang-ms"), 0, &result.hangMs, error)
        || !readInt(parser, QStringLiteral("woowup-rate"), 0, &result.woowupRateLimit, error)
        || !readInt(parser, QStringLiteral("woowup-window-ms"), 2, &result.woowupWindowMs, error)
        || !readInt(parser, QStringLiteral("wazzup-rate"), 0, &result.wazzupRateLimit, error)
        || !readInt(parser, QStringLiteral("wazzup-window-ms"), 1, &result.wazzupWindowMs, error)
        || !readInt(parser, QStringLiteral("wazzup-user-limit"), 0, &result.wazzupUserLimit,
                    error)) {
        return false;
    }

    if (parser.isSet(QStringLiteral("fault-rate"))) {
        bool ok = false;
        const double rate = parser.value(QStringLiteral("fault-rate")).toDouble(&ok);
        if (!ok || rate < 0.0 || rate > 1.0) {
            *error = QStringLiteral("--fault-rate expects a number between 0 and 1");
            return false;
        }
        result.faultRate = rate;
    }
    if (parser.isSet(QStringLiteral("fault-seed"))) {
        bool ok = false;
        const uint seed = parser.value(QStringLiteral("fault-seed")).toUInt(&ok);
        if (!ok) {
            *error = QStringLiteral("--fault-seed expects a non-negative integer");
            return false;
        }
        result.faultSeed = seed;
    }
    if (parser.isSet(QStringLiteral("fault-kinds"))
        && !FaultInjector::parseKinds(parser.value(QStringLiteral("fault-kinds")),
                                      &result.faultKinds)) {
        *error = QStringLiteral("--fault-kinds: unknown kind in \"%1\"")
                     .arg(parser.value(QStringLiteral("fault-kinds")));
        return false;
    }

    *options = result;
    return true;
}
