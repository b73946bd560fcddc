#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class Journal;
class QTimer;

// What a view of one profile's journal needs to follow it: the journal, the
// profile, and a refresh when the journal changes, at most a few times a
// second (an import or an undo writes it once per record).
class JournalWatch : public QObject
{
    Q_OBJECT

public:
    JournalWatch(std::function<void()> refresh, QObject *parent);

    // Follows journal (none: nothing) and refreshes now.
    void setJournal(Journal *journal, const QString &profileId);
    Journal *journal() const { return m_journal; }
    QString profileId() const { return m_profileId; }

private:
    std::function<void()> m_refresh;
    QPointer<Journal> m_journal;
    QString m_profileId;
    QTimer *m_timer;
};
