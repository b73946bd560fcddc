#include "importvalueparser.h"

#include "fieldsynonyms.h"
#include "textcache.h"

#include <QDate>
#include <QHash>
#include <QLocale>
#include <QVarLengthArray>
#include <QtNumeric>

#include <algorithm>
#include <cstring>
#include <memory>
#include <string>

namespace {

bool isDigit(QChar ch)
{
    return ch >= u'0' && ch <= u'9';
}

bool isSpace(QChar ch)
{
    return ch.isSpace() || ch == QChar(0x00A0) || ch == QChar(0x202F) || ch == QChar(0x2009);
}

// Reads up to maxDigits digits at pos; the count read, 0 when none.
int readNumber(QStringView text, qsizetype &pos, int maxDigits, int *value)
{
    int digits = 0;
    int number = 0;
    while (pos < text.size() && digits < maxDigits && isDigit(text[pos])) {
        number = number * 10 + (text[pos].unicode() - u'0');
        ++pos;
        ++digits;
    }
    *value = number;
    return digits;
}

// "hh:mm" or "hh:mm:ss", then optional fractions and zone; false on failure.
bool parseTime(QStringView text, int *hourOut, int *minuteOut, int *secondOut)
{
    qsizetype pos = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
    if (readNumber(text, pos, 2, &hour) == 0 || pos >= text.size() || text[pos] != u':')
        return false;
    ++pos;
    if (readNumber(text, pos, 2, &minute) != 2)
        return false;
    if (pos < text.size() && text[pos] == u':') {
        ++pos;
        if (readNumber(text, pos, 2, &second) != 2)
            return false;
    }
    if (pos < text.size() && text[pos] == u'.') {
        ++pos;
        int ignored = 0;
        if (readNumber(text, pos, 9, &ignored) == 0)
            return false;
    }
    const QStringView zone = text.mid(pos);
    const bool zoneOk = zone.isEmpty() || zone == u"Z"
        || ((zone.startsWith(u'+') || zone.startsWith(u'-')) && zone.size() >= 3);
    if (!zoneOk || hour > 23 || minute > 59 || second > 59)
        return false;
    *hourOut = hour;
    *minuteOut = minute;
    *secondOut = second;
    return true;
}

// value is 0 to 99.
inline void putTwoDigits(char16_t *out, int value)
{
    out[0] = char16_t(u'0' + value / 10);
    out[1] = char16_t(u'0' + value % 10);
}

struct DateParts
{
    int first = 0;
    int second = 0;
    int third = 0;
    int firstDigits = 0;
    int thirdDigits = 0;
    QChar separator;
    QStringView rest; // after the date, the time if any
};

std::optional<DateParts> splitDate(QStringView text)
{
    DateParts parts;
    // Nearly every date cell is ten characters, dd?mm?yyyy or yyyy?mm?dd:
    // read without the loops below, with the same result.
    if (text.size() == 10) {
        const char16_t *c = text.utf16();
        const auto digit = [c](int i) {
            return int(char16_t(c[i] - u'0'));
        };
        const auto isSeparator = [](char16_t ch) {
            return ch == u'-' || ch == u'/' || ch == u'.';
        };
        const bool dayFirst = isSeparator(c[2]) && c[5] == c[2];
        const bool yearFirst = isSeparator(c[4]) && c[7] == c[4];
        const int a = dayFirst ? 0 : 5;
        const int b = dayFirst ? 3 : 8;
        const int y = dayFirst ? 6 : 0;
        if ((dayFirst || yearFirst) && digit(a) <= 9 && digit(a + 1) <= 9 && digit(b) <= 9
            && digit(b + 1) <= 9 && digit(y) <= 9 && digit(y + 1) <= 9 && digit(y + 2) <= 9
            && digit(y + 3) <= 9) {
            const int year =
                digit(y) * 1000 + digit(y + 1) * 100 + digit(y + 2) * 10 + digit(y + 3);
            parts.separator = QChar(c[dayFirst ? 2 : 4]);
            if (dayFirst) {
                parts.first = digit(0) * 10 + digit(1);
                parts.second = digit(3) * 10 + digit(4);
                parts.third = year;
                parts.firstDigits = 2;
                parts.thirdDigits = 4;
            } else {
                parts.first = year;
                parts.second = digit(5) * 10 + digit(6);
                parts.third = digit(8) * 10 + digit(9);
                parts.firstDigits = 4;
                parts.thirdDigits = 2;
            }
            return parts;
        }
    }
    qsizetype pos = 0;
    parts.firstDigits = readNumber(text, pos, 4, &parts.first);
    if (parts.firstDigits == 0 || parts.firstDigits == 3 || pos >= text.size())
        return std::nullopt;
    parts.separator = text[pos];
    if (parts.separator != u'-' && parts.separator != u'/' && parts.separator != u'.')
        return std::nullopt;
    ++pos;
    if (readNumber(text, pos, 2, &parts.second) == 0 || pos >= text.size()
        || text[pos] != parts.separator)
        return std::nullopt;
    ++pos;
    parts.thirdDigits = readNumber(text, pos, 4, &parts.third);
    if (parts.thirdDigits == 0 || parts.thirdDigits == 3)
        return std::nullopt;
    if (pos < text.size()) {
        if (text[pos] != u' ' && text[pos] != u'T')
            return std::nullopt;
        parts.rest = text.mid(pos + 1).trimmed();
        if (parts.rest.isEmpty())
            return std::nullopt;
    }
    return parts;
}

// Case folded, letters and digits only, accents kept: cheap, and enough for
// cells spelled as in the tables ("Sí", "да"); Unicode decomposition only
// runs for the rest. Written to out, which has room for text.size()
// characters; returns the key's length.
qsizetype compactWordInto(QStringView text, char16_t *out)
{
    char16_t *key = out;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c >= u'A' && c <= u'Z')
            *key++ = char16_t(c + (u'a' - u'A'));
        else if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            *key++ = c;
        else if (c >= 0x80 && ch.isLetterOrNumber())
            *key++ = ch.toCaseFolded().unicode();
    }
    return key - out;
}

QString compactWord(QStringView text)
{
    QString key(text.size(), Qt::Uninitialized);
    key.resize(compactWordInto(text, reinterpret_cast<char16_t *>(key.data())));
    return key;
}

// Spellings to values, under both the compact and the normalised key.
class WordTable
{
public:
    // {value, spellings separated by |}; the values are static text, so
    // that handing one out copies no string and counts no reference.
    WordTable(std::initializer_list<std::pair<const char16_t *, const char16_t *>> rows)
    {
        for (const auto &[value, spellings] : rows) {
            const int code = int(m_values.size());
            m_values.append(
                QString::fromRawData(reinterpret_cast<const QChar *>(value),
                                     qsizetype(std::char_traits<char16_t>::length(value))));
            const QStringList words = QString::fromUtf16(spellings).split(u'|');
            for (const QString &word : words) {
                m_words.insert(compactWord(word), code);
                m_words.insert(FieldSynonyms::normalize(word), code);
            }
        }
        for (auto it = m_words.cbegin(); it != m_words.cend(); ++it)
            m_sorted.append({it.key(), it.value()});
        std::sort(m_sorted.begin(), m_sorted.end(),
                  [](const Entry &a, const Entry &b) { return before(a.first, b.first); });
    }

    // The value's index in the table's rows, -1 when the text is none of them.
    int code(QStringView text) const
    {
        // A column holds few spellings, over and over: the last answers are
        // kept per thread, by the exact text, without a string of their own.
        struct Recent
        {
            const WordTable *table = nullptr;
            qsizetype size = 0;
            int code = -1;
            char16_t text[28];
        };
        thread_local std::unique_ptr<Recent[]> recent(new Recent[recentSlots]);
        const qsizetype size = text.size();
        if (size > qsizetype(std::size(Recent().text)))
            return lookUp(text);
        const char16_t *chars = text.utf16();
        size_t hash = quintptr(this) / 16 + size_t(size);
        for (qsizetype i = 0; i < size; ++i)
            hash = hash * 31 + chars[i];
        Recent &entry = recent[hash % recentSlots];
        if (entry.table == this && entry.size == size
            && std::equal(chars, chars + size, entry.text)) {
            return entry.code;
        }
        entry.code = lookUp(text);
        entry.table = this;
        entry.size = size;
        if (size)
            std::memcpy(entry.text, chars, size_t(size) * sizeof(char16_t));
        return entry.code;
    }

    QString value(QStringView text) const
    {
        const int found = code(text);
        return found < 0 ? QString() : m_values.at(found);
    }

private:
    using Entry = std::pair<QString, int>;
    // Shared by the tables: a column holds a few dozen spellings at most.
    static constexpr size_t recentSlots = 512;

    int lookUp(QStringView text) const
    {
        // The compact key on the stack and a binary search: no allocation.
        QVarLengthArray<char16_t, 64> buffer(text.size());
        const QStringView key(buffer.data(), compactWordInto(text, buffer.data()));
        const auto it = std::lower_bound(
            m_sorted.cbegin(), m_sorted.cend(), key,
            [](const Entry &entry, QStringView wanted) { return before(entry.first, wanted); });
        if (it != m_sorted.cend() && QStringView(it->first) == key)
            return it->second;
        return m_words.value(FieldSynonyms::normalize(text), -1);
    }

    // Any strict order will do; by length first, it rarely looks at a character.
    static bool before(QStringView a, QStringView b)
    {
        if (a.size() != b.size())
            return a.size() < b.size();
        return std::memcmp(a.utf16(), b.utf16(), size_t(a.size()) * sizeof(char16_t)) < 0;
    }

    QStringList m_values;
    QHash<QString, int> m_words;
    QList<Entry> m_sorted; // the same entries, for lookups by QStringView
};

} // namespace

ImportValueParser::DateValue ImportValueParser::parseDateValue(QStringView text, DateOrder order,
                                                               int currentYear)
{
    DateValue result;
    // Nearly always nothing to trim: a digit at both ends.
    const bool digitsAtEnds = !text.isEmpty() && isDigit(text.front()) && isDigit(text.back());
    const std::optional<DateParts> parts = splitDate(digitsAtEnds ? text : text.trimmed());
    if (!parts)
        return result;
    int year = 0;
    int month = 0;
    int day = 0;
    if (parts->firstDigits == 4) {
        year = parts->first;
        month = parts->second;
        day = parts->third;
        if (parts->thirdDigits > 2)
            return result;
    } else {
        if (parts->firstDigits > 2)
            return result;
        year = parts->third;
        bool dayFirst = true;
        if (parts->separator != u'.') {
            if (order == DateOrder::MonthFirst) {
                dayFirst = false;
            } else if (order == DateOrder::Auto) {
                if (parts->first <= 12 && parts->second > 12)
                    dayFirst = false;
                else if (parts->first <= 12 && parts->second <= 12
                         && parts->first != parts->second) {
                    result.status = Date::Status::Ambiguous;
                    return result;
                }
            }
        }
        day = dayFirst ? parts->first : parts->second;
        month = dayFirst ? parts->second : parts->first;
        if (parts->thirdDigits == 2) {
            result.twoDigitYear = true;
            year += 2000;
            if (year > currentYear)
                year -= 100;
        }
    }
    if (!parts->rest.isEmpty()
        && !parseTime(parts->rest, &result.hour, &result.minute, &result.second)) {
        result.hour = -1;
        return result;
    }
    // By hand rather than QDate::isValid(): the same answer for the years
    // kept here (from 1000), without the calendar's conversion to a day number.
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    static constexpr int monthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool validDate = month >= 1 && month <= 12 && day >= 1
        && day <= monthDays[month - 1] + (month == 2 && leap ? 1 : 0);
    if (!validDate || year < 1000) {
        result.status = Date::Status::NoSuchDate;
        result.hour = -1;
        return result;
    }
    result.status = Date::Status::Ok;
    result.year = year;
    result.month = month;
    result.day = day;
    return result;
}

qsizetype ImportValueParser::DateValue::format(char16_t *out, bool withTime) const
{
    // By hand: QDate::toString() took a tenth of a whole import's time.
    putTwoDigits(out, year / 100 % 100);
    putTwoDigits(out + 2, year % 100);
    out[4] = u'-';
    putTwoDigits(out + 5, month);
    out[7] = u'-';
    putTwoDigits(out + 8, day);
    if (!withTime || !hasTime())
        return 10;
    out[10] = u' ';
    putTwoDigits(out + 11, hour);
    out[13] = u':';
    putTwoDigits(out + 14, minute);
    out[16] = u':';
    putTwoDigits(out + 17, second);
    return 19;
}

ImportValueParser::Date ImportValueParser::parseDate(QStringView text, DateOrder order,
                                                     int currentYear)
{
    const DateValue value = parseDateValue(text, order, currentYear);
    Date result;
    result.status = value.status;
    result.twoDigitYear = value.twoDigitYear;
    if (!value.isOk())
        return result;
    char16_t buffer[19];
    value.format(buffer, true);
    result.date = QString(reinterpret_cast<const QChar *>(buffer), 10);
    if (value.hasTime())
        result.time = QString(reinterpret_cast<const QChar *>(buffer + 11), 8);
    return result;
}

ImportValueParser::DateOrder ImportValueParser::guessDateOrder(const QStringList &cells)
{
    bool dayFirst = false;
    bool monthFirst = false;
    for (const QString &cell : cells) {
        const std::optional<DateParts> parts = splitDate(QStringView(cell).trimmed());
        if (!parts || parts->firstDigits > 2 || parts->separator == u'.')
            continue;
        if (parts->first > 12 && parts->second <= 12)
            dayFirst = true;
        else if (parts->second > 12 && parts->first <= 12)
            monthFirst = true;
    }
    if (dayFirst == monthFirst)
        return DateOrder::Auto;
    return dayFirst ? DateOrder::DayFirst : DateOrder::MonthFirst;
}

std::optional<bool> ImportValueParser::parseBoolean(QStringView text)
{
    static const WordTable table({
        {u"1",
         u"yes|y|true|t|1|on|x|enabled|enable|can receive|subscribed|opt in|opted in|accepts|"
         u"sí|si|s|verdadero|habilitado|activo|activado|acepta|suscrito|suscripto|"
         u"да|д|истина|вкл|включено|включен|подписан|подписана|согласен|согласна|есть"},
        {u"0",
         u"no|n|false|f|0|off|disabled|disable|can't receive|cannot receive|can not receive|"
         u"unsubscribed|opt out|opted out|falso|deshabilitado|inactivo|desactivado|"
         u"no acepta|desuscrito|no suscrito|dado de baja|нет|н|ложь|выкл|выключено|"
         u"выключен|отписан|отписана|не согласен|не согласна|отказ"},
    });
    // Rows in the order above: 0 is yes, 1 is no.
    const int code = table.code(text);
    if (code < 0)
        return std::nullopt;
    return code == 0;
}

QString ImportValueParser::parseGender(QStringView text)
{
    static const WordTable table({
        {u"F", u"f|female|woman|w|fem|mujer|femenino|femenina|ж|жен|женский|женщина|девушка"},
        {u"M", u"m|male|man|masc|hombre|masculino|masculina|varón|м|муж|мужской|мужчина|парень"},
    });
    return table.value(text);
}

QString ImportValueParser::parseMaritalStatus(QStringView text)
{
    static const WordTable table({
        {u"single",
         u"single|unmarried|soltero|soltera|холост|холостой|не замужем|не женат|"
         u"не в браке"},
        {u"commited",
         u"commited|committed|in a relationship|partner|en pareja|concubinato|unión libre|"
         u"conviviente|в отношениях|гражданский брак"},
        {u"married", u"married|casado|casada|женат|замужем|в браке"},
        {u"divorced",
         u"divorced|divorciado|divorciada|separado|separada|разведен|разведена|"
         u"в разводе"},
        {u"widowed", u"widowed|widow|widower|viudo|viuda|вдова|вдовец"},
    });
    return table.value(text);
}

QString ImportValueParser::parseDisabledReason(QStringView text)
{
    static const WordTable table({
        {u"bounce", u"bounce|bounced|rebote|rebotado|недоставлено|возврат"},
        {u"unsubscribe",
         u"unsubscribe|unsuscribe|unsubscribed|baja|dado de baja|desuscripción|отписка|"
         u"отписался|отписалась"},
        {u"spamreport", u"spamreport|spam report|spam|reporte de spam|спам|жалоба на спам"},
        {u"dropped", u"dropped|descartado|отброшено"},
        {u"other", u"other|otro|otra|otros|другое|прочее|иное"},
    });
    return table.value(text);
}

std::optional<qint64> ImportValueParser::parseWholeNumber(QStringView text)
{
    // Spaces anywhere are group separators; then an optional sign and ASCII
    // digits, in qint64's range. Accumulated here rather than through a
    // copy without the spaces and QString::toLongLong(), which cost a large
    // import more than all its other number cells.
    qsizetype pos = 0;
    const auto skipSpaces = [&] {
        while (pos < text.size() && isSpace(text[pos]))
            ++pos;
    };
    skipSpaces();
    if (pos == text.size())
        return std::nullopt;
    const bool negative = text[pos] == u'-';
    if (negative || text[pos] == u'+')
        ++pos;
    qint64 value = 0;
    int digitCount = 0;
    for (skipSpaces(); pos < text.size(); skipSpaces()) {
        const QChar ch = text[pos++];
        if (!isDigit(ch))
            return std::nullopt;
        const int digit = ch.unicode() - u'0';
        // Negative numbers accumulate downwards, so that the minimum fits.
        if (qMulOverflow(value, qint64(10), &value)
            || (negative ? qSubOverflow(value, qint64(digit), &value)
                         : qAddOverflow(value, qint64(digit), &value))) {
            return std::nullopt;
        }
        ++digitCount;
    }
    if (digitCount == 0)
        return std::nullopt;
    return value;
}

std::optional<double> ImportValueParser::parseNumber(QStringView text)
{
    QString number;
    number.reserve(text.size());
    for (const QChar ch : text) {
        if (!isSpace(ch))
            number.append(ch);
    }
    const qsizetype comma = number.lastIndexOf(u',');
    const qsizetype dot = number.lastIndexOf(u'.');
    if (comma >= 0 && dot >= 0) {
        // The later mark is the decimal one; the other groups thousands.
        const QChar grouping = comma > dot ? u'.' : u',';
        number.remove(grouping);
    }
    number.replace(u',', u'.');
    bool ok = false;
    const double value = QLocale::c().toDouble(number, &ok);
    if (!ok)
        return std::nullopt;
    return value;
}

QStringList ImportValueParser::splitList(QStringView text)
{
    // Tag cells repeat a few combinations: the lists are kept per thread,
    // shared by every row that spells them the same.
    thread_local TextCache<QStringList, 512, 60> recent;
    if (const QStringList *kept = recent.find(text))
        return *kept;
    QStringList items;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == u',' || text[i] == u';') {
            const QStringView item = text.mid(start, i - start).trimmed();
            if (!item.isEmpty())
                items.append(item.toString());
            start = i + 1;
        }
    }
    recent.keep(text, items);
    return items;
}

bool ImportValueParser::looksLikeFormula(QStringView text)
{
    // Nearly every cell starts with a printable character that can't start
    // a formula: answered without trimming (this runs for every text cell).
    if (!text.isEmpty()) {
        const QChar first = text.front();
        if (first > u' ' && first < u'\x7f' && first != u'=' && first != u'@' && first != u'+'
            && first != u'-') {
            return false;
        }
    }
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return false;
    const QChar first = trimmed[0];
    if (first == u'=' || first == u'@')
        return true;
    if (first != u'+' && first != u'-')
        return false;
    // "-5" or "+54 11 4444-5555" are numbers; "-2+3" or "+HYPERLINK(" are not.
    for (const QChar ch : trimmed.mid(1)) {
        if (ch.isLetter() || ch == u'(' || ch == u'=' || ch == u'!' || ch == u'*' || ch == u'/'
            || ch == u'+' || ch == u'^')
            return true;
    }
    return false;
}
