#include "woowupvalidator.h"

#include "consentreasons.h"
#include "countrycodes.h"

#include <QDate>
#include <QDateTime>
#include <QTime>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <ctime>
#include <string_view>

namespace {

using Severity = ValidationIssue::Severity;

bool isAsciiDigit(QChar ch)
{
    return ch >= u'0' && ch <= u'9';
}

// Strictly yyyy-mm-dd: QDate::fromString alone would also take some shorter
// forms the server's schema does not.
bool hasDateShape(QStringView text)
{
    if (text.size() != 10)
        return false;
    const char16_t *c = text.utf16();
    const auto digit = [](char16_t ch) {
        return char16_t(ch - u'0') <= 9;
    };
    return c[4] == u'-' && c[7] == u'-' && digit(c[0]) && digit(c[1]) && digit(c[2]) && digit(c[3])
        && digit(c[5]) && digit(c[6]) && digit(c[8]) && digit(c[9]);
}

int digits(QStringView text, int from, int count)
{
    int value = 0;
    for (int i = from; i < from + count; ++i)
        value = value * 10 + (text[i].unicode() - u'0');
    return value;
}

// Whether a yyyy-mm-dd is a day of QDate's proleptic
// Gregorian calendar for the years four digits hold (there is no year 0).
bool isValidYmd(QStringView text)
{
    if (!hasDateShape(text))
        return false;
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    static constexpr int monthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return year >= 1 && month >= 1 && month <= 12 && day >= 1
        && day <= monthDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

// True when text (a valid yyyy-mm-dd) is a day after today: the same
// order as the dates', compared as text.
bool isAfterToday(QStringView text);

// As !bestIdentifier().first.isEmpty(), without copying four strings and
// their names for every row of an import.
bool hasIdentifier(const WoowUpCustomer &customer)
{
    for (const QString *identifier :
         {&customer.serviceUid, &customer.email, &customer.document, &customer.telephone}) {
        if (identifier->isEmpty())
            continue;
        // Nearly always: a first character that is surely no space.
        const QChar first = identifier->front();
        if ((first > u' ' && first < u'\x7f') || !QStringView(*identifier).trimmed().isEmpty())
            return true;
    }
    return false;
}

// QDate::currentDate() reads the time zone each call; a day is long enough
// to ask once a minute.
QDate today()
{
    thread_local QDate cached;
    thread_local qint64 cachedAt = 0;
    // time() is the cheapest clock there is (the kernel's seconds, read
    // without a system call); this runs for every row of an import.
    const qint64 now = qint64(std::time(nullptr));
    if (!cached.isValid() || now - cachedAt > 60) {
        cached = QDate::currentDate();
        cachedAt = now;
    }
    return cached;
}

bool isAfterToday(QStringView text)
{
    // Today as yyyy-mm-dd, made again when the day changes.
    thread_local QDate day;
    thread_local char16_t iso[10];
    const QDate now = today();
    if (now != day) {
        day = now;
        const QString formatted = now.toString(Qt::ISODate);
        for (int i = 0; i < 10; ++i)
            iso[i] = i < formatted.size() ? formatted.at(i).unicode() : u'0';
    }
    return text.compare(QStringView(iso, 10)) > 0;
}

bool isValidTime(QStringView text)
{
    if (text.size() != 8 || text[2] != u':' || text[5] != u':')
        return false;
    for (int i = 0; i < text.size(); ++i) {
        if (i != 2 && i != 5 && !isAsciiDigit(text[i]))
            return false;
    }
    return QTime::isValid(digits(text, 0, 2), digits(text, 3, 2), digits(text, 6, 2));
}

// "yyyy-mm-dd" or "yyyy-mm-dd hh:mm:ss". Date and time are checked apart so
// that a time falling into a daylight-saving gap of this machine's time zone
// is not rejected: the server does not live in that zone.
bool isValidDateOrDateTime(const QString &text)
{
    if (text.size() == 10)
        return isValidYmd(text);
    if (text.size() != 19 || text[10] != u' ')
        return false;
    // A view, not text.left(10): no copy per row of a large import.
    return isValidYmd(QStringView(text).left(10)) && isValidTime(QStringView(text).mid(11));
}

// One of values, compared without a call per value.
bool isOneOf(const QString &text, const QStringList &values)
{
    for (const QString &value : values) {
        if (value.size() == text.size()
            && std::memcmp(value.constData(), text.constData(), size_t(text.size()) * sizeof(QChar))
                == 0) {
            return true;
        }
    }
    return false;
}

bool isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

bool isIntegral(const QVariant &value)
{
    if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Float) {
        const double number = value.toDouble();
        return std::trunc(number) == number;
    }
    return isNumber(value);
}

bool isStringList(const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList)
        return true;
    if (value.typeId() != QMetaType::QVariantList)
        return false;
    const QVariantList items = value.toList();
    return std::all_of(items.begin(), items.end(),
                       [](const QVariant &item) { return item.typeId() == QMetaType::QString; });
}

} // namespace

ValidationIssues WoowUpValidator::validate(const WoowUpCustomer &customer,
                                           const CustomAttributeDefinitions *definitions)
{
    ValidationIssues issues;
    const auto add = [&issues](const QString &field, Severity severity, const QString &message) {
        issues.append({field, severity, message});
    };
    const auto error = [&add](const char *field, const QString &message) {
        add(QLatin1String(field), Severity::Error, message);
    };

    // The schema's anyOf: without one of these WoowUp cannot find the customer again.
    if (!hasIdentifier(customer)) {
        error("identifiers",
              tr("Enter at least one way to identify the customer: an external ID, an e-mail "
                 "address, a document number or a telephone number."));
    }

    if (!customer.email.isEmpty() && !isValidEmail(customer.email))
        error("email", tr("Enter an e-mail address like name@example.com."));

    // The schema's pattern ^[fFmM]{0,1}$, without a regular expression per row.
    const auto isGenderLetter = [](QChar ch) {
        return ch == u'f' || ch == u'F' || ch == u'm' || ch == u'M';
    };
    const bool genderOk = customer.gender.isEmpty()
        || (customer.gender.size() == 1 && isGenderLetter(customer.gender.front()));
    if (!genderOk)
        error("gender", tr("Enter the gender as F (female) or M (male), or leave it empty."));

    if (!customer.birthdate.isEmpty()) {
        if (!hasDateShape(customer.birthdate)) {
            error("birthdate", tr("Enter the birth date as year-month-day, like 1989-06-22."));
        } else if (!isValidYmd(customer.birthdate)) {
            error("birthdate",
                  tr("There is no date %1 in the calendar. Check the month and the day.")
                      .arg(customer.birthdate));
        } else if (isAfterToday(customer.birthdate)) {
            error("birthdate", tr("The birth date %1 is in the future.").arg(customer.birthdate));
        }
    }

    if (!customer.clubInscriptionDate.isEmpty()
        && !isValidDateOrDateTime(customer.clubInscriptionDate)) {
        error("club_inscription_date",
              tr("Enter the “Club member since” date as year-month-day, with or without the time, "
                 "like 2017-01-22 or 2017-01-22 18:26:16."));
    }

    if (!customer.country.isEmpty() && !CountryCodes::isAlpha3(customer.country)) {
        const QString guess = CountryCodes::toAlpha3(customer.country);
        error("country",
              guess.isEmpty() ? tr("Enter the country as its three-letter ISO code, like ARG, "
                                   "ESP or USA.")
                              : tr("Enter the country as its three-letter ISO code: for “%1” "
                                   "that is %2.")
                                    .arg(customer.country, guess));
    }

    if (!customer.maritalStatus.isEmpty() && !isOneOf(customer.maritalStatus, maritalStatuses())) {
        error("marital_status",
              tr("“%1” is not a marital status WoowUp knows. Choose one of: %2.")
                  .arg(customer.maritalStatus, maritalStatuses().join(QLatin1String(", "))));
    }

    // Translated only when needed: three tr() calls per row cost a large
    // import more than all of its checks.
    struct Channel
    {
        const char *field;
        const ChannelConsent &consent;
        const char *onlyWhenDisabled;
    };
    const Channel channels[] = {
        {"mailing_disabled_reason", customer.mailing,
         QT_TR_NOOP("A reason for not sending e-mail only makes sense when e-mail consent "
                    "is off.")},
        {"whatsapp_disabled_reason", customer.whatsapp,
         QT_TR_NOOP("A reason for not sending WhatsApp messages only makes sense when "
                    "WhatsApp is disabled.")},
        {"sms_disabled_reason", customer.sms,
         QT_TR_NOOP("A reason for not sending text messages only makes sense when text "
                    "messages are disabled.")},
    };
    for (const auto &channel : channels) {
        const QString &reason = channel.consent.disabledReason;
        if (reason.isEmpty())
            continue;
        if (!disabledReasons().contains(ConsentReasons::canonical(reason))) {
            error(channel.field,
                  tr("“%1” is not a reason WoowUp knows. Choose one of: %2.")
                      .arg(reason, disabledReasons().join(QLatin1String(", "))));
        }
        if (channel.consent.enabled != false)
            error(channel.field, tr(channel.onlyWhenDisabled));
    }

    if (customer.points.has_value() && *customer.points < 0)
        error("points", tr("Points can't be negative."));

    // The server splits the tags string on commas, so such a tag would come
    // back as several; not an error, since that may be what was meant.
    for (const auto &tag : customer.tags) {
        if (std::find(tag.cbegin(), tag.cend(), u',') != tag.cend()) {
            add(QStringLiteral("tags"), Severity::Warning,
                tr("The tag “%1” contains a comma, so WoowUp will store it as several tags.")
                    .arg(tag));
        }
    }

    if (!definitions)
        return issues;

    for (auto it = customer.customAttributes.begin(); it != customer.customAttributes.end(); ++it) {
        const QString field = QLatin1String("custom_attributes.") + it.key();
        const auto definition =
            std::find_if(definitions->begin(), definitions->end(),
                         [&it](const CustomAttributeDefinition &d) { return d.name == it.key(); });
        if (definition == definitions->end()) {
            add(field, Severity::Error,
                tr("This account has no custom attribute “%1”. Create it in WoowUp first or "
                   "remove the value.")
                    .arg(it.key()));
            continue;
        }
        const QVariant &value = it.value();
        // A null value clears the attribute, whatever its type.
        if (!value.isValid())
            continue;

        const QString label = definition->label.isEmpty() ? definition->name : definition->label;
        switch (definition->valueKind()) {
        case CustomAttributeDefinition::ValueKind::Number:
            if (!isNumber(value))
                add(field, Severity::Error, tr("“%1” needs a number.").arg(label));
            else if (definition->wantsInteger() && !isIntegral(value))
                add(field, Severity::Error, tr("“%1” needs a whole number.").arg(label));
            break;
        case CustomAttributeDefinition::ValueKind::Boolean:
            if (value.typeId() != QMetaType::Bool)
                add(field, Severity::Error,
                    tr("“%1” is a checkbox: it needs yes or no.").arg(label));
            break;
        case CustomAttributeDefinition::ValueKind::Select: {
            const bool isText = value.typeId() == QMetaType::QString || isNumber(value);
            if (!isText || !definition->options.contains(value.toString())) {
                add(field, Severity::Error,
                    tr("“%1” must be one of: %2.")
                        .arg(label, definition->options.join(QLatin1String(", "))));
            }
            break;
        }
        case CustomAttributeDefinition::ValueKind::DateTime:
            if (value.typeId() != QMetaType::QString || !isValidDateOrDateTime(value.toString())) {
                add(field, Severity::Error,
                    tr("“%1” needs a date like 2017-08-03 or a date and time like "
                       "2017-08-03 14:00:00.")
                        .arg(label));
            }
            break;
        case CustomAttributeDefinition::ValueKind::List:
            if (!isStringList(value))
                add(field, Severity::Error, tr("“%1” needs a list of values.").arg(label));
            else if (!definition->options.isEmpty()) {
                for (const QString &item : value.toStringList()) {
                    if (!definition->options.contains(item)) {
                        add(field, Severity::Error,
                            tr("“%1” accepts only: %2.")
                                .arg(label, definition->options.join(QLatin1String(", "))));
                        break;
                    }
                }
            }
            break;
        case CustomAttributeDefinition::ValueKind::Text: {
            // Types this version does not know fall here too: the server is
            // the judge of those, and refusing them would block every save.
            static const QStringList textTypes = {QString(), QStringLiteral("text"),
                                                  QStringLiteral("string")};
            const bool declaredText = textTypes.contains(definition->dataType.toLower())
                && textTypes.contains(definition->fieldType.toLower());
            if (declaredText && value.typeId() != QMetaType::QString)
                add(field, Severity::Error, tr("“%1” needs text.").arg(label));
            break;
        }
        }
    }
    return issues;
}

bool WoowUpValidator::isValidEmail(const QString &email)
{
    // Not RFC 5322 in full (quoted local parts, IP literals): those are rare in
    // a shop's customer list, while a typo that they would let through is not.
    // By hand, as the regular expression it replaces (taking one row's time
    // in ten of a large import) read:
    //   ^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*
    //   @([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+
    //   ([A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$
    if (email.size() > 254)
        return false;
    QStringView text(email);
    // PCRE's $ also matches before a final line feed.
    if (text.endsWith(u'\n'))
        text.chop(1);
    // Character classes by table: this runs for every row of an import.
    enum : quint8 { Alpha = 1, Digit = 2, Atom = 4 };
    static constexpr auto classes = [] {
        std::array<quint8, 128> table{};
        for (int c = 'a'; c <= 'z'; ++c)
            table[size_t(c)] = Alpha | Atom;
        for (int c = 'A'; c <= 'Z'; ++c)
            table[size_t(c)] = Alpha | Atom;
        for (int c = '0'; c <= '9'; ++c)
            table[size_t(c)] = Digit | Atom;
        for (const char c : std::string_view("!#$%&'*+/=?^_`{|}~-"))
            table[size_t(uchar(c))] |= Atom;
        return table;
    }();
    const auto is = [](char16_t c, quint8 what) {
        return c < 128 && (classes[c] & what);
    };

    // One pass: the local part up to the first '@' (atoms joined by single
    // dots), then the domain's labels, the last of them the top level.
    const char16_t *c = text.utf16();
    const qsizetype size = text.size();
    qsizetype i = 0;
    bool atomStart = true;
    for (; i < size && c[i] != u'@'; ++i) {
        if (c[i] == u'.') {
            if (atomStart)
                return false;
            atomStart = true;
        } else if (is(c[i], Atom)) {
            atomStart = false;
        } else {
            return false;
        }
    }
    if (i == 0 || i == size || atomStart)
        return false;
    const qsizetype domainStart = i + 1;
    qsizetype labelStart = domainStart;
    bool labelAlnumDash = true; // the label so far is letters, digits and '-'
    bool labelAlpha = true; // … only letters
    for (i = domainStart; i < size; ++i) {
        const char16_t ch = c[i];
        if (ch != u'.') {
            labelAlpha = labelAlpha && is(ch, Alpha);
            labelAlnumDash = labelAlnumDash && (is(ch, Alpha | Digit) || ch == u'-');
            continue;
        }
        // A label before a dot: 1 to 63 letters, digits or '-', not at an end.
        const qsizetype length = i - labelStart;
        if (!labelAlnumDash || length < 1 || length > 63 || !is(c[labelStart], Alpha | Digit)
            || !is(c[i - 1], Alpha | Digit)) {
            return false;
        }
        labelStart = i + 1;
        labelAlnumDash = true;
        labelAlpha = true;
    }
    if (labelStart == domainStart)
        return false; // no dot
    const qsizetype topSize = size - labelStart;
    if (labelAlpha && topSize >= 2 && topSize <= 63)
        return true;
    return topSize >= 5 && topSize <= 63 && labelAlnumDash
        && QStringView(c + labelStart, 4) == QLatin1String("xn--");
}

bool WoowUpValidator::isValidDate(const QString &yyyyMmDd)
{
    return isValidYmd(yyyyMmDd);
}

const QStringList &WoowUpValidator::maritalStatuses()
{
    // "commited" is the API's own spelling: the schema's enum has no "committed".
    static const QStringList values{QStringLiteral("single"), QStringLiteral("commited"),
                                    QStringLiteral("married"), QStringLiteral("divorced"),
                                    QStringLiteral("widowed")};
    return values;
}

const QStringList &WoowUpValidator::disabledReasons()
{
    static const QStringList values{QStringLiteral("bounce"), QStringLiteral("unsubscribe"),
                                    QStringLiteral("spamreport"), QStringLiteral("dropped"),
                                    QStringLiteral("other")};
    return values;
}
