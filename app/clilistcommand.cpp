#include "clilistcommand.h"

#include "clirecordjson.h"
#include "wazzupaccount.h"
#include "woowupaccount.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace {

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
    m_context = context;
    m_parser = &parser;
    m_usageError.clear();
    context.account->accept(*this);
    m_parser = nullptr;
    if (!m_usageError.isEmpty()) {
        *usageError = m_usageError;
        return false;
    }
    return true;
}

void CliListCommand::visit(WazzupAccount &account)
{
    const QCommandLineParser &parser = *m_parser;
    if (parser.isSet(QStringLiteral("search")) || parser.isSet(QStringLiteral("page"))
        || parser.isSet(QStringLiteral("limit"))) {
        m_usageError = QStringLiteral("--search, --page and --limit are for WoowUp only; "
                                      "Wazzup always lists every user.");
        return;
    }
    const CliContext context = m_context;
    account.listUsers([this, context](const QString &problem, const WazzupUserList &users) {
        if (!problem.isEmpty()) {
            emit finished(Failure, problem.simplified());
            return;
        }
        if (context.json) {
            QJsonArray array;
            for (const WazzupUser &user : users)
                array.append(CliRecordJson::wazzupUser(user));
            printJson(*context.out, array);
        } else {
            QList<QStringList> rows;
            for (const WazzupUser &user : users)
                rows.append({user.id, user.name, user.phone});
            printTable(*context.out,
                       {QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("PHONE")},
                       rows);
        }
        emit finished(Success, QString());
    });
}

void CliListCommand::visit(WoowUpAccount &account)
{
    const QCommandLineParser &parser = *m_parser;
    const QString search = parser.value(QStringLiteral("search"));
    bool ok = true;
    const int limit = parser.isSet(QStringLiteral("limit"))
        ? parser.value(QStringLiteral("limit")).toInt(&ok)
        : WoowUpAccount::maxPageSize;
    if (!ok || limit < 1 || limit > WoowUpAccount::maxPageSize) {
        m_usageError = QStringLiteral("--limit must be a number from 1 to 100.");
        return;
    }
    const int page = parser.value(QStringLiteral("page")).toInt(&ok);
    if (parser.isSet(QStringLiteral("page")) && (!ok || page < 0)) {
        m_usageError = QStringLiteral("--page must be a number of at least 0.");
        return;
    }
    const bool onePage =
        parser.isSet(QStringLiteral("page")) || parser.isSet(QStringLiteral("limit"));
    const CliContext context = m_context;
    auto done = [this, context](const WoowUpAccount::Outcome &outcome,
                                const WoowUpCustomerList &customers) {
        if (!outcome.ok()) {
            emit finished(Failure, outcome.message.simplified());
            return;
        }
        if (context.json) {
            QJsonArray array;
            for (const WoowUpCustomer &customer : customers)
                array.append(CliRecordJson::woowUpCustomer(customer));
            printJson(*context.out, array);
        } else {
            QList<QStringList> rows;
            for (const WoowUpCustomer &c : customers) {
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
    };
    if (onePage)
        account.loadPage(page, limit, search, done);
    else
        account.loadAll(search, {}, done);
}
