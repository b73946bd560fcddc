#include "bulkdelete.h"

#include "journal.h"

#include <QTimer>

namespace {

constexpr int maxReadsInFlight = 6;

} // namespace

BulkDelete::BulkDelete(Journal *journal, const QString &profileId, const QString &service,
                       QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_profileId(profileId)
    , m_service(service)
{ }

BulkDelete::~BulkDelete() = default;

void BulkDelete::setItems(const QList<JournalItem> &items)
{
    m_items = items;
}

int BulkDelete::count(JournalItem::State state) const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [state](const JournalItem &item) { return item.state == state; }));
}

QStringList BulkDelete::problems() const
{
    QStringList lines;
    for (const JournalItem &item : m_items) {
        if (item.state == JournalItem::State::Failed || item.state == JournalItem::State::Cancelled)
            lines.append(
                tr("%1: %2").arg(item.label.isEmpty() ? item.recordKey : item.label, item.error));
    }
    return lines;
}

bool BulkDelete::writeItem(const JournalItem &item)
{
    if (m_journal && m_journal->updateItem(item))
        return true;
    m_error = m_journal ? m_journal->errorString() : tr("The local journal is not open.");
    return false;
}

void BulkDelete::start()
{
    Q_ASSERT(!m_running);
    m_error.clear();
    for (JournalItem &entry : m_items) {
        entry.state = JournalItem::State::Pending;
        entry.error.clear();
    }
    m_operationId = m_journal
        ? m_journal->beginOperation(QStringLiteral("delete"), m_profileId, m_service, &m_items,
                                    tr("%n selected", nullptr, int(m_items.size())))
        : 0;
    if (m_operationId == 0) {
        // Without the snapshots on disk nothing is deleted.
        m_error =
            tr("Nothing was deleted, because the local journal could not be written: %1")
                .arg(m_journal ? m_journal->errorString() : tr("the local journal is not open."));
        QTimer::singleShot(0, this, [this] { emit finished(); });
        return;
    }
    QList<int> all;
    for (int i = 0; i < m_items.size(); ++i)
        all.append(i);
    run(all);
}

void BulkDelete::retryFailed()
{
    Q_ASSERT(!m_running);
    QList<int> again;
    for (int i = 0; i < m_items.size(); ++i) {
        JournalItem &entry = m_items[i];
        if (entry.state != JournalItem::State::Failed
            && entry.state != JournalItem::State::Cancelled)
            continue;
        entry.state = JournalItem::State::Pending;
        entry.error.clear();
        writeItem(entry);
        again.append(i);
    }
    if (m_journal)
        m_journal->setOperationState(m_operationId, QStringLiteral("running"));
    run(again);
}

bool BulkDelete::resume(qint64 operationId)
{
    Q_ASSERT(!m_running);
    if (!m_journal)
        return false;
    m_error.clear();
    m_items = m_journal->items(operationId, &m_error);
    QList<int> pending;
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).state == JournalItem::State::Pending)
            pending.append(i);
    }
    if (pending.isEmpty())
        return false;
    m_operationId = operationId;
    m_journal->setOperationState(m_operationId, QStringLiteral("running"));
    run(pending);
    return true;
}

void BulkDelete::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    pump();
}

void BulkDelete::run(const QList<int> &indexes)
{
    m_running = true;
    m_cancelled = false;
    m_runTotal = int(indexes.size());
    m_runDone = 0;
    m_readQueue.clear();
    m_deleteQueue.clear();
    for (int index : indexes)
        (m_items.at(index).hasSnapshot() ? m_deleteQueue : m_readQueue).append(index);
    // From the event loop, so that callers can connect to the signals first.
    m_pumpScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_pumpScheduled = false;
        emit progress(0, m_runTotal);
        pump();
    });
}

void BulkDelete::pump()
{
    if (!m_running || m_pumpScheduled)
        return;
    if (m_cancelled) {
        const QString reason = tr("not deleted, because the deletion was cancelled.");
        const QList<int> rest = m_readQueue + m_deleteQueue;
        m_readQueue.clear();
        m_deleteQueue.clear();
        for (int index : rest)
            settle(index, JournalItem::State::Cancelled, reason);
    }
    while (m_readsInFlight < maxReadsInFlight && !m_readQueue.isEmpty()) {
        ++m_readsInFlight;
        readRecord(m_readQueue.takeFirst());
    }
    // Full batches only while records are still being read, so that 250
    // records make three requests of 100, 100 and 50.
    const bool readingDone = m_readQueue.isEmpty() && m_readsInFlight == 0;
    while (m_batchesInFlight < maxInFlight() && !m_deleteQueue.isEmpty()
           && (readingDone || m_deleteQueue.size() >= batchSize())) {
        const QList<int> batch = m_deleteQueue.mid(0, batchSize());
        m_deleteQueue.remove(0, batch.size());
        ++m_batchesInFlight;
        deleteBatch(batch);
    }
    if (m_readsInFlight == 0 && m_batchesInFlight == 0 && m_readQueue.isEmpty()
        && m_deleteQueue.isEmpty())
        finishRun();
}

void BulkDelete::recordRead(int index)
{
    --m_readsInFlight;
    if (writeItem(m_items.at(index))) {
        m_deleteQueue.append(index);
    } else {
        // A snapshot that is not on disk must not be deleted.
        settle(index, JournalItem::State::Failed,
               tr("not deleted, because the local journal could not be written."));
    }
    pump();
}

void BulkDelete::settle(int index, JournalItem::State state, const QString &error)
{
    JournalItem &entry = m_items[index];
    entry.state = state;
    entry.error = error;
    writeItem(entry);
    if (entry.isGone())
        recordGone(index);
    ++m_runDone;
    emit progress(m_runDone, m_runTotal);
}

void BulkDelete::readSettled(int index, JournalItem::State state, const QString &error)
{
    --m_readsInFlight;
    settle(index, state, error);
    pump();
}

void BulkDelete::batchDone()
{
    --m_batchesInFlight;
    pump();
}

void BulkDelete::finishRun()
{
    if (!m_running)
        return;
    m_running = false;
    if (m_journal)
        m_journal->setOperationState(
            m_operationId, m_cancelled ? QStringLiteral("cancelled") : QStringLiteral("finished"));
    emit finished();
}
