#pragma once

#include <QString>

class Journal;
class QSettings;

// How long the History keeps operations: until the person clears it (0
// days, the default), or a number of days after which an operation and its
// before-images are forgotten. Kept in the app's settings; one choice for
// every account, since the journal is one file.
class HistoryRetention
{
public:
    explicit HistoryRetention(QSettings &settings);

    int days() const;
    void setDays(int days);
    // Forgets profileId's finished operations older than days(); nothing
    // when days() is 0. False with journal->errorString() on failure.
    bool apply(Journal *journal, const QString &profileId) const;

private:
    QSettings &m_settings;
};
