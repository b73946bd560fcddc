#include "cliundo.h"

#include "account.h"
#include "clijournal.h"
#include "journal.h"
#include "undoengine.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

QString CliUndoCommand::description() const
{
    return QStringLiteral("undo ID: revert operation ID of history (--dry-run: only say what "
                          "it would do; --force: also records changed on the server since).");
}

void CliUndoCommand::addOptions(QCommandLineParser &parser) const
{
    // --dry-run and --rate-limit are import's options, --journal delete's:
    // undo reads them too.
    parser.addOption({QStringLiteral("force"),
                      QStringLiteral("undo: overwrite records changed on the server since the "
                                     "operation (conflicts).")});
}

bool CliUndoCommand::start(const CliContext &context, const QCommandLineParser &parser,
                           QString *usageError)
{
    const QStringList arguments = parser.positionalArguments();
    bool ok = false;
    const qint64 operationId = arguments.size() == 2 ? arguments.at(1).toLongLong(&ok) : 0;
    if (!ok || operationId <= 0) {
        *usageError = QStringLiteral("undo needs the id of an operation (see history)");
        return false;
    }
    m_journal = new Journal(this);
    if (!m_journal->open(CliJournal::path(parser))) {
        *usageError = QStringLiteral("nothing was undone: %1").arg(m_journal->errorString());
        return false;
    }
    m_dryRun = parser.isSet(QStringLiteral("dry-run"));
    Account *account = CliJournal::withRateLimit(parser, context.account, this, usageError);
    if (!account)
        return false;
    m_engine = account->createUndo(m_journal, CliJournal::profileId(context.account), this);
    m_engine->setDryRun(m_dryRun);
    m_engine->setForce(parser.isSet(QStringLiteral("force")));
    connect(m_engine, &UndoEngine::finished, this, [this, context] { report(context); });
    if (!m_engine->start(operationId)) {
        *usageError = QStringLiteral("nothing was undone: %1").arg(m_engine->errorString());
        return false;
    }
    return true;
}

void CliUndoCommand::report(const CliContext &context)
{
    const int reverted = m_engine->revertedCount();
    const int conflicts = m_engine->conflictCount();
    const int failed = m_engine->failedCount();
    QTextStream &out = *context.out;
    if (context.json) {
        QJsonArray records;
        for (const JournalItem &step : m_engine->steps()) {
            records.append(QJsonObject{
                {QStringLiteral("key"), step.recordKey},
                {QStringLiteral("name"), step.label},
                {QStringLiteral("action"), step.action},
                {QStringLiteral("outcome"), JournalItem::stateName(step.state)},
                {QStringLiteral("note"), step.error},
            });
        }
        QJsonArray conflictList;
        for (const UndoEngine::Conflict &conflict : m_engine->conflicts()) {
            conflictList.append(QJsonObject{{QStringLiteral("record"), conflict.record},
                                            {QStringLiteral("field"), conflict.field},
                                            {QStringLiteral("wrote"), conflict.wrote},
                                            {QStringLiteral("now"), conflict.now}});
        }
        const QJsonObject result{
            {QStringLiteral("operation"), m_engine->targetOperationId()},
            {QStringLiteral("undo_operation"), m_engine->undoOperationId()},
            {QStringLiteral("dry_run"), m_dryRun},
            {QStringLiteral("resumed"), m_engine->wasResumed()},
            {QStringLiteral("requests"), m_engine->requestCount()},
            {QStringLiteral("records"), records},
            {QStringLiteral("conflict_details"), conflictList},
            {QStringLiteral("reverted"), reverted},
            {QStringLiteral("conflicts"), conflicts},
            {QStringLiteral("failed"), failed},
        };
        out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented));
    } else {
        for (const JournalItem &step : m_engine->steps()) {
            if (step.state == JournalItem::State::Conflict
                || step.state == JournalItem::State::Failed)
                out << JournalItem::stateName(step.state) << ": "
                    << (step.label.isEmpty() ? step.recordKey : step.label) << ": " << step.error
                    << '\n';
        }
        out << (m_dryRun ? "would revert " : "reverted ") << reverted << ", conflicts " << conflicts
            << ", failed " << failed;
        if (!m_dryRun)
            out << " (undo operation " << m_engine->undoOperationId() << ")";
        out << '\n';
    }
    if (failed > 0 || conflicts > 0)
        emit finished(Failure,
                      QStringLiteral("%1 record(s) not reverted: %2 conflict(s) (left "
                                     "alone; --force overwrites), %3 failed")
                          .arg(failed + conflicts)
                          .arg(conflicts)
                          .arg(failed));
    else
        emit finished(Success, QString());
}
