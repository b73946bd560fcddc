// userdesk-sandbox: serves the Wazzup and WoowUp users APIs on 127.0.0.1.

#include "sandboxoptions.h"
#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("userdesk-sandbox"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Local emulation of the Wazzup (/v3) and WoowUp (/apiv3) users APIs."));
    parser.addHelpOption();
    SandboxOptions::addToParser(parser);
    parser.process(app);

    SandboxOptions options;
    QString error;
    if (!SandboxOptions::fromParser(parser, &options, &error)) {
        std::fprintf(stderr, "userdesk-sandbox: %s\n", qPrintable(error));
        return 2;
    }

    SandboxServer server(options);
    if (!server.listen(options.port)) {
        std::fprintf(stderr, "userdesk-sandbox: cannot listen on 127.0.0.1:%u\n",
                     unsigned(options.port));
        return 1;
    }
    // Scripts read this line to learn the port: keep it exact and flushed.
    std::printf("listening on http://127.0.0.1:%u\n", unsigned(server.port()));
    std::fflush(stdout);
    return app.exec();
}
