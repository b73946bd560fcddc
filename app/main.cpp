#include "mainwindow.h"
#include "version.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Userdesk"));
    QApplication::setOrganizationName(QStringLiteral("Userdesk"));
    QApplication::setApplicationVersion(QStringLiteral(USERDESK_VERSION));

    MainWindow window;
    window.show();
    return QApplication::exec();
}
