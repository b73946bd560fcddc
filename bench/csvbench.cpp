// Times the CSV import's reading half on one file:
//   csvbench FILE parse   read, decode and split into fields
//   csvbench FILE full    the same, then map to WoowUp customers and validate
// Prints one line of key=value pairs for run_csv_bench.sh: wall seconds, and
// the process's CPU seconds, which tell what one core does even when the
// machine is busy with other work (the wall clock then mostly measures waiting).

#include "columnmapping.h"
#include "csvreader.h"
#include "csvsniffer.h"
#include "importrowmapper.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <ctime>

namespace {

// Peak resident memory, for when /usr/bin/time is not around.
QString peakRss()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return QString::fromLatin1(line.mid(6).simplified());
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
    QTextStream err(stderr);
    err.setEncoding(QStringConverter::Utf8);
    if (args.size() < 3
        || (args.at(2) != QLatin1String("parse") && args.at(2) != QLatin1String("full"))) {
        err << "usage: csvbench FILE parse|full\n";
        return 2;
    }
    const bool full = args.at(2) == QLatin1String("full");
    // CSVBENCH_SHOW_ISSUES=N prints the first N issues, to check the data.
    const int showIssues = qEnvironmentVariableIntValue("CSVBENCH_SHOW_ISSUES");
    QFile file(args.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        err << "cannot open " << args.at(1) << ": " << file.errorString() << '\n';
        return 1;
    }

    QElapsedTimer timer;
    timer.start();
    const double cpuStart = cpuSeconds();
    // The sniffer's choice, as the import dialog would make it.
    const CsvSniffResult sniffed = CsvSniffer::sniff(&file);
    CsvOptions options;
    options.encoding = sniffed.encoding;
    options.delimiter = sniffed.delimiter;
    if (const int chunk = qEnvironmentVariableIntValue("CSVBENCH_CHUNK_SIZE"); chunk > 0)
        options.chunkSize = chunk;

    qint64 fields = 0;
    qint64 characters = 0;
    qint64 records = 0;
    qint64 errorRows = 0;
    qint64 issueCount = 0;
    std::optional<ImportRowMapper> mapper;
    // One record refilled row after row, as a streaming import keeps none.
    WoowUpCustomer customer;
    const CsvReadResult result = CsvReader::readViews(&file, options, [&](const CsvRowView &row) {
        fields += row.fields.size();
        if (!full) {
            for (const QStringView field : row.fields)
                characters += field.size();
            return true;
        }
        if (!mapper) {
            QStringList headers;
            for (const QStringView field : row.fields)
                headers.append(field.toString());
            mapper.emplace(ColumnMapping::automatic(Service::WoowUp, headers),
                           CustomAttributeDefinitions{}, ImportValueParser::DateOrder::DayFirst);
            return true;
        }
        ValidationIssues issues;
        mapper->toWoowUpCustomer(row, customer, &issues);
        records += customer.email.isEmpty() ? 0 : 1;
        for (const ValidationIssue &issue : issues) {
            if (issueCount++ < showIssues)
                err << issue.message << '\n';
        }
        errorRows += hasErrors(issues) ? 1 : 0;
        return true;
    });
    const double seconds = timer.nsecsElapsed() / 1e9;
    const double cpu = cpuSeconds() - cpuStart;
    if (!result.isSuccess()) {
        err << "read failed: " << result.errorText << '\n';
        return 1;
    }
    const double megabytes = result.bytesRead / 1e6;
    std::printf("mode=%s bytes=%lld rows=%lld fields=%lld seconds=%.3f mb_per_s=%.1f "
                "cpu_seconds=%.3f mb_per_cpu_s=%.1f issues=%lld error_rows=%lld encoding=%s "
                "delimiter=%s peak_rss=%s\n",
                full ? "full" : "parse", static_cast<long long>(result.bytesRead),
                static_cast<long long>(result.rowCount), static_cast<long long>(fields), seconds,
                megabytes / seconds, cpu, megabytes / cpu, static_cast<long long>(issueCount),
                static_cast<long long>(errorRows), result.encoding.constData(),
                result.delimiter == u'\t' ? "tab" : QString(result.delimiter).toUtf8().constData(),
                peakRss().remove(u' ').toUtf8().constData());
    Q_UNUSED(characters)
    Q_UNUSED(records)
    return 0;
}
