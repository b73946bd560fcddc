#include "apiclient.h"
#include "cliapplication.h"
#include "version.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
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

    int exitCode = 0;
    {
        CliApplication cli;
        QObject::connect(&cli, &CliApplication::exitRequested, &app,
                         [](int code) { QCoreApplication::exit(code); });
        // Started from the event loop so that exit() is never called before exec().
        QTimer::singleShot(0, &cli, [&cli] { cli.start(QCoreApplication::arguments()); });
        exitCode = app.exec();
    }
    // exit() leaves replies and Qt Network's helpers in its HTTP thread
    // waiting for deleteLater. Delete them, then the network manager (which
    // stops that thread), while the application still exists: left to its
    // teardown, the thread sometimes quits with them alive (LeakSanitizer).
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    delete ApiClient::sharedNetworkAccessManager();
    return exitCode;
}
