#include "recentlydeleteddialog.h"

#include "deletedrecordsmodel.h"
#include "readerrorlabel.h"
#include "restorerecords.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

RecentlyDeletedDialog::RecentlyDeletedDialog(DeletedRecordsModel *model, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_view(new QTableView(this))
    , m_interrupted(new QLabel(this))
    , m_resume(new QPushButton(tr("&Resume the deletion"), this))
    , m_busy(new QLabel(this))
    , m_readError(new ReadErrorLabel(this))
    , m_restoreNote(new QLabel(this))
{
    setWindowTitle(tr("Recently deleted"));
    resize(760, 480);
    m_view->setObjectName(QStringLiteral("deletedRecords"));
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Names and times whole; the note, often empty, takes what is left.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(DeletedRecordsModel::NoteColumn,
                                                     QHeaderView::Stretch);
    m_view->verticalHeader()->hide();
    m_interrupted->setWordWrap(true);
    m_interrupted->hide();
    m_resume->hide();
    m_busy->hide();
    // An empty list must not read as "nothing was deleted" when the journal
    // could not be read: say so above the table.
    m_readError->showError(model->errorString());
    connect(model, &DeletedRecordsModel::errorChanged, m_readError, &ReadErrorLabel::showError);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("R&estore selected"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this,
            [this] { emit restoreRequested(selectedItems()); });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        m_resume->setEnabled(false);
        emit resumeRequested(m_interruptedId);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RecentlyDeletedDialog::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &RecentlyDeletedDialog::updateButtons);

    auto *notice = new QHBoxLayout;
    notice->addWidget(m_interrupted, 1);
    notice->addWidget(m_resume);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_readError);
    layout->addLayout(notice);
    layout->addWidget(m_view, 1);
    m_restoreNote->setObjectName(QStringLiteral("restoreNote"));
    m_restoreNote->setWordWrap(true);
    m_restoreNote->hide();
    layout->addWidget(m_restoreNote);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);
    updateButtons();
}

void RecentlyDeletedDialog::setInterrupted(const QList<JournalOperation> &operations)
{
    if (operations.isEmpty()) {
        m_interrupted->hide();
        m_resume->hide();
        m_interruptedId = 0;
        return;
    }
    const JournalOperation &operation = operations.first();
    m_interruptedId = operation.id;
    m_interrupted->setText(
        tr("The deletion started on %1 was interrupted: %n record(s) were never sent. They are "
           "listed below as “not sent yet”.",
           "", operation.pending)
            .arg(QLocale().toString(operation.startedAt.toLocalTime(), QLocale::ShortFormat)));
    m_interrupted->show();
    m_resume->show();
    m_resume->setEnabled(true);
}

void RecentlyDeletedDialog::setBusyText(const QString &text)
{
    m_busy->setText(text);
    m_busy->setVisible(!text.isEmpty());
    updateButtons();
}

QList<JournalItem> RecentlyDeletedDialog::selectedItems() const
{
    QList<JournalItem> items;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        items.append(m_model->itemAt(index.row()));
    return items;
}

void RecentlyDeletedDialog::updateButtons()
{
    bool restorable = false;
    for (const JournalItem &item : selectedItems())
        restorable = restorable || RestoreRecords::canRestore(item);
    m_restore->setEnabled(restorable && !m_busy->isVisible());
}

void RecentlyDeletedDialog::setRestoreNote(const QString &note)
{
    m_restoreNote->setText(note);
    m_restoreNote->setVisible(!note.isEmpty());
}
