#include "journalwatch.h"

#include "journal.h"

#include <QTimer>

JournalWatch::JournalWatch(std::function<void()> refresh, QObject *parent)
    : QObject(parent)
    , m_refresh(std::move(refresh))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(300);
    connect(m_timer, &QTimer::timeout, this, [this] { m_refresh(); });
}

void JournalWatch::setJournal(Journal *journal, const QString &profileId)
{
    if (m_journal)
        disconnect(m_journal, nullptr, m_timer, nullptr);
    m_journal = journal;
    m_profileId = profileId;
    if (journal)
        connect(journal, &Journal::changed, m_timer, qOverload<>(&QTimer::start));
    m_refresh();
}
