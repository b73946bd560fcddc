#include "undoengine.h"

#include "journal.h"

#include <QTimer>

namespace {

// Tries of a record on top of the client's own retries (a 500 it does
// not retry, or a bad minute of the server).
constexpr int stepAttempts = 4;

const QString createAction = QStringLiteral("create");
const QString updateAction = QStringLiteral("update");
const QString deleteAction = QStringLiteral("delete");

// What an item of the operation being undone can be reverted for: the
// server confirmed its change.
bool revertible(const JournalItem &item)
{
    const QString action = item.effectiveAction();
    if (action == deleteAction)
        return (item.state == JournalItem::State::Deleted
                || item.state == JournalItem::State::Applied)
            && item.hasSnapshot();
    if (item.state != JournalItem::State::Applied)
        return false;
    return action == createAction ? !item.after.isEmpty() : !item.fields.isEmpty();
}

} // namespace

UndoEngine::UndoEngine(Journal *journal, const QString &profileId, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_profileId(profileId)
{ }

bool UndoEngine::canUndo(const JournalOperation &operation)
{
    return operation.changed() > 0 && operation.state != QLatin1String("running");
}

FieldChanges UndoEngine::describe(const JournalItem &item) const
{
    const QString action = item.effectiveAction();
    const QJsonObject &before = action == createAction ? QJsonObject() : item.snapshot;
    const QJsonObject &after = action == deleteAction ? QJsonObject() : item.after;
    QStringList fields = item.fields;
    if (action != updateAction && fields.isEmpty())
        fields = recordFields(action == createAction ? item.after : item.snapshot);
    FieldChanges changes;
    for (const QString &field : std::as_const(fields)) {
        FieldChange change{field, valueText(before, field), valueText(after, field)};
        if (!change.oldValue.isEmpty() || !change.newValue.isEmpty())
            changes.append(change);
    }
    return changes;
}

QString UndoEngine::recreatedNote(qint64, qint64) const
{
    return QString();
}

int UndoEngine::revertedCount() const
{
    return int(std::count_if(m_steps.cbegin(), m_steps.cend(), [](const JournalItem &step) {
        return step.state == JournalItem::State::Applied;
    }));
}

int UndoEngine::conflictCount() const
{
    return int(std::count_if(m_steps.cbegin(), m_steps.cend(), [](const JournalItem &step) {
        return step.state == JournalItem::State::Conflict;
    }));
}

int UndoEngine::failedCount() const
{
    return int(std::count_if(m_steps.cbegin(), m_steps.cend(), [](const JournalItem &step) {
        return step.state == JournalItem::State::Failed
            || step.state == JournalItem::State::Cancelled;
    }));
}

bool UndoEngine::loadTargets(qint64 operationId, QHash<qint64, JournalItem> *targets)
{
    QString error;
    QList<qint64> operations{operationId};
    for (const JournalOperation &child :
         m_journal->linkedTo(operationId, Journal::Link::Parent, &error))
        operations.append(child.id);
    if (!error.isEmpty()) {
        m_error = error;
        return false;
    }
    for (qint64 id : std::as_const(operations)) {
        const QList<JournalItem> items = m_journal->items(id, &error);
        if (!error.isEmpty()) {
            m_error = error;
            return false;
        }
        for (const JournalItem &item : items)
            targets->insert(item.id, item);
    }
    return true;
}

std::optional<JournalOperation> UndoEngine::unfinishedUndoOf(qint64 operationId) const
{
    for (const JournalOperation &operation : m_journal->history(m_profileId)) {
        if (operation.kind == QLatin1String("undo") && operation.undoes == operationId
            && (operation.interrupted || operation.state == QLatin1String("cancelled")))
            return operation;
    }
    return std::nullopt;
}

bool UndoEngine::start(qint64 operationId)
{
    Q_ASSERT(!m_running);
    m_error.clear();
    if (!m_journal || !m_journal->isOpen()) {
        m_error = tr("The local journal is not open.");
        return false;
    }
    QString error;
    const std::optional<JournalOperation> target = m_journal->operation(operationId, &error);
    if (!target || target->profileId != m_profileId || target->service != serviceKey()) {
        m_error = error.isEmpty()
            ? tr("There is no operation %1 in this account’s history.").arg(operationId)
            : error;
        return false;
    }
    if (target->state == QLatin1String("running") && !target->interrupted) {
        m_error = tr("Operation %1 is still running.").arg(operationId);
        return false;
    }
    QHash<qint64, JournalItem> targets;
    if (!loadTargets(operationId, &targets))
        return false;
    m_targetId = operationId;
    m_steps.clear();
    m_targets.clear();
    m_conflicts.clear();
    m_queue.clear();
    m_attempts.clear();
    m_done = 0;
    m_requests = 0;
    m_resumed = false;

    const std::optional<JournalOperation> unfinished =
        m_dryRun ? std::nullopt : unfinishedUndoOf(operationId);
    if (unfinished) {
        // Taken up again: the steps already answered stay as they are.
        m_undoId = unfinished->id;
        m_resumed = true;
        const QList<JournalItem> steps = m_journal->items(m_undoId, &error);
        if (!error.isEmpty()) {
            m_error = error;
            return false;
        }
        for (const JournalItem &step : steps) {
            m_targets.append(targets.value(step.reverts));
            m_steps.append(step);
            const bool open = step.state == JournalItem::State::Pending
                || step.state == JournalItem::State::Failed
                || step.state == JournalItem::State::Cancelled;
            if (open)
                m_queue.append(int(m_steps.size()) - 1);
            else
                ++m_done;
        }
        if (!m_journal->setOperationState(m_undoId, QStringLiteral("running"))) {
            m_error = m_journal->errorString();
            return false;
        }
    } else {
        QList<JournalItem> ordered = targets.values();
        std::sort(ordered.begin(), ordered.end(),
                  [](const JournalItem &a, const JournalItem &b) { return a.id < b.id; });
        for (const JournalItem &item : std::as_const(ordered)) {
            if (!revertible(item))
                continue;
            JournalItem step;
            step.reverts = item.id;
            step.recordKey = item.recordKey;
            step.label = item.label;
            step.serverId = item.serverId;
            const QString action = item.effectiveAction();
            if (action == createAction) {
                step.action = deleteAction;
                step.fields = item.fields.isEmpty() ? recordFields(item.after) : item.fields;
            } else if (action == updateAction) {
                step.action = updateAction;
                step.fields = item.fields;
                step.after = item.snapshot;
            } else {
                step.action = createAction;
                step.after = item.snapshot;
                step.fields = recordFields(item.snapshot);
                step.serverId = 0; // gone with the record
            }
            m_steps.append(step);
            m_targets.append(item);
            m_queue.append(int(m_steps.size()) - 1);
        }
        if (!m_dryRun) {
            m_undoId = m_journal->beginOperation(QStringLiteral("undo"), m_profileId, serviceKey(),
                                                 &m_steps, tr("operation %1").arg(operationId),
                                                 operationId);
            if (m_undoId == 0) {
                m_error = m_journal->errorString();
                return false;
            }
        }
    }
    m_running = true;
    m_paused = false;
    m_cancelled = false;
    QTimer::singleShot(0, this, [this] {
        emit progress(m_done, total());
        pump();
    });
    return true;
}

void UndoEngine::pause()
{
    if (m_running)
        m_paused = true;
}

void UndoEngine::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    QTimer::singleShot(0, this, &UndoEngine::pump);
}

void UndoEngine::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_paused = false;
    QTimer::singleShot(0, this, &UndoEngine::finishIfIdle);
}

void UndoEngine::pump()
{
    if (!m_running || m_paused)
        return;
    const int window = qMax(1, requestsInFlight());
    while (!m_cancelled && m_inFlight < window && !m_queue.isEmpty()) {
        ++m_inFlight;
        process(m_queue.takeFirst());
    }
    finishIfIdle();
}

void UndoEngine::process(int index)
{
    const JournalItem &step = m_steps.at(index);
    // An update is found by its id; a record created or re-created by its
    // identifier (its id, if any, is not known or not the one it has now).
    const bool byKey = step.action != updateAction || step.serverId == 0;
    const bool asked =
        read(step, byKey, [this, index](const Outcome &outcome, const Current &current) {
            if (!outcome.error.isEmpty()) {
                if (retryLater(index, outcome))
                    return;
                settle(index, JournalItem::State::Failed, outcome.error);
                return;
            }
            decide(index, current);
        });
    if (!asked) {
        settle(index, JournalItem::State::Failed, tr("the account was closed."));
        return;
    }
    ++m_requests;
}

bool UndoEngine::retryLater(int index, const Outcome &outcome)
{
    if (!outcome.worthAnotherTry || m_cancelled)
        return false;
    int &attempts = m_attempts[index];
    if (++attempts >= stepAttempts)
        return false;
    // From the read again: a create whose answer was lost is then seen.
    QTimer::singleShot(250 * attempts, this, [this, index] { process(index); });
    return true;
}

void UndoEngine::decide(int index, const Current &current)
{
    JournalItem &step = m_steps[index];
    const JournalItem &target = m_targets.at(index);
    const auto done = [this, index](const QString &note) {
        settle(index, JournalItem::State::Applied, note);
    };
    if (step.action == deleteAction) {
        // Undoing a create: the record the operation wrote goes.
        if (!current.found) {
            done(tr("already gone."));
            return;
        }
        const QStringList changed = differing(current.record, target.after, step.fields);
        if (!changed.isEmpty() && !m_force) {
            conflict(index, current, changed);
            return;
        }
        step.snapshot = current.record; // whole: an undo of this undo re-creates it
    } else if (step.action == updateAction) {
        if (!current.found) {
            settle(index, JournalItem::State::Failed, tr("it no longer exists on the server."));
            return;
        }
        if (differing(current.record, step.after, step.fields).isEmpty()) {
            // Already as before: by this undo's own request whose answer was
            // lost (its before-image is on record then), or by someone else.
            if (!step.hasSnapshot())
                step.snapshot = partial(current.record, step.fields);
            done(tr("already as before."));
            return;
        }
        const QStringList changed = differing(current.record, target.after, step.fields);
        if (!changed.isEmpty() && !m_force) {
            conflict(index, current, changed);
            return;
        }
        step.snapshot = partial(current.record, step.fields);
    } else if (current.found) {
        // Undoing a delete, and the record is there again.
        const QStringList changed = differing(current.record, step.after, step.fields);
        if (changed.isEmpty()) {
            done(tr("already back."));
            return;
        }
        if (!m_force) {
            conflict(index, current, changed);
            return;
        }
        // Forced: the snapshot's values of the fields that differ, on the record there now.
        step.action = updateAction;
        step.fields = changed;
        step.after = partial(step.after, changed);
        step.snapshot = partial(current.record, changed);
    }
    if (m_dryRun) {
        done(QString());
        return;
    }
    if (current.serverId != 0 && step.action != createAction)
        step.serverId = current.serverId;
    // The before-image is on disk before the request goes.
    save(step);
    send(index, current);
}

void UndoEngine::send(int index, const Current &current)
{
    const qint64 oldId = m_targets.at(index).serverId;
    const bool asked = write(m_steps.at(index), current,
                             [this, index, oldId](const Outcome &outcome, qint64 serverId) {
                                 if (!outcome.error.isEmpty()) {
                                     if (retryLater(index, outcome))
                                         return;
                                     settle(index, JournalItem::State::Failed, outcome.error);
                                     return;
                                 }
                                 QString note;
                                 if (serverId != 0) {
                                     m_steps[index].serverId = serverId;
                                     note = recreatedNote(oldId, serverId);
                                 }
                                 settle(index, JournalItem::State::Applied, note);
                             });
    if (!asked) {
        settle(index, JournalItem::State::Failed, tr("the account was closed."));
        return;
    }
    ++m_requests;
}

void UndoEngine::conflict(int index, const Current &current, const QStringList &fields)
{
    const JournalItem &step = m_steps.at(index);
    const JournalItem &target = m_targets.at(index);
    const QString record = step.label.isEmpty() ? step.recordKey : step.label;
    QStringList words;
    for (const QString &field : fields) {
        Conflict entry;
        entry.record = record;
        entry.field = field;
        if (step.action == createAction) {
            // The operation deleted the record; someone made it again.
            entry.wrote = valueText(step.after, field);
        } else {
            entry.wrote = valueText(target.after, field);
        }
        entry.now = valueText(current.record, field);
        m_conflicts.append(entry);
        words.append(tr("%1 is “%2” (it wrote “%3”)").arg(field, entry.now, entry.wrote));
    }
    settle(index, JournalItem::State::Conflict,
           tr("changed on the server since, left alone: %1.").arg(words.join(QLatin1String("; "))));
}

void UndoEngine::settle(int index, JournalItem::State state, const QString &note)
{
    JournalItem &step = m_steps[index];
    step.state = state;
    step.error = note;
    save(step);
    ++m_done;
    --m_inFlight;
    emit progress(m_done, total());
    pump();
}

void UndoEngine::save(const JournalItem &step)
{
    if (m_dryRun || !m_journal || step.id == 0)
        return;
    if (!m_journal->updateItem(step))
        qWarning("undo journal: %s", qPrintable(m_journal->errorString()));
}

void UndoEngine::finishIfIdle()
{
    if (!m_running || m_inFlight > 0)
        return;
    if (!m_cancelled && !m_queue.isEmpty())
        return;
    m_running = false;
    if (!m_dryRun && m_journal && m_undoId > 0)
        m_journal->setOperationState(
            m_undoId, m_cancelled ? QStringLiteral("cancelled") : QStringLiteral("finished"));
    emit finished();
}
