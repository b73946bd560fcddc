#include "importrowmapper.h"

#include "countrycodes.h"
#include "csvexport.h"
#include "csvreader.h"
#include "textcache.h"
#include "wazzupvalidator.h"
#include "woowupvalidator.h"

#include <QDate>
#include <QSet>

#include <cstring>

namespace {

using Severity = ValidationIssue::Severity;

const QHash<QString, int> &fieldIds()
{
    // Kept as ints so that the enum can stay private to the class.
    static const QHash<QString, int> ids = [] {
        const char *names[] = {"",
                               "id",
                               "name",
                               "phone",
                               "service_uid",
                               "email",
                               "document",
                               "document_type",
                               "telephone",
                               "first_name",
                               "last_name",
                               "birthdate",
                               "gender",
                               "street",
                               "postcode",
                               "city",
                               "department",
                               "state",
                               "country",
                               "marital_status",
                               "tags",
                               "points",
                               "club_inscription_date",
                               "mailing_enabled",
                               "mailing_disabled_reason",
                               "whatsapp_enabled",
                               "whatsapp_disabled_reason",
                               "sms_enabled",
                               "sms_disabled_reason"};
        QHash<QString, int> result;
        for (int i = 1; i < int(std::size(names)); ++i)
            result.insert(QLatin1String(names[i]), i);
        return result;
    }();
    return ids;
}

// A guard may sit inside the spaces: " '+34 633…".
Q_NEVER_INLINE QStringView trimmedSpacedCell(QStringView cell)
{
    return CsvExport::unguarded(cell.trimmed()).trimmed();
}

// The cell without white space around it, sharing the cell's text when there
// is none to remove (nearly always): trimmed() on a copy cost more than any
// conversion of a large import.
inline QStringView trimmedCell(const QStringView *cells, qsizetype cellCount, qsizetype index)
{
    if (index >= cellCount)
        return {};
    const QStringView cell = cells[index];
    if (cell.isEmpty())
        return {};
    // Surely not white space: printable ASCII, and everything from the
    // Latin-1 letters up to the next space (U+1680), Cyrillic included.
    const auto surelyNotSpace = [](QChar ch) {
        return char16_t(ch.unicode() - u'!') < u'\x7f' - u'!'
            || char16_t(ch.unicode() - u'\xa1') < u'\u1680' - u'\xa1';
    };
    if (Q_LIKELY(surelyNotSpace(cell.front()) && surelyNotSpace(cell.back())))
        return cell.front() == u'\'' ? CsvExport::unguarded(cell).trimmed() : cell;
    return trimmedSpacedCell(cell);
}

// to = text, in spare's memory when it is free and large enough (spare is
// the previous row's value of the same field), else in a new string, with
// room to spare once the field has been seen: the next rows' values differ
// in length.
inline void assign(QString &to, QString &spare, QStringView text)
{
    if (Q_LIKELY(!spare.isNull() && spare.isDetached() && spare.capacity() >= text.size())) {
        if (spare.size() != text.size())
            spare.resize(text.size());
        std::memcpy(static_cast<void *>(spare.data()), text.data(),
                    size_t(text.size()) * sizeof(QChar));
        to = std::move(spare);
    } else if (!spare.isNull()) {
        QString grown;
        grown.reserve(text.size() + 16);
        grown.append(text);
        to = std::move(grown);
    } else {
        to = text.toString();
    }
}

// As ImportValueParser::looksLikeFormula(), answered here for the cells
// that start with a character no formula starts with: nearly all of them.
inline bool looksLikeFormula(QStringView text)
{
    // A first character that is surely no space (the letters up to U+1680,
    // Cyrillic included) and none a formula starts with: the text is none.
    const char16_t first = text.front().unicode();
    if (((first > u' ' && first < 0x7f) || (first > 0xa0 && first < 0x1680)) && first != u'='
        && first != u'@' && first != u'+' && first != u'-')
        return false;
    return ImportValueParser::looksLikeFormula(text);
}

// The record's text fields that keep a cell, or the date made of one: each
// row writes them into the memory of the previous row's values.
QString WoowUpCustomer::*const reusableTexts[] = {
    &WoowUpCustomer::serviceUid,
    &WoowUpCustomer::email,
    &WoowUpCustomer::document,
    &WoowUpCustomer::documentType,
    &WoowUpCustomer::telephone,
    &WoowUpCustomer::firstName,
    &WoowUpCustomer::lastName,
    &WoowUpCustomer::street,
    &WoowUpCustomer::postcode,
    &WoowUpCustomer::city,
    &WoowUpCustomer::department,
    &WoowUpCustomer::state,
    &WoowUpCustomer::country,
    &WoowUpCustomer::birthdate,
    &WoowUpCustomer::clubInscriptionDate,
};
constexpr int reusableTextCount = int(std::size(reusableTexts));

// The rest of the record as a fresh one has it, touching only what is set.
void resetOtherFields(WoowUpCustomer &customer)
{
    const auto clearText = [](QString &text) {
        if (!text.isNull())
            text = QString();
    };
    clearText(customer.gender);
    clearText(customer.maritalStatus);
    if (!customer.tags.isEmpty() || customer.tags.capacity())
        customer.tags = QStringList();
    customer.points.reset();
    for (ChannelConsent *consent : {&customer.mailing, &customer.whatsapp, &customer.sms}) {
        consent->enabled.reset();
        clearText(consent->disabledReason);
    }
    if (!customer.customAttributes.isEmpty())
        customer.customAttributes = QVariantMap();
    customer.userappId = 0;
    customer.userId = 0;
    customer.appId = 0;
    customer.pointsPending.reset();
    if (!customer.customform.isEmpty())
        customer.customform = QVariantMap();
    customer.blocked = false;
    clearText(customer.notes);
    if (!customer.family.isEmpty())
        customer.family = QJsonArray();
    clearText(customer.createtime);
    clearText(customer.updatetime);
}

// CountryCodes::toAlpha3() of a name as the file spells it ("Uruguay",
// "Россия"): a file names few countries, so the answers are kept per
// thread by the exact text, which is not made into a string to find them.
QString countryCode(QStringView text)
{
    thread_local TextCache<QString, 128, 40> recent;
    if (const QString *kept = recent.find(text))
        return *kept;
    const QString code = CountryCodes::toAlpha3(text.toString());
    recent.keep(text, code);
    return code;
}

} // namespace

// The issues of one row, worded with its number and the columns' headers.
class ImportRowMapper::RowContext
{
public:
    RowContext(const ImportRowMapper &mapper, const CsvRowView &row, ValidationIssues *issues)
        : m_mapper(mapper)
        , m_number(row.number)
        , m_issues(issues)
    { }

    void add(const Column &column, Severity severity, const QString &message)
    {
        m_converted.insert(column.fieldName);
        append(column.fieldName, severity, inColumn(column.index, message));
    }

    // A remark that does not replace the validator's word on the field.
    void note(const Column &column, Severity severity, const QString &message)
    {
        append(column.fieldName, severity, inColumn(column.index, message));
    }

    void addForRow(Severity severity, const QString &message)
    {
        append(QString(), severity, tr("Row %1: %2").arg(m_number).arg(message));
    }

    // A message that names the row itself.
    void addNamingRow(Severity severity, const QString &message)
    {
        append(QString(), severity, message);
    }

    // The validator's word on the record, unless a conversion problem of the
    // same field already said it.
    void addValidation(const ValidationIssues &issues)
    {
        for (const ValidationIssue &issue : issues) {
            if (m_converted.contains(issue.field))
                continue;
            const int column = m_mapper.m_mapping.columnOf(issue.field);
            append(issue.field, issue.severity,
                   column >= 0 ? inColumn(column, issue.message)
                               : tr("Row %1: %2").arg(m_number).arg(issue.message));
        }
    }

private:
    QString inColumn(int column, const QString &message) const
    {
        return tr("Row %1, column “%2”: %3")
            .arg(m_number)
            .arg(m_mapper.m_mapping.headers().value(column), message);
    }

    void append(const QString &field, Severity severity, const QString &message)
    {
        if (m_issues)
            m_issues->append({field, severity, message});
    }

    const ImportRowMapper &m_mapper;
    qint64 m_number;
    ValidationIssues *m_issues;
    QSet<QString> m_converted;
};

ImportRowMapper::ImportRowMapper(const ColumnMapping &mapping,
                                 const CustomAttributeDefinitions &definitions, DateOrder dateOrder)
    : m_mapping(mapping)
    , m_definitions(definitions)
    , m_dateOrder(dateOrder)
    , m_currentYear(QDate::currentDate().year())
{
    const bool wazzup = mapping.service() == Service::Wazzup;
    for (int index = 0; index < mapping.columnCount(); ++index) {
        const QString name = mapping.target(index);
        if (name.isEmpty())
            continue;
        Column column{index, Field::None, name, -1};
        if (ColumnMapping::isCustomAttributeField(name)) {
            if (wazzup)
                continue;
            column.field = Field::CustomAttribute;
            const QString attribute = ColumnMapping::customAttributeName(name);
            for (int i = 0; i < definitions.size(); ++i) {
                if (definitions.at(i).name == attribute)
                    column.definition = i;
            }
        } else {
            const int id = fieldIds().value(name);
            const bool wazzupField = id >= int(Field::WazzupId) && id <= int(Field::WazzupPhone);
            if (id == 0 || wazzupField != wazzup)
                continue;
            column.field = Field(id);
            QString WoowUpCustomer::*member = nullptr;
            switch (column.field) {
            case Field::ServiceUid:
                member = &WoowUpCustomer::serviceUid;
                break;
            case Field::Email:
                member = &WoowUpCustomer::email;
                break;
            case Field::Document:
                member = &WoowUpCustomer::document;
                break;
            case Field::DocumentType:
                member = &WoowUpCustomer::documentType;
                break;
            case Field::Telephone:
                member = &WoowUpCustomer::telephone;
                break;
            case Field::FirstName:
                member = &WoowUpCustomer::firstName;
                break;
            case Field::LastName:
                member = &WoowUpCustomer::lastName;
                break;
            case Field::Street:
                member = &WoowUpCustomer::street;
                break;
            case Field::Postcode:
                member = &WoowUpCustomer::postcode;
                break;
            case Field::City:
                member = &WoowUpCustomer::city;
                break;
            case Field::Department:
                member = &WoowUpCustomer::department;
                break;
            case Field::State:
                member = &WoowUpCustomer::state;
                break;
            case Field::Country:
                member = &WoowUpCustomer::country;
                break;
            case Field::Birthdate:
                member = &WoowUpCustomer::birthdate;
                break;
            case Field::ClubInscriptionDate:
                member = &WoowUpCustomer::clubInscriptionDate;
                break;
            default:
                break;
            }
            for (int i = 0; i < reusableTextCount; ++i) {
                if (member && reusableTexts[i] == member)
                    column.text = i;
            }
        }
        m_columns.append(column);
    }
}

void ImportRowMapper::checkShape(const CsvRowView &row, RowContext &context) const
{
    if (row.hasProblem())
        context.addNamingRow(Severity::Error, CsvReader::problemText(row));
    const qsizetype expected = m_mapping.columnCount();
    if (expected == 0 || row.fields.size() == expected)
        return;
    if (row.fields.size() > expected) {
        context.addForRow(Severity::Error,
                          tr("it has %n cell(s) but the header has %1, so the cells may be in "
                             "the wrong columns. A cell probably contains the delimiter without "
                             "quotes.",
                             nullptr, int(row.fields.size()))
                              .arg(expected));
    } else {
        context.addForRow(Severity::Warning,
                          tr("it has %n cell(s) but the header has %1; the missing cells are "
                             "read as empty.",
                             nullptr, int(row.fields.size()))
                              .arg(expected));
    }
}

bool ImportRowMapper::convertDateInto(const Column &column, QStringView text, bool keepTime,
                                      RowContext &context, QString &to, QString &spare) const
{
    using Status = ImportValueParser::Date::Status;
    const ImportValueParser::DateValue date =
        ImportValueParser::parseDateValue(text, m_dateOrder, m_currentYear);
    if (!date.isOk() && !to.isNull())
        to = QString(); // as a fresh record has it
    switch (date.status) {
    case Status::Ok:
        break;
    case Status::NotADate:
        context.add(column, Severity::Error,
                    tr("“%1” is not a date. Write it like 1989-06-22 or 22.06.1989.").arg(text));
        return false;
    case Status::NoSuchDate:
        context.add(
            column, Severity::Error,
            tr("There is no date %1 in the calendar. Check the day and the month.").arg(text));
        return false;
    case Status::Ambiguous:
        context.add(column, Severity::Error,
                    tr("“%1” could be day/month or month/day. Write it as year-month-day, like "
                       "1989-06-22, or choose the date order for this file.")
                        .arg(text));
        return false;
    }
    // A cell already written as yyyy-mm-dd (and valid) is its own result.
    if (!date.hasTime() && !date.twoDigitYear && text.size() == 10 && text[4] == u'-') {
        assign(to, spare, text);
        return true;
    }
    char16_t formatted[19];
    const qsizetype length = date.format(formatted, keepTime);
    if (date.twoDigitYear) {
        context.note(column, Severity::Warning,
                     tr("“%1” has a two-digit year; it was read as %2. Check the century.")
                         .arg(text, QStringView(formatted, 10)));
    }
    assign(to, spare, QStringView(formatted, length));
    return true;
}

QString ImportRowMapper::convertDate(const Column &column, QStringView text, bool keepTime,
                                     RowContext &context) const
{
    QString date;
    QString noSpare;
    convertDateInto(column, text, keepTime, context, date, noSpare);
    return date;
}

WazzupUser ImportRowMapper::toWazzupUser(const CsvRow &row, ValidationIssues *issues) const
{
    return toWazzupUser(CsvRowView::of(row), issues);
}

WazzupUser ImportRowMapper::toWazzupUser(const CsvRowView &row, ValidationIssues *issues) const
{
    RowContext context(*this, row, issues);
    checkShape(row, context);
    WazzupUser user;
    // Read once: the stores into the record below could otherwise be
    // taken to change them.
    const QStringView *cells = row.fields.constData();
    const qsizetype cellCount = row.fields.size();
    for (const Column &column : m_columns) {
        const QStringView text = trimmedCell(cells, cellCount, column.index);
        if (text.isEmpty())
            continue;
        switch (column.field) {
        case Field::WazzupId:
            user.id = text.toString();
            break;
        case Field::WazzupName:
            user.name = text.toString();
            break;
        case Field::WazzupPhone:
            // The form's rule: normalised where it can be, otherwise the row
            // is not sent (Wazzup would drop the phone without a word).
            user.phone = WazzupValidator::normalizedPhone(text);
            if (user.phone.isEmpty()) {
                user.phone = text.toString();
                context.add(column, Severity::Error,
                            tr("“%1” is not a phone number Wazzup accepts: it needs 10 to 15 "
                               "digits with the country code, like 79261234567. Wazzup would "
                               "silently drop it.")
                                .arg(text));
            }
            continue;
        default:
            continue;
        }
        if (ImportValueParser::looksLikeFormula(text)) {
            context.note(column, Severity::Warning,
                         tr("“%1” looks like a spreadsheet formula. It is imported as the text "
                            "you see, not calculated.")
                             .arg(text));
        }
    }
    context.addValidation(WazzupValidator::validate(user));
    return user;
}

void ImportRowMapper::convertCustomAttribute(const Column &column, QStringView text,
                                             WoowUpCustomer &customer, RowContext &context) const
{
    const QString name = ColumnMapping::customAttributeName(column.fieldName);
    if (column.definition < 0) {
        // The validator reports the missing definition when it is given them.
        customer.customAttributes.insert(name, text.toString());
        return;
    }
    const CustomAttributeDefinition &definition = m_definitions.at(column.definition);
    using Kind = CustomAttributeDefinition::ValueKind;
    switch (definition.valueKind()) {
    case Kind::Number:
        if (definition.wantsInteger()) {
            if (const auto number = ImportValueParser::parseWholeNumber(text))
                customer.customAttributes.insert(name, *number);
            else
                context.add(column, Severity::Error, tr("“%1” is not a whole number.").arg(text));
        } else {
            if (const auto number = ImportValueParser::parseNumber(text))
                customer.customAttributes.insert(name, *number);
            else
                context.add(column, Severity::Error, tr("“%1” is not a number.").arg(text));
        }
        return;
    case Kind::Boolean:
        if (const auto value = ImportValueParser::parseBoolean(text)) {
            customer.customAttributes.insert(name, *value);
        } else {
            context.add(column, Severity::Error,
                        tr("“%1” is not a yes or no. Write yes or no (also sí/no, да/нет, 1/0).")
                            .arg(text));
        }
        return;
    case Kind::DateTime: {
        const QString date = convertDate(column, text, true, context);
        if (!date.isEmpty())
            customer.customAttributes.insert(name, date);
        return;
    }
    case Kind::List:
        customer.customAttributes.insert(name, ImportValueParser::splitList(text));
        return;
    case Kind::Select: {
        // The option as the account spells it, whatever the case in the file.
        QString value = text.toString();
        for (const QString &option : definition.options) {
            if (option.compare(text, Qt::CaseInsensitive) == 0)
                value = option;
        }
        customer.customAttributes.insert(name, value);
        return;
    }
    case Kind::Text:
        break;
    }
    if (ImportValueParser::looksLikeFormula(text)) {
        context.note(column, Severity::Warning,
                     tr("“%1” looks like a spreadsheet formula. It is imported as the text you "
                        "see, not calculated.")
                         .arg(text));
    }
    customer.customAttributes.insert(name, text.toString());
}

WoowUpCustomer ImportRowMapper::toWoowUpCustomer(const CsvRow &row, ValidationIssues *issues) const
{
    return toWoowUpCustomer(CsvRowView::of(row), issues);
}

WoowUpCustomer ImportRowMapper::toWoowUpCustomer(const CsvRowView &row,
                                                 ValidationIssues *issues) const
{
    WoowUpCustomer customer;
    toWoowUpCustomer(row, customer, issues);
    return customer;
}

void ImportRowMapper::toWoowUpCustomer(const CsvRowView &row, WoowUpCustomer &customer,
                                       ValidationIssues *issues) const
{
    RowContext context(*this, row, issues);
    checkShape(row, context);
    // A fresh record: the previous row's texts lend their memory, the other
    // fields are reset.
    // The spares outlive the row, per thread: a field empty in one row
    // finds the memory of its last value in the next, without malloc.
    thread_local QString spares[reusableTextCount];
    for (int i = 0; i < reusableTextCount; ++i) {
        QString &text = customer.*reusableTexts[i];
        if (spares[i].isNull()) {
            spares[i].swap(text);
        } else if (!text.isNull()) {
            // The spare was too small for the last value: keep the larger.
            if (text.capacity() > spares[i].capacity())
                spares[i].swap(text);
            text = QString();
        }
    }
    resetOtherFields(customer);

    const auto consent = [&](const Column &column, QStringView text, ChannelConsent &channel) {
        if (const auto value = ImportValueParser::parseBoolean(text)) {
            channel.enabled = *value;
        } else {
            context.add(column, Severity::Error,
                        tr("“%1” is not a yes or no. Write yes or no (also sí/no, да/нет, 1/0, "
                           "enabled/disabled).")
                            .arg(text));
        }
    };
    const auto reason = [&](const Column &column, QStringView text, ChannelConsent &channel) {
        channel.disabledReason = ImportValueParser::parseDisabledReason(text);
        if (channel.disabledReason.isEmpty()) {
            context.add(column, Severity::Error,
                        tr("“%1” is not a reason WoowUp knows. Use bounce, unsubscribe, "
                           "spamreport, dropped or other.")
                            .arg(text));
        }
    };

    // Read once: the stores into the record below could otherwise be
    // taken to change them.
    const QStringView *cells = row.fields.constData();
    const qsizetype cellCount = row.fields.size();
    for (const Column &column : m_columns) {
        const QStringView text = trimmedCell(cells, cellCount, column.index);
        if (text.isEmpty())
            continue;
        switch (column.field) {
        case Field::Email:
        case Field::Telephone:
            assign(customer.*reusableTexts[column.text], spares[column.text], text);
            break;
        case Field::ServiceUid:
        case Field::Document:
        case Field::DocumentType:
        case Field::FirstName:
        case Field::LastName:
        case Field::Street:
        case Field::Postcode:
        case Field::City:
        case Field::Department:
        case Field::State:
            // Free text: kept as written, with a word when it looks like a formula.
            assign(customer.*reusableTexts[column.text], spares[column.text], text);
            if (looksLikeFormula(text)) {
                context.note(column, Severity::Warning,
                             tr("“%1” looks like a spreadsheet formula. It is imported as the "
                                "text you see, not calculated.")
                                 .arg(text));
            }
            break;
        case Field::Birthdate:
            convertDateInto(column, text, false, context, customer.birthdate, spares[column.text]);
            break;
        case Field::ClubInscriptionDate:
            convertDateInto(column, text, true, context, customer.clubInscriptionDate,
                            spares[column.text]);
            break;
        case Field::Gender:
            customer.gender = ImportValueParser::parseGender(text);
            if (customer.gender.isEmpty()) {
                context.add(column, Severity::Error,
                            tr("“%1” is not a gender WoowUp knows. Write F or M (also female/male, "
                               "mujer/hombre, ж/м).")
                                .arg(text));
            }
            break;
        case Field::Country:
            if (CountryCodes::isAlpha3(text)) {
                // As toAlpha3() answers for a code written as one, without a string.
                assign(customer.country, spares[column.text], text);
                break;
            }
            customer.country = countryCode(text);
            if (customer.country.isEmpty()) {
                context.add(column, Severity::Error,
                            tr("“%1” is not a country Userdesk knows. Write its three-letter ISO "
                               "code, like ARG, ESP or RUS.")
                                .arg(text));
            }
            break;
        case Field::MaritalStatus:
            customer.maritalStatus = ImportValueParser::parseMaritalStatus(text);
            if (customer.maritalStatus.isEmpty()) {
                context.add(column, Severity::Error,
                            tr("“%1” is not a marital status WoowUp knows. Write single, "
                               "commited, married, divorced or widowed.")
                                .arg(text));
            }
            break;
        case Field::Tags:
            if (customer.tags.isEmpty())
                customer.tags = ImportValueParser::splitList(text); // shared, not copied
            else
                customer.tags += ImportValueParser::splitList(text);
            break;
        case Field::Points:
            if (const auto points = ImportValueParser::parseWholeNumber(text))
                customer.points = *points;
            else
                context.add(column, Severity::Error, tr("“%1” is not a whole number.").arg(text));
            break;
        case Field::MailingEnabled:
            consent(column, text, customer.mailing);
            break;
        case Field::MailingReason:
            reason(column, text, customer.mailing);
            break;
        case Field::WhatsappEnabled:
            consent(column, text, customer.whatsapp);
            break;
        case Field::WhatsappReason:
            reason(column, text, customer.whatsapp);
            break;
        case Field::SmsEnabled:
            consent(column, text, customer.sms);
            break;
        case Field::SmsReason:
            reason(column, text, customer.sms);
            break;
        case Field::CustomAttribute:
            convertCustomAttribute(column, text, customer, context);
            break;
        case Field::None:
        case Field::WazzupId:
        case Field::WazzupName:
        case Field::WazzupPhone:
            break;
        }
    }
    context.addValidation(
        WoowUpValidator::validate(customer, m_definitions.isEmpty() ? nullptr : &m_definitions));
}
