// Times SheetReader over one workbook:
//   sheetbench FILE [SHEET]
// reads every row of the sheet (default: the first with data) as views
// (SheetReader::readViews, no string per cell), counts rows, fields and
// characters, and prints one line of key=value pairs for
// run_sheet_bench.sh: wall seconds, CPU seconds (what one core does even
// when the machine is busy with other work) and the peak RSS.

#include "sheetreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <ctime>

namespace {

QString peakRss()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return QString::fromLatin1(line.mid(6).simplified()).remove(QLatin1Char(' '));
    }
    return QStringLiteral("?");
}

double cpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.size() < 2) {
        err << "usage: sheetbench FILE [SHEET]\n";
        return 2;
    }
    QFile file(args.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        err << "cannot open " << args.at(1) << ": " << file.errorString() << '\n';
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = cpuSeconds();
    qint64 fields = 0;
    qint64 characters = 0;
    const SheetReadResult result =
        SheetReader().readViews(&file, args.value(2), [&](const CsvRowView &row) {
            fields += row.fields.size();
            for (const QStringView field : row.fields)
                characters += field.size();
            return true;
        });
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpuStart;
    if (!result.isSuccess()) {
        err << result.errorText << '\n';
        return 1;
    }
    out << "mode=userdesk rows=" << result.rowCount << " fields=" << fields
        << " characters=" << characters << " seconds=" << QString::number(seconds, 'f', 3)
        << " cpu_seconds=" << QString::number(cpu, 'f', 3) << " peak_rss=" << peakRss() << '\n';
    return 0;
}
