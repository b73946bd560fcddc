#include "wazzupvalidator.h"

namespace {

// Lengths are QString::size(), i.e. UTF-16 code units: what JavaScript's
// String.length counts, and never less than the number of code points or of
// visible characters, so a value that passes here fits 200 by any of those counts.
bool isTooLong(const QString &text)
{
    return text.size() > WazzupValidator::maxLength;
}

bool isAsciiDigits(const QString &text)
{
    for (const QChar ch : text) {
        if (ch < u'0' || ch > u'9')
            return false;
    }
    return true;
}

bool isPhoneSeparator(QChar ch)
{
    return ch.isSpace() || ch == u'-' || ch == u'\u2010' || ch == u'\u2011' || ch == u'\u2013'
        || ch == u'(' || ch == u')' || ch == u'.' || ch == u'/';
}

} // namespace

ValidationIssues WazzupValidator::validate(const WazzupUser &user)
{
    ValidationIssues issues;
    const auto add = [&issues](const char *field, ValidationIssue::Severity severity,
                               const QString &message) {
        issues.append({QLatin1String(field), severity, message});
    };

    if (user.id.trimmed().isEmpty()) {
        add("id", ValidationIssue::Severity::Error,
            tr("Enter an ID: Wazzup uses it to tell this user apart from the others."));
    } else if (isTooLong(user.id)) {
        add("id", ValidationIssue::Severity::Error,
            tr("The ID is %n character(s) long; Wazzup accepts at most %1.", nullptr,
               int(user.id.size()))
                .arg(maxLength));
    }

    if (user.name.trimmed().isEmpty()) {
        add("name", ValidationIssue::Severity::Error, tr("Enter the user's name."));
    } else if (isTooLong(user.name)) {
        add("name", ValidationIssue::Severity::Error,
            tr("The name is %n character(s) long; Wazzup accepts at most %1.", nullptr,
               int(user.name.size()))
                .arg(maxLength));
    }

    if (!user.phone.isEmpty() && !isValidPhone(user.phone)) {
        const QString suggestion = normalizedPhone(user.phone);
        const QString message = suggestion.isEmpty()
            ? tr("Wazzup would silently drop this phone number. Write it in international "
                 "format, digits only with the country code, like 79261234567.")
            : tr("Wazzup would silently drop this phone number. Write it in international "
                 "format, digits only with the country code: %1.")
                  .arg(suggestion);
        add("phone", ValidationIssue::Severity::Error, message);
    }
    return issues;
}

bool WazzupValidator::isValidPhone(const QString &phone)
{
    // E.164 allows up to 15 digits; fewer than 10 cannot hold a country code
    // and a subscriber number.
    return phone.size() >= 10 && phone.size() <= 15 && isAsciiDigits(phone);
}

QString WazzupValidator::normalizedPhone(QStringView text)
{
    QStringView rest = text.trimmed();
    const bool plus = rest.startsWith(u'+');
    if (plus)
        rest = rest.mid(1);
    QString digits;
    digits.reserve(rest.size());
    for (const QChar ch : rest) {
        if (ch.isDigit())
            digits.append(QChar(u'0' + ch.digitValue()));
        else if (!isPhoneSeparator(ch))
            return QString(); // a letter, an extension mark, a second +…
    }
    if (!plus && digits.startsWith(QLatin1String("00")))
        digits.remove(0, 2);
    return isValidPhone(digits) ? digits : QString();
}
