#pragma once

#include "importplan.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class ApiError;
class ApiJob;
class ImportStrategy;

// The check step's second half: asks the server what already exists and
// decides each valid row's action. Reads only; never writes.
//
// Where the strategy allows a choice (WoowUp: ~140 requests a minute, up to
// millions of customers) the way of looking is chosen by its cost: one
// find per row costs `rows` requests, reading the account's pages of 100
// costs ceil(accountSize / 100). The account size is not announced, so it
// is measured by probing page numbers (doubling, then bisecting): about
// 2·log2(pages) requests, and probing stops as soon as the pages would
// cost more than the finds.
//
// Otherwise (Wazzup: at most 1,000 users) the whole account is read, and
// the strategy also lists the records the file does not name, the delete
// candidates of a sync.
class ImportPlanner : public QObject
{
    Q_OBJECT

public:
    // The strategy must outlive the planner.
    explicit ImportPlanner(ImportStrategy *strategy, QObject *parent = nullptr);

    // Takes the rows of ImportReader (valid ones marked Create) and fills
    // in their actions; finished() follows, never synchronously. Pass the
    // plan moved (or hold no other copy of its rows): the first decision
    // would otherwise copy every row.
    void start(ImportPlan plan);
    void cancel();

    const ImportPlan &plan() const { return m_plan; }
    QString errorString() const { return m_error; }

signals:
    // "Reading the account’s customers…" with done/total (total 0 when unknown).
    void progress(const QString &what, int done, int total);
    void finished();

private:
    void readWholeAccount();
    void probe(int page);
    void bisect();
    void decide();
    void listAll();
    void findNext();
    void findOne(int index);
    // Keeps the job to abort it on cancel(), as long as it lives; false
    // (and the check failed) when the strategy could not make one.
    bool track(ApiJob *job);
    // Schedules `again` when a read failed in a way worth another try and
    // `key` (a row index, or negative for pages) has tries left.
    bool retryLater(int key, const ApiError &error, const std::function<void()> &again);
    void fail(const QString &message);
    void done();

    QPointer<ImportStrategy> m_strategy;
    ImportPlan m_plan;
    QString m_error;
    bool m_finished = false;
    int m_valid = 0;
    // Probing: page m_low is known full, page m_high known short.
    int m_low = 0;
    int m_high = -1;
    int m_highSize = 0;
    // FindEach: next row index to look up and finds in flight.
    int m_nextFind = 0;
    int m_findsInFlight = 0;
    int m_findsDone = 0;
    QList<ApiJob *> m_jobs; // unfinished, removed as they are destroyed
    QHash<int, int> m_attempts;
};
