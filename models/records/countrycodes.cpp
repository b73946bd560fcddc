#include "countrycodes.h"

#include "countrytable.h"

#include <QHash>
#include <QSet>

#include <vector>

namespace {

// What people type in spreadsheets that iso-codes does not spell that way
// (countrytable.cpp is generated from it, see scripts/gen_countrycodes.py).
// Read after the table, so that these win.
const CountryTable::Name aliases[] = {
    {u"USA", "USA"},
    {u"America", "USA"},
    {u"EEUU", "USA"},
    {u"Norteamérica", "USA"},
    {u"США", "USA"},
    {u"Америка", "USA"},
    {u"UK", "GBR"},
    {u"Great Britain", "GBR"},
    {u"Britain", "GBR"},
    {u"England", "GBR"},
    {u"Scotland", "GBR"},
    {u"Wales", "GBR"},
    {u"Gran Bretaña", "GBR"},
    {u"Inglaterra", "GBR"},
    {u"Великобритания", "GBR"},
    {u"Англия", "GBR"},
    {u"Британия", "GBR"},
    {u"Russia", "RUS"},
    {u"Rusia", "RUS"},
    {u"Россия", "RUS"},
    {u"РФ", "RUS"},
    {u"Russland", "RUS"},
    {u"Belorussia", "BLR"},
    {u"Белоруссия", "BLR"},
    {u"Kazajstán", "KAZ"},
    {u"Kirguizistán", "KGZ"},
    {u"Кыргызстан", "KGZ"},
    {u"Киргизстан", "KGZ"},
    {u"Молдова", "MDA"},
    {u"Туркмения", "TKM"},
    {u"Rep. Dominicana", "DOM"},
    {u"Salvador", "SLV"},
    {u"Méjico", "MEX"},
    {u"Deutschland", "DEU"},
    {u"The Netherlands", "NLD"},
    {u"Holland", "NLD"},
    {u"Holanda", "NLD"},
    {u"Голландия", "NLD"},
    {u"Turkey", "TUR"},
    {u"Turquía", "TUR"},
    {u"Турция", "TUR"},
    {u"Corea del Sur", "KOR"},
    {u"Corea del Norte", "PRK"},
    {u"Siria", "SYR"},
    {u"Сирия", "SYR"},
    {u"Лаос", "LAO"},
    {u"UAE", "ARE"},
    {u"ОАЭ", "ARE"},
};

// Spreadsheets spell the same country with and without accents, in any case,
// with dots and spaces ("EE. UU.", "Mexico"): compare only letters and digits,
// folded, without diacritics. The table's names go through the same folding, so
// the two sides always agree (й folds to и on both).
QString nameKey(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar ch : decomposed) {
        if (ch.isMark())
            continue;
        if (ch.isLetterOrNumber())
            key.append(ch.toCaseFolded());
    }
    return key;
}

// AAA is 0, ZZZ is 26³ - 1; -1 when code is not three capital letters.
int capitalsIndex(QStringView code)
{
    if (code.size() != 3)
        return -1;
    int index = 0;
    for (const QChar ch : code) {
        if (ch < u'A' || ch > u'Z')
            return -1;
        index = index * 26 + (ch.unicode() - u'A');
    }
    return index;
}

struct Tables
{
    QSet<QString> alpha3;
    // The same as one bit per three capital letters: what a large import
    // asks for every row, answered without a string or a hash.
    std::vector<bool> assigned = std::vector<bool>(26 * 26 * 26);
    QHash<QString, QString> alpha2ToAlpha3;
    QHash<QString, QString> nameToAlpha3;

    Tables()
    {
        for (int i = 0; i < CountryTable::codeCount; ++i) {
            const CountryTable::Code &code = CountryTable::codes[i];
            const QString alpha3Code = QLatin1String(code.alpha3);
            alpha3.insert(alpha3Code);
            if (const int index = capitalsIndex(alpha3Code); index >= 0)
                assigned[size_t(index)] = true;
            alpha2ToAlpha3.insert(QLatin1String(code.alpha2), alpha3Code);
        }
        const auto addName = [this](const CountryTable::Name &name) {
            nameToAlpha3.insert(nameKey(QString::fromUtf16(name.name)), QLatin1String(name.alpha3));
        };
        for (int i = 0; i < CountryTable::nameCount; ++i)
            addName(CountryTable::names[i]);
        for (const auto &name : aliases)
            addName(name);
    }
};

const Tables &tables()
{
    static const Tables instance;
    return instance;
}

bool isAsciiLetters(const QString &text)
{
    for (const QChar ch : text) {
        if (!((ch >= u'A' && ch <= u'Z') || (ch >= u'a' && ch <= u'z')))
            return false;
    }
    return true;
}

} // namespace

namespace CountryCodes {

bool isAlpha3(const QString &code)
{
    return isAlpha3(QStringView(code));
}

bool isAlpha3(QStringView code)
{
    const int index = capitalsIndex(code);
    return index >= 0 && tables().assigned[size_t(index)];
}

QString toAlpha3(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    // A file names few countries, over and over: the answers are kept per
    // thread (the Unicode decomposition of names, and even upper-casing
    // codes, cost a large import more than all its other checks).
    thread_local QHash<QString, QString> recent;
    const auto it = recent.constFind(trimmed);
    if (it != recent.constEnd())
        return it.value();
    const QString code = [&trimmed]() -> QString {
        const Tables &t = tables();
        if (isAsciiLetters(trimmed)) {
            const QString upper = trimmed.toUpper();
            if (upper.size() == 3 && t.alpha3.contains(upper))
                return upper;
            if (upper.size() == 2) {
                const auto alpha2 = t.alpha2ToAlpha3.constFind(upper);
                if (alpha2 != t.alpha2ToAlpha3.constEnd())
                    return alpha2.value();
            }
        }
        return t.nameToAlpha3.value(nameKey(trimmed));
    }();
    if (recent.size() >= 1024)
        recent.clear();
    recent.insert(trimmed, code);
    return code;
}

} // namespace CountryCodes
