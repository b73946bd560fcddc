#include "importrowchecker.h"

#include "csvreader.h"
#include "sheetreader.h"

ImportRowChecker::ImportRowChecker(Service service, const ColumnMapping &mapping,
                                   const CustomAttributeDefinitions &definitions, bool workbook,
                                   const CsvOptions &csv)
    : m_service(service)
    , m_mapping(mapping)
    , m_mapper(mapping, definitions)
    , m_workbook(workbook)
    , m_csv(csv)
{ }

ImportRow ImportRowChecker::check(const CsvRow &csvRow, QList<int> *problemColumns) const
{
    ImportRow row;
    row.number = csvRow.number;
    row.line = csvRow.line;
    row.cells = csvRow.fields;
    row.readProblem = csvRow.problem;
    row.readProblemColumn = csvRow.problemColumn;
    ValidationIssues issues;
    if (m_service == Service::Wazzup)
        row.wazzupUser = m_mapper.toWazzupUser(csvRow, &issues);
    else
        row.customer = m_mapper.toWoowUpCustomer(csvRow, &issues);
    row.key = key(m_service, row);
    row.cleared = m_mapping.blankClears(row.wazzupUser, row.customer);
    QStringList problems;
    if (csvRow.hasProblem()) {
        problems.append(m_workbook ? SheetReader::problemText(csvRow)
                                   : CsvReader::problemText(csvRow, m_csv));
        if (problemColumns && csvRow.problemColumn >= 0)
            problemColumns->append(csvRow.problemColumn);
    }
    for (const ValidationIssue &issue : std::as_const(issues)) {
        if (!issue.isError())
            continue;
        problems.append(issue.message);
        if (!problemColumns)
            continue;
        // "At least one identifier" is any of the identifier columns.
        const QStringList fields = issue.field == QLatin1String("identifiers")
            ? QStringList{QStringLiteral("service_uid"), QStringLiteral("email"),
                          QStringLiteral("document"), QStringLiteral("telephone")}
            : QStringList{issue.field};
        for (const QString &field : fields) {
            for (const int column : m_mapping.columnsOf(field)) {
                if (!problemColumns->contains(column))
                    problemColumns->append(column);
            }
        }
    }
    if (problems.isEmpty()) {
        row.action = ImportRow::Action::Create; // until the plan knows better
    } else {
        row.action = ImportRow::Action::Invalid;
        row.state = ImportRow::State::Skipped;
        row.error = problems.join(QLatin1Char(' '));
    }
    return row;
}

ImportRowChecker::Verdict ImportRowChecker::verdict(const CsvRowView &row, Scratch *scratch) const
{
    Verdict verdict;
    scratch->issues.clear();
    if (m_service == Service::Wazzup) {
        verdict.key = key(m_mapper.toWazzupUser(row, &scratch->issues));
    } else {
        m_mapper.toWoowUpCustomer(row, scratch->customer, &scratch->issues);
        verdict.key = key(scratch->customer);
        verdict.consentGiven = consentGiven(scratch->customer);
    }
    verdict.valid = !row.hasProblem() && !hasErrors(scratch->issues);
    return verdict;
}

quint8 ImportRowChecker::consentGiven(const WoowUpCustomer &customer)
{
    return (customer.mailing.enabled.has_value() ? 1 : 0)
        | (customer.whatsapp.enabled.has_value() ? 2 : 0)
        | (customer.sms.enabled.has_value() ? 4 : 0);
}

QString ImportRowChecker::key(Service service, const ImportRow &row)
{
    return service == Service::Wazzup ? key(row.wazzupUser) : key(row.customer);
}

QString ImportRowChecker::key(const WazzupUser &user)
{
    return user.id.trimmed();
}

QString ImportRowChecker::key(const WoowUpCustomer &customer)
{
    const auto identifier = customer.bestIdentifier();
    if (identifier.first.isEmpty())
        return {};
    // E-mails are matched without case by the service, so duplicates are too.
    const QString value = identifier.first == QLatin1String("email")
        ? identifier.second.trimmed().toLower()
        : identifier.second.trimmed();
    return identifier.first + QLatin1Char('=') + value;
}

QString ImportRowChecker::duplicateProblem(const ImportRow &row, qint64 earlierNumber)
{
    return tr("Row %1 has the same identifier (%2) as row %3; only the first one is imported.")
        .arg(row.number)
        .arg(row.key)
        .arg(earlierNumber);
}

CsvRow ImportRowChecker::csvRowOf(const ImportRow &row)
{
    CsvRow csvRow;
    csvRow.fields = row.cells.toList();
    csvRow.number = row.number;
    csvRow.line = row.line;
    csvRow.problem = row.readProblem;
    csvRow.problemColumn = row.readProblemColumn;
    return csvRow;
}
