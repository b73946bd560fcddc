#include "clilistcommand.h"

#include "clirecordjson.h"
#include "wazzupclient.h"
#include "woowupclient.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace {

QString oneLine(const ApiError &error)
{
    return error.message().simplified();
}

void printJson(QTextStream &out, const QJsonArray &array)
{
    out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

} // namespace

QString CliListCommand::description() const
{
    return QStringLiteral("List Wazzup users or WoowUp customers.");
}

void CliListCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("search"),
                      QStringLiteral("list: WoowUp customers matching TEXT."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("page"),
                      QStringLiteral("list: only this WoowUp page (0-based)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("limit"),
                      QStringLiteral("list: WoowUp page size, 1-100 (default 100)."),
                      QStringLiteral("N")});
}

void CliListCommand::printTable(QTextStream &out, const QStringList &header,
                                const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &title : header)
        widths.append(title.size());
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = qMax(widths[i], row.at(i).size());
    }
    const auto line = [&out, &widths](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            text +=
                i + 1 < cells.size() ? cells.at(i).leftJustified(widths.at(i) + 2) : cells.at(i);
        }
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1); // an empty last cell leaves padding behind
        out << text << '\n';
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
}

bool CliListCommand::start(const CliContext &context, const QCommandLineParser &parser,
                           QString *usageError)
{
    if (auto *wazzup = qobject_cast<WazzupClient *>(context.client)) {
        if (parser.isSet(QStringLiteral("search")) || parser.isSet(QStringLiteral("page"))
            || parser.isSet(QStringLiteral("limit"))) {
            *usageError = QStringLiteral("--search, --page and --limit are for WoowUp only; "
                                         "Wazzup always lists every user.");
            return false;
        }
        auto *job = wazzup->listUsers();
        connect(job, &ApiJob::finished, this, [this, job, context] {
            if (job->error()) {
                emit finished(Failure, oneLine(job->error()));
                return;
            }
            if (context.json) {
                QJsonArray array;
                for (const WazzupUser &user : job->users())
                    array.append(CliRecordJson::wazzupUser(user));
                printJson(*context.out, array);
            } else {
                QList<QStringList> rows;
                for (const WazzupUser &user : job->users())
                    rows.append({user.id, user.name, user.phone});
                printTable(*context.out,
                           {QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("PHONE")},
                           rows);
            }
            emit finished(Success, QString());
        });
        return true;
    }

    auto *woowup = qobject_cast<WoowUpClient *>(context.client);
    Q_ASSERT(woowup);
    const QString search = parser.value(QStringLiteral("search"));
    bool ok = true;
    const int limit = parser.isSet(QStringLiteral("limit"))
        ? parser.value(QStringLiteral("limit")).toInt(&ok)
        : WoowUpClient::maxPageSize;
    if (!ok || limit < 1 || limit > WoowUpClient::maxPageSize) {
        *usageError = QStringLiteral("--limit must be a number from 1 to 100.");
        return false;
    }
    const int page = parser.value(QStringLiteral("page")).toInt(&ok);
    if (parser.isSet(QStringLiteral("page")) && (!ok || page < 0)) {
        *usageError = QStringLiteral("--page must be a number of at least 0.");
        return false;
    }
    const bool onePage =
        parser.isSet(QStringLiteral("page")) || parser.isSet(QStringLiteral("limit"));
    WoowUpSearchJob *job =
        onePage ? woowup->searchCustomers(page, limit, search) : woowup->listAllCustomers(search);
    connect(job, &ApiJob::finished, this, [this, job, context] {
        if (job->error()) {
            emit finished(Failure, oneLine(job->error()));
            return;
        }
        if (context.json) {
            QJsonArray array;
            for (const WoowUpCustomer &customer : job->customers())
                array.append(CliRecordJson::woowUpCustomer(customer));
            printJson(*context.out, array);
        } else {
            QList<QStringList> rows;
            for (const WoowUpCustomer &c : job->customers()) {
                const QString name =
                    QStringList{c.firstName, c.lastName}.join(QLatin1Char(' ')).trimmed();
                rows.append({QString::number(c.userappId), c.serviceUid, c.email, c.document,
                             c.telephone, name});
            }
            printTable(*context.out,
                       {QStringLiteral("USERAPP_ID"), QStringLiteral("SERVICE_UID"),
                        QStringLiteral("EMAIL"), QStringLiteral("DOCUMENT"),
                        QStringLiteral("TELEPHONE"), QStringLiteral("NAME")},
                       rows);
        }
        emit finished(Success, QString());
    });
    return true;
}
