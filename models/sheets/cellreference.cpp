#include "cellreference.h"

CellReference CellReference::parse(QStringView text)
{
    CellReference reference;
    qsizetype i = 0;
    if (i < text.size() && text.at(i) == u'$')
        ++i;
    qint64 column = 0;
    const qsizetype lettersStart = i;
    for (; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= u'A' && c <= u'Z')
            column = column * 26 + (c - u'A' + 1);
        else if (c >= u'a' && c <= u'z')
            column = column * 26 + (c - u'a' + 1);
        else
            break;
        if (column > 0x7fffffff / 32)
            return {};
    }
    if (i == lettersStart)
        return {};
    if (i < text.size() && text.at(i) == u'$')
        ++i;
    qint64 row = 0;
    const qsizetype digitsStart = i;
    for (; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return {};
        row = row * 10 + (c - u'0');
        if (row > (qint64(1) << 40))
            return {};
    }
    reference.column = int(column - 1);
    reference.row = i == digitsStart ? -1 : row;
    return reference;
}

QString CellReference::columnName(int column)
{
    QString name;
    for (qint64 n = qint64(column) + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + char16_t((n - 1) % 26)));
    return name;
}
