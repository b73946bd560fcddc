#include "clidelete.h"

#include "account.h"
#include "apiclient.h"
#include "bulkdelete.h"
#include "clijournal.h"
#include "journal.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {

const char journalVariable[] = "USERDESK_JOURNAL";

} // namespace

QString CliDeleteCommand::description() const
{
    return QStringLiteral("Delete the Wazzup users or WoowUp customers listed in --ids FILE, "
                          "keeping a snapshot of each in the local journal.");
}

void CliDeleteCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("ids"),
                      QStringLiteral("delete: file with one id per line (WoowUp: e-mail, "
                                     "document, telephone or field=value)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("journal"),
                      QStringLiteral("delete: journal file for the snapshots (default: $%1 or "
                                     "the user's data folder).")
                          .arg(QLatin1String(journalVariable)),
                      QStringLiteral("FILE")});
}

bool CliDeleteCommand::start(const CliContext &context, const QCommandLineParser &parser,
                             QString *usageError)
{
    if (!parser.isSet(QStringLiteral("ids"))) {
        *usageError = QStringLiteral("delete needs --ids FILE");
        return false;
    }
    const QString path = parser.value(QStringLiteral("ids"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *usageError = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QStringList lines;
    QTextStream in(&file);
    in.setEncoding(QStringConverter::Utf8);
    while (!in.atEnd()) {
        const QString line = in.readLine().trimmed();
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
            lines.append(line);
    }
    if (lines.isEmpty()) {
        *usageError = QStringLiteral("%1 names nothing to delete").arg(path);
        return false;
    }

    m_journal = new Journal(this);
    if (!m_journal->open(CliJournal::path(parser))) {
        *usageError = QStringLiteral("nothing was deleted: %1").arg(m_journal->errorString());
        return false;
    }

    m_job =
        context.account->createBulkDelete(m_journal, CliJournal::profileId(context.account), this);
    m_job->setIdentifiers(lines);
    connect(m_job, &BulkDelete::finished, this, [this, context] { report(context); });
    m_job->start();
    return true;
}

void CliDeleteCommand::report(const CliContext &context)
{
    if (!m_job->errorString().isEmpty()) {
        emit finished(Failure, m_job->errorString());
        return;
    }
    const int deleted = m_job->count(JournalItem::State::Deleted);
    const int absent = m_job->count(JournalItem::State::Absent);
    const int failed =
        m_job->count(JournalItem::State::Failed) + m_job->count(JournalItem::State::Cancelled);
    QTextStream &out = *context.out;
    if (context.json) {
        QJsonArray failures;
        QJsonArray absentIds;
        for (const JournalItem &item : m_job->items()) {
            if (item.state == JournalItem::State::Absent)
                absentIds.append(item.recordKey);
            if (item.state == JournalItem::State::Failed
                || item.state == JournalItem::State::Cancelled)
                failures.append(QJsonObject{{QStringLiteral("id"), item.recordKey},
                                            {QStringLiteral("name"), item.label},
                                            {QStringLiteral("reason"), item.error}});
        }
        const QJsonObject result{{QStringLiteral("deleted"), deleted},
                                 {QStringLiteral("absent"), absent},
                                 {QStringLiteral("failed"), failed},
                                 {QStringLiteral("absent_ids"), absentIds},
                                 {QStringLiteral("failures"), failures},
                                 {QStringLiteral("operation"), m_job->operationId()},
                                 {QStringLiteral("journal"), m_journal->path()}};
        out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented));
    } else {
        for (const JournalItem &item : m_job->items()) {
            if (item.state == JournalItem::State::Absent)
                out << "already gone: " << item.label << '\n';
            else if (item.state == JournalItem::State::Failed
                     || item.state == JournalItem::State::Cancelled)
                out << "not deleted: " << item.label << ": " << item.error << '\n';
        }
        out << "deleted " << deleted << ", already gone " << absent << ", not deleted " << failed
            << " (journal operation " << m_job->operationId() << " in " << m_journal->path()
            << ")\n";
    }
    if (failed > 0)
        emit finished(Failure,
                      QStringLiteral("%1 of %2 record(s) could not be deleted")
                          .arg(failed)
                          .arg(m_job->total()));
    else
        emit finished(Success, QString());
}
