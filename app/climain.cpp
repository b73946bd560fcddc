#include "cliapplication.h"
#include "version.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("userdesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(USERDESK_VERSION));

    // stderr carries exactly one line when something fails; library chatter
    // stays off unless asked for with QT_LOGGING_RULES (which wins over this).
    QLoggingCategory::setFilterRules(
        QStringLiteral("*.debug=false\n*.info=false\n*.warning=false"));

    CliApplication cli;
    QObject::connect(&cli, &CliApplication::exitRequested, &app,
                     [](int exitCode) { QCoreApplication::exit(exitCode); });
    // Started from the event loop so that exit() is never called before exec().
    QTimer::singleShot(0, &cli, [&cli] { cli.start(QCoreApplication::arguments()); });
    return app.exec();
}
