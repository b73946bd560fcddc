#include "historydialog.h"

#include "historymodel.h"
#include "operationchangesmodel.h"
#include "readerrorlabel.h"
#include "undoengine.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

const QList<int> keepChoices{0, 30, 90, 365};

QString keepText(int days)
{
    if (days == 0)
        return HistoryDialog::tr("until I clear it");
    if (days == 365)
        return HistoryDialog::tr("for a year");
    return HistoryDialog::tr("for %n day(s)", "", days);
}

// Asks, with one button that does it and Cancel (the default).
bool confirmed(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
               const QString &details, const QString &action, QMessageBox::ButtonRole role)
{
    QMessageBox box(icon, title, text, QMessageBox::Cancel, parent);
    box.setInformativeText(details);
    QPushButton *button = box.addButton(action, role);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == button;
}

} // namespace

HistoryDialog::HistoryDialog(HistoryModel *history, OperationChangesModel *changes, QWidget *parent)
    : QDialog(parent)
    , m_history(history)
    , m_changes(changes)
    , m_operations(new QTableView(this))
    , m_details(new QTreeView(this))
    , m_readError(new ReadErrorLabel(this))
    , m_detailsTitle(new QLabel(this))
    , m_result(new QLabel(this))
    , m_storage(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_pause(new QPushButton(tr("&Pause"), this))
    , m_cancel(new QPushButton(tr("&Stop"), this))
    , m_keep(new QComboBox(this))
{
    setWindowTitle(tr("History"));
    resize(900, 600);

    auto *intro = new QLabel(tr("Every change Userdesk sent to this account, newest first. "
                                "Undo takes one back: what it created is deleted, the fields "
                                "it changed get their earlier values, what it deleted is "
                                "created again. An undo is in the history too, so it can be "
                                "undone."),
                             this);
    intro->setWordWrap(true);

    m_operations->setObjectName(QStringLiteral("operations"));
    m_operations->setModel(history);
    m_operations->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_operations->setSelectionMode(QAbstractItemView::SingleSelection);
    m_operations->verticalHeader()->hide();
    m_operations->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_operations->horizontalHeader()->setSectionResizeMode(HistoryModel::WhatColumn,
                                                           QHeaderView::Stretch);

    m_details->setObjectName(QStringLiteral("details"));
    m_details->setModel(changes);
    m_details->setUniformRowHeights(true);
    m_details->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_details->header()->setStretchLastSection(true);
    m_details->setColumnWidth(OperationChangesModel::RecordColumn, 260);
    m_details->setColumnWidth(OperationChangesModel::ActionColumn, 110);
    m_details->setColumnWidth(OperationChangesModel::ChangeColumn, 300);

    m_readError->showError(history->errorString());
    connect(history, &HistoryModel::errorChanged, m_readError, &ReadErrorLabel::showError);

    m_detailsTitle->setObjectName(QStringLiteral("detailsTitle"));
    m_detailsTitle->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->hide();
    m_storage->setObjectName(QStringLiteral("storage"));
    m_storage->setWordWrap(true);
    m_storage->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *detailsPane = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(detailsPane);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_detailsTitle);
    detailsLayout->addWidget(m_details, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_operations);
    splitter->addWidget(detailsPane);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    m_progress->setObjectName(QStringLiteral("undoProgress"));
    m_pause->setObjectName(QStringLiteral("pauseUndo"));
    m_pause->setCheckable(true);
    m_cancel->setObjectName(QStringLiteral("stopUndo"));
    connect(m_pause, &QPushButton::toggled, this, [this](bool paused) {
        m_pause->setText(paused ? tr("&Continue") : tr("&Pause"));
        emit pauseRequested(paused);
    });
    connect(m_cancel, &QPushButton::clicked, this, &HistoryDialog::cancelRequested);
    auto *running = new QHBoxLayout;
    running->addWidget(m_progress, 1);
    running->addWidget(m_pause);
    running->addWidget(m_cancel);

    for (int days : keepChoices)
        m_keep->addItem(keepText(days), days);
    m_keep->setObjectName(QStringLiteral("keepHistory"));
    auto *keepLabel = new QLabel(tr("Keep the history:"), this);
    keepLabel->setBuddy(m_keep);
    connect(m_keep, &QComboBox::activated, this,
            [this] { emit keepDaysChanged(m_keep->currentData().toInt()); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_undo = buttons->addButton(tr("&Undo…"), QDialogButtonBox::ActionRole);
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_overwrite = buttons->addButton(tr("&Overwrite changes…"), QDialogButtonBox::ActionRole);
    m_overwrite->setObjectName(QStringLiteral("overwriteButton"));
    m_overwrite->setToolTip(tr("Undo again, also for the records that changed on the server "
                               "since and were left alone"));
    m_clear = new QPushButton(tr("C&lear history…"), this);
    m_clear->setObjectName(QStringLiteral("clearHistory"));
    connect(buttons, &QDialogButtonBox::rejected, this, &HistoryDialog::reject);
    connect(m_undo, &QPushButton::clicked, this, &HistoryDialog::askUndo);
    connect(m_overwrite, &QPushButton::clicked, this, &HistoryDialog::askOverwrite);
    connect(m_clear, &QPushButton::clicked, this, &HistoryDialog::askClear);

    auto *keep = new QHBoxLayout;
    keep->addWidget(keepLabel);
    keep->addWidget(m_keep);
    keep->addWidget(m_clear);
    keep->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_readError);
    layout->addWidget(splitter, 1);
    layout->addLayout(running);
    layout->addWidget(m_result);
    layout->addLayout(keep);
    layout->addWidget(m_storage);
    layout->addWidget(buttons);

    connect(m_operations->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryDialog::showDetails);
    // A refresh (the journal changed) keeps the selection on its operation.
    connect(history, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (m_reselect == 0)
            m_reselect = selectedOperation();
    });
    connect(history, &QAbstractItemModel::modelReset, this, [this] {
        const qint64 id = m_reselect;
        m_reselect = 0;
        if (id != 0)
            selectOperation(id);
        else if (m_history->rowCount() > 0)
            m_operations->selectRow(0);
        updateButtons();
    });
    setUndoRunning(false);
    if (history->rowCount() > 0)
        m_operations->selectRow(0);
    updateButtons();
}

void HistoryDialog::setUndoNote(const QString &note)
{
    m_undoNote = note;
}

void HistoryDialog::setKeepDays(int days)
{
    int index = m_keep->findData(days);
    if (index < 0) {
        m_keep->addItem(keepText(days), days);
        index = m_keep->count() - 1;
    }
    m_keep->setCurrentIndex(index);
}

void HistoryDialog::setStorageText(const QString &text)
{
    m_storage->setText(text);
}

qint64 HistoryDialog::selectedOperation() const
{
    const QModelIndexList rows = m_operations->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(HistoryModel::OperationIdRole).toLongLong();
}

void HistoryDialog::selectOperation(qint64 operationId)
{
    const int row = m_history->rowOf(operationId);
    if (row < 0) {
        m_reselect = operationId; // not listed yet: after the next refresh
        return;
    }
    m_operations->selectRow(row);
    m_operations->scrollTo(m_history->index(row, 0));
}

void HistoryDialog::setUndoRunning(bool running)
{
    m_running = running;
    m_progress->setVisible(running);
    m_pause->setVisible(running);
    m_cancel->setVisible(running);
    if (running) {
        m_pause->setChecked(false);
        m_progress->setRange(0, 0);
        m_result->hide();
    }
    updateButtons();
    if (!running && m_closeWhenDone)
        QDialog::reject();
}

void HistoryDialog::setUndoProgress(int done, int total)
{
    m_progress->setRange(0, qMax(total, 1));
    m_progress->setValue(done);
    m_progress->setFormat(tr("%1 of %n record(s)", "", total).arg(done));
}

void HistoryDialog::setResult(const QString &text)
{
    m_result->setText(text);
    m_result->setVisible(!text.isEmpty());
}

void HistoryDialog::reject()
{
    if (!m_running) {
        QDialog::reject();
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Stop the undo?"),
        tr("An undo is running. Stop it and close? What it has reverted stays reverted; it can "
           "be taken up again from the History."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    m_closeWhenDone = true;
    emit cancelRequested();
}

void HistoryDialog::showDetails()
{
    const qint64 id = selectedOperation();
    const int row = m_history->rowOf(id);
    if (row < 0) {
        m_detailsTitle->clear();
        m_changes->setOperation(0);
    } else {
        const JournalOperation &operation = m_history->operationAt(row);
        m_detailsTitle->setText(tr("Records of no. %1 (%2 %3):")
                                    .arg(operation.id)
                                    .arg(HistoryModel::kindText(operation), operation.what));
        if (m_changes->operationId() != id || !m_running)
            m_changes->setOperation(id);
    }
    updateButtons();
}

qint64 HistoryDialog::overwritableUndo() const
{
    const int row = m_history->rowOf(selectedOperation());
    if (row < 0)
        return 0;
    const JournalOperation &operation = m_history->operationAt(row);
    const bool leftSome = operation.kind == QLatin1String("undo") && operation.conflicts > 0
        && operation.state == QLatin1String("finished") && !operation.interrupted;
    return leftSome ? operation.id : 0;
}

void HistoryDialog::updateButtons()
{
    const int row = m_history->rowOf(selectedOperation());
    m_undo->setText(tr("&Undo…"));
    m_undo->setToolTip(QString());
    bool canUndo = false;
    if (row >= 0) {
        const JournalOperation &operation = m_history->operationAt(row);
        const bool unfinishedUndo = operation.kind == QLatin1String("undo")
            && (operation.interrupted || operation.state == QLatin1String("cancelled"));
        if (unfinishedUndo) {
            m_undo->setText(tr("&Resume the undo"));
            canUndo = true;
        } else if (const qint64 undo = m_history->undoneBy(operation.id)) {
            m_undo->setToolTip(tr("Already undone by no. %1: undo that one to have the changes "
                                  "back.")
                                   .arg(undo));
        } else {
            canUndo = UndoEngine::canUndo(operation);
            if (!canUndo)
                m_undo->setToolTip(tr("It changed nothing on the server."));
        }
    }
    m_undo->setEnabled(canUndo && !m_running);
    m_overwrite->setVisible(overwritableUndo() != 0);
    m_overwrite->setEnabled(!m_running);
    m_clear->setEnabled(!m_running && m_history->rowCount() > 0);
}

void HistoryDialog::askUndo()
{
    const int row = m_history->rowOf(selectedOperation());
    if (row < 0)
        return;
    const JournalOperation &operation = m_history->operationAt(row);
    if (operation.kind == QLatin1String("undo")
        && (operation.interrupted || operation.state == QLatin1String("cancelled"))) {
        emit undoRequested(operation.undoes, false);
        return;
    }
    QStringList lines;
    if (const int created = m_changes->changedCount(QStringLiteral("create")))
        lines.append(tr("%n record(s) it created will be deleted.", "", created));
    if (const int updated = m_changes->changedCount(QStringLiteral("update")))
        lines.append(tr("%n record(s) it changed get the earlier values of those fields back.", "",
                        updated));
    if (const int deleted = m_changes->changedCount(QStringLiteral("delete")))
        lines.append(tr("%n record(s) it deleted will be created again.", "", deleted));
    lines.append(tr("Each record is read first: one that changed on the server since is left "
                    "alone and listed."));
    if (!m_undoNote.isEmpty())
        lines.append(m_undoNote);
    if (confirmed(this, QMessageBox::Question, tr("Undo no. %1?").arg(operation.id),
                  tr("Undo no. %1 (%2 %3)?")
                      .arg(operation.id)
                      .arg(HistoryModel::kindText(operation), operation.what),
                  lines.join(QLatin1Char('\n')), tr("&Undo"), QMessageBox::AcceptRole))
        emit undoRequested(operation.id, false);
}

void HistoryDialog::askOverwrite()
{
    const int row = m_history->rowOf(overwritableUndo());
    if (row < 0)
        return;
    const JournalOperation &undo = m_history->operationAt(row);
    if (confirmed(this, QMessageBox::Warning, tr("Overwrite changes?"),
                  tr("%n record(s) changed on the server after no. %1 and were left alone.", "",
                     undo.conflicts)
                      .arg(undo.undoes),
                  tr("Undo no. %1 again and overwrite them: what the server holds now is "
                     "replaced by the values from before no. %1. This goes into the history "
                     "too and can be undone.")
                      .arg(undo.undoes),
                  tr("&Overwrite"), QMessageBox::DestructiveRole))
        emit undoRequested(undo.undoes, true);
}

void HistoryDialog::askClear()
{
    if (confirmed(this, QMessageBox::Warning, tr("Clear the history?"),
                  tr("Clear this account’s history?"),
                  tr("The operations and the copies of the records they changed are removed "
                     "from this computer. They can no longer be undone, and deleted records can "
                     "no longer be restored. Nothing changes on the server."),
                  tr("C&lear"), QMessageBox::DestructiveRole))
        emit clearRequested();
}
