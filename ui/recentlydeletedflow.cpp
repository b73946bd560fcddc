#include "recentlydeletedflow.h"

#include "account.h"
#include "bulkdelete.h"
#include "deletedrecordsmodel.h"
#include "deleteprogressdialog.h"
#include "journal.h"
#include "recentlydeleteddialog.h"
#include "restorerecords.h"

#include <QMessageBox>

void RecentlyDeletedFlow::open(QWidget *parent) const
{
    if (!journal)
        return;
    auto *model = new DeletedRecordsModel;
    auto *dialog = new RecentlyDeletedDialog(model, parent);
    dialog->setRestoreNote(restoreNote);
    model->setParent(dialog);
    model->setJournal(journal, profileId);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setInterrupted(journal->interruptedOperations(profileId));

    const RecentlyDeletedFlow flow = *this;
    QObject::connect(
        dialog, &RecentlyDeletedDialog::resumeRequested, dialog, [flow, dialog, parent](qint64 id) {
            BulkDelete *job = flow.account->createBulkDelete(flow.journal, flow.profileId);
            auto *progress = new DeleteProgressDialog(job, parent);
            job->setParent(progress);
            progress->setAttribute(Qt::WA_DeleteOnClose);
            progress->setWindowTitle(flow.deletingTitle);
            QObject::connect(job, &BulkDelete::finished, dialog, [flow, dialog] {
                dialog->setInterrupted(flow.journal->interruptedOperations(flow.profileId));
            });
            if (job->resume(id))
                progress->open();
            else
                delete progress;
        });
    QObject::connect(
        dialog, &RecentlyDeletedDialog::restoreRequested, dialog,
        [flow, dialog](const QList<JournalItem> &items) {
            RestoreRecords *restore = flow.account->createRestore(flow.journal, dialog);
            QObject::connect(restore, &RestoreRecords::progress, dialog,
                             [flow, dialog](int done, int total) {
                                 dialog->setBusyText(flow.restoringText(done, total));
                             });
            QObject::connect(restore, &RestoreRecords::finished, dialog, [flow, restore, dialog] {
                dialog->setBusyText(QString());
                const QStringList problems = restore->problems();
                QString text = flow.restoredText(restore->restoredCount(), int(problems.size()));
                if (!problems.isEmpty())
                    text += QLatin1Char('\n') + problems.mid(0, 20).join(QLatin1Char('\n'));
                QMessageBox::information(dialog, flow.restoreTitle, text);
                restore->deleteLater();
            });
            restore->start(items);
        });
    dialog->open();
}
