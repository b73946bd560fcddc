#include "restorerecords.h"

#include "journal.h"

#include <QTimer>

RestoreRecords::RestoreRecords(Journal *journal, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
{ }

bool RestoreRecords::canRestore(const JournalItem &item)
{
    return item.hasSnapshot() && item.isGone();
}

int RestoreRecords::restoredCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [](const JournalItem &item) {
        return item.state == JournalItem::State::Restored;
    }));
}

int RestoreRecords::failedCount() const
{
    int failed = 0;
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_done.at(i) && m_items.at(i).state != JournalItem::State::Restored)
            ++failed;
    }
    return failed;
}

QStringList RestoreRecords::problems() const
{
    QStringList lines;
    for (int i = 0; i < m_items.size(); ++i) {
        const JournalItem &item = m_items.at(i);
        if (m_done.at(i) && item.state != JournalItem::State::Restored)
            lines.append(
                tr("%1: %2").arg(item.label.isEmpty() ? item.recordKey : item.label, item.error));
    }
    return lines;
}

void RestoreRecords::start(const QList<JournalItem> &items)
{
    Q_ASSERT(!m_running);
    m_items.clear();
    for (const JournalItem &item : items) {
        if (canRestore(item))
            m_items.append(item);
    }
    m_done = QList<bool>(m_items.size(), false);
    m_doneCount = 0;
    m_running = true;
    m_cancelled = false;
    beginHistory();
    QTimer::singleShot(0, this, [this] {
        emit progress(0, int(m_items.size()));
        if (m_items.isEmpty())
            finishIfDone();
        else
            run();
    });
}

void RestoreRecords::beginHistory()
{
    m_history.clear();
    m_historyId = 0;
    if (!m_journal || m_items.isEmpty())
        return;
    const std::optional<JournalOperation> deletion =
        m_journal->operation(m_items.first().operationId);
    if (!deletion)
        return;
    for (const JournalItem &deleted : std::as_const(m_items)) {
        JournalItem created;
        created.action = QStringLiteral("create");
        created.recordKey = deleted.recordKey;
        created.label = deleted.label;
        created.after = deleted.snapshot;
        m_history.append(created);
    }
    m_historyId = m_journal->beginOperation(QStringLiteral("restore"), deletion->profileId,
                                            deletion->service, &m_history, tr("Recently deleted"));
    if (m_historyId == 0)
        m_history.clear();
}

void RestoreRecords::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    const QList<int> rest = takeUnsent();
    for (int index : rest)
        settle(index, false, tr("not restored, because the restore was cancelled."));
    finishIfDone();
}

QString RestoreRecords::accountClosed()
{
    return tr("not restored: the account was closed.");
}

void RestoreRecords::settle(int index, bool restored, const QString &error)
{
    JournalItem &item = m_items[index];
    if (restored)
        item.state = JournalItem::State::Restored;
    item.error = restored ? QString() : tr("not restored. %1").arg(error);
    if (m_journal)
        m_journal->updateItem(item);
    if (index < m_history.size() && m_journal) {
        JournalItem &created = m_history[index];
        created.state = restored ? JournalItem::State::Applied : JournalItem::State::Failed;
        created.error = item.error;
        m_journal->updateItem(created);
    }
    m_done[index] = true;
    ++m_doneCount;
    emit progress(m_doneCount, int(m_items.size()));
}

void RestoreRecords::finishIfDone()
{
    if (!m_running || hasWorkLeft())
        return;
    m_running = false;
    if (m_historyId > 0 && m_journal)
        m_journal->setOperationState(
            m_historyId, m_cancelled ? QStringLiteral("cancelled") : QStringLiteral("finished"));
    emit finished();
}
