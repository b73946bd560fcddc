// Start-up baseline: the least a Qt Widgets program does to show a window
// with a table — what `userdesk --demo` is compared against.

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QMainWindow window;
    auto *model = new QStandardItemModel(100, 5, &window);
    auto *view = new QTableView(&window);
    view->setModel(model);
    window.setCentralWidget(view);
    window.show();
    QTimer::singleShot(0, &app, [&] {
        view->viewport()->repaint();
        QFile status(QStringLiteral("/proc/self/status"));
        qint64 kib = 0;
        if (status.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : status.readAll().split('\n')) {
                if (line.startsWith("VmRSS:"))
                    kib = line.mid(6).trimmed().split(' ').first().toLongLong();
            }
        }
        std::printf("first page shown after %lld ms in main; resident %lld KiB\n",
                    sinceMain.elapsed(), kib);
        std::fflush(stdout);
        QCoreApplication::quit();
    });
    return QApplication::exec();
}
