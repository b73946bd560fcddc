#include "historyretention.h"

#include "journal.h"

#include <QDateTime>
#include <QSettings>

namespace {

const QString daysKey = QStringLiteral("history/keepDays");

} // namespace

HistoryRetention::HistoryRetention(QSettings &settings)
    : m_settings(settings)
{ }

int HistoryRetention::days() const
{
    return qMax(0, m_settings.value(daysKey, 0).toInt());
}

void HistoryRetention::setDays(int days)
{
    m_settings.setValue(daysKey, qMax(0, days));
}

bool HistoryRetention::apply(Journal *journal, const QString &profileId) const
{
    const int keep = days();
    if (keep == 0 || !journal || !journal->isOpen())
        return true;
    return journal->clearOperations(profileId, QDateTime::currentDateTimeUtc().addDays(-keep));
}
