#include "account.h"

#include "journal.h"

void Account::setHistory(Journal *journal, const QString &profileId)
{
    m_history = journal;
    m_profileId = profileId;
}

qint64 Account::beginChange(JournalItem *item)
{
    if (!m_history || !m_history->isOpen())
        return 0;
    QList<JournalItem> items{*item};
    const qint64 id =
        m_history->beginOperation(QStringLiteral("edit"), m_profileId, serviceKey(service()),
                                  &items, tr("form: %1").arg(item->label));
    if (id == 0) {
        qWarning("history: %s", qPrintable(m_history->errorString()));
        return 0;
    }
    *item = items.first();
    return id;
}

void Account::endChange(qint64 operationId, JournalItem item, const QString &problem)
{
    if (operationId == 0 || !m_history)
        return;
    item.state = problem.isEmpty() ? JournalItem::State::Applied : JournalItem::State::Failed;
    item.error = problem;
    m_history->updateItem(item);
    m_history->setOperationState(operationId, QStringLiteral("finished"));
}
