#include "historyflow.h"

#include "account.h"
#include "historydialog.h"
#include "historymodel.h"
#include "historyretention.h"
#include "journal.h"
#include "operationchangesmodel.h"
#include "undoengine.h"

#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>

namespace {

QString storageText(const Journal *journal)
{
    return HistoryDialog::tr("Kept on this computer only, readable by you alone: %1 (%2).")
        .arg(journal->path(), QLocale().formattedDataSize(qMax<qint64>(0, journal->sizeInBytes())));
}

QString outcomeText(const UndoEngine *engine)
{
    if (!engine->errorString().isEmpty())
        return engine->errorString();
    QStringList parts{HistoryDialog::tr("%n record(s) reverted.", "", engine->revertedCount())};
    if (const int conflicts = engine->conflictCount())
        parts.append(HistoryDialog::tr("%n record(s) changed on the server since and were left "
                                       "alone: see them below; Overwrite changes… reverts them "
                                       "too.",
                                       "", conflicts));
    if (const int failed = engine->failedCount())
        parts.append(HistoryDialog::tr("%n record(s) could not be reverted: see why below; Undo "
                                       "again tries them again.",
                                       "", failed));
    return parts.join(QLatin1Char(' '));
}

} // namespace

void HistoryFlow::open(QWidget *parent) const
{
    if (!journal || !account)
        return;
    UndoEngine *engine = account->createUndo(journal, profileId);
    auto *history = new HistoryModel;
    history->setJournal(journal, profileId);
    auto *changes =
        new OperationChangesModel([engine = QPointer<UndoEngine>(engine)](const JournalItem &item) {
            return engine ? engine->describe(item) : FieldChanges();
        });
    changes->setJournal(journal);
    auto *dialog = new HistoryDialog(history, changes, parent);
    engine->setParent(dialog);
    history->setParent(dialog);
    changes->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(HistoryDialog::tr("History of “%1”").arg(accountName));
    dialog->setUndoNote(undoNote);
    QSettings appSettings;
    dialog->setKeepDays(HistoryRetention(appSettings).days());
    dialog->setStorageText(storageText(journal));

    const HistoryFlow flow = *this;
    QObject::connect(dialog, &HistoryDialog::undoRequested, dialog,
                     [engine, dialog](qint64 operationId, bool force) {
                         engine->setForce(force);
                         if (!engine->start(operationId)) {
                             dialog->setResult(engine->errorString());
                             return;
                         }
                         dialog->setUndoRunning(true);
                     });
    QObject::connect(engine, &UndoEngine::progress, dialog, &HistoryDialog::setUndoProgress);
    QObject::connect(dialog, &HistoryDialog::pauseRequested, engine, [engine](bool pause) {
        if (pause)
            engine->pause();
        else
            engine->resume();
    });
    QObject::connect(dialog, &HistoryDialog::cancelRequested, engine, &UndoEngine::cancel);
    QObject::connect(engine, &UndoEngine::finished, dialog, [flow, engine, dialog] {
        dialog->setResult(outcomeText(engine));
        dialog->selectOperation(engine->undoOperationId());
        dialog->setStorageText(storageText(flow.journal));
        dialog->setUndoRunning(false);
    });
    QObject::connect(dialog, &HistoryDialog::keepDaysChanged, dialog, [flow, dialog](int days) {
        QSettings settings;
        HistoryRetention retention(settings);
        retention.setDays(days);
        if (!retention.apply(flow.journal, flow.profileId))
            dialog->setResult(flow.journal->errorString());
        dialog->setStorageText(storageText(flow.journal));
    });
    QObject::connect(dialog, &HistoryDialog::clearRequested, dialog, [flow, dialog] {
        if (!flow.journal->clearOperations(flow.profileId))
            dialog->setResult(flow.journal->errorString());
        dialog->setStorageText(storageText(flow.journal));
    });
    dialog->open();
}

QStringList HistoryFlow::unfinishedUndoNotices(const Journal *journal, const QString &profileId)
{
    QStringList notices;
    if (!journal)
        return notices;
    for (const JournalOperation &operation : journal->history(profileId)) {
        if (operation.kind == QLatin1String("undo") && operation.interrupted)
            notices.append(HistoryDialog::tr("The undo of no. %1 was interrupted before it "
                                             "finished. Open File › History… to resume it.")
                               .arg(operation.undoes));
    }
    return notices;
}
