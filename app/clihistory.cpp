#include "clihistory.h"

#include "clijournal.h"
#include "journal.h"
#include "undoengine.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

QString CliHistoryCommand::description() const
{
    return QStringLiteral("List this account's operations (imports, form saves, deletes, "
                          "restores, undos) from the local journal, newest first, with the id "
                          "undo takes.");
}

void CliHistoryCommand::addOptions(QCommandLineParser &parser) const
{
    // --journal is delete's option; history reads the same file.
    parser.addOption({QStringLiteral("clear"),
                      QStringLiteral("history: forget this account's finished operations and "
                                     "their before-images first (they can no longer be undone "
                                     "or restored).")});
    parser.addOption({QStringLiteral("clear-older-than"),
                      QStringLiteral("history: forget only those started more than DAYS days "
                                     "ago."),
                      QStringLiteral("DAYS")});
}

bool CliHistoryCommand::start(const CliContext &context, const QCommandLineParser &parser,
                              QString *usageError)
{
    Journal journal;
    if (!journal.open(CliJournal::path(parser))) {
        *usageError = journal.errorString();
        return false;
    }
    const QString profileId = CliJournal::profileId(context.account);
    const QString olderThan = parser.value(QStringLiteral("clear-older-than"));
    if (parser.isSet(QStringLiteral("clear")) || !olderThan.isEmpty()) {
        bool ok = true;
        const int days = olderThan.isEmpty() ? 0 : olderThan.toInt(&ok);
        if (!ok || days < 0) {
            *usageError = QStringLiteral("--clear-older-than takes a number of days");
            return false;
        }
        const QDateTime before =
            olderThan.isEmpty() ? QDateTime() : QDateTime::currentDateTimeUtc().addDays(-days);
        if (!journal.clearOperations(profileId, before)) {
            *usageError = journal.errorString();
            return false;
        }
    }
    QString error;
    const QList<JournalOperation> operations = journal.history(profileId, &error);
    if (!error.isEmpty()) {
        *usageError = error;
        return false;
    }
    QTextStream &out = *context.out;
    if (context.json) {
        QJsonArray list;
        for (const JournalOperation &operation : operations) {
            QJsonObject entry{
                {QStringLiteral("id"), operation.id},
                {QStringLiteral("kind"), operation.kind},
                {QStringLiteral("what"), operation.what},
                {QStringLiteral("state"),
                 operation.interrupted ? QStringLiteral("interrupted") : operation.state},
                {QStringLiteral("started_at"), operation.startedAt.toString(Qt::ISODateWithMs)},
                {QStringLiteral("finished_at"),
                 operation.finishedAt.isValid() ? operation.finishedAt.toString(Qt::ISODateWithMs)
                                                : QString()},
                {QStringLiteral("records"), operation.total},
                {QStringLiteral("changed"), operation.changed()},
                {QStringLiteral("failed"), operation.failed},
                {QStringLiteral("conflicts"), operation.conflicts},
                {QStringLiteral("undoable"), UndoEngine::canUndo(operation)},
            };
            if (operation.undoes > 0)
                entry.insert(QStringLiteral("undoes"), operation.undoes);
            list.append(entry);
        }
        out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
    } else if (operations.isEmpty()) {
        out << "no operations in " << journal.path() << '\n';
    } else {
        for (const JournalOperation &operation : operations) {
            out << operation.id << '\t' << operation.startedAt.toLocalTime().toString(Qt::ISODate)
                << '\t' << operation.kind << '\t' << operation.what << '\t'
                << (operation.interrupted ? QStringLiteral("interrupted") : operation.state) << '\t'
                << operation.changed() << " of " << operation.total << " changed";
            if (operation.failed > 0)
                out << ", " << operation.failed << " failed";
            if (operation.conflicts > 0)
                out << ", " << operation.conflicts << " conflicts";
            if (operation.undoes > 0)
                out << " (undoes " << operation.undoes << ')';
            out << '\n';
        }
    }
    QTimer::singleShot(0, this, [this] { emit finished(Success, QString()); });
    return true;
}
