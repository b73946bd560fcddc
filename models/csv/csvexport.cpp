#include "csvexport.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QIODevice>
#include <QRegularExpression>
#include <QStringEncoder>

namespace {

// Rows are encoded and written in blocks of about this many characters, so a
// 100,000-row table neither builds one huge string nor makes a write per row.
constexpr qsizetype blockSize = 64 * 1024;

} // namespace

namespace {

bool startsLikeFormula(QStringView text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
        || first == u'\r';
}

// ' followed by a formula character, after any number of further 's.
bool startsLikeGuard(QStringView text)
{
    qsizetype quotes = 0;
    while (quotes < text.size() && text.at(quotes) == u'\'')
        ++quotes;
    return quotes > 0 && startsLikeFormula(text.mid(quotes));
}

} // namespace

QVariant CsvExport::cellValue(const QModelIndex &index)
{
    // A model that knows the type says so (a consent as true or false).
    const QVariant typed = index.data(Qt::EditRole);
    if (typed.isValid() && typed.typeId() != QMetaType::QString)
        return typed;
    const QString text = cellText(index);
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (isoDate.match(text).hasMatch()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            return date;
    }
    const int alignment = index.data(Qt::TextAlignmentRole).toInt();
    if (alignment & Qt::AlignRight) {
        bool ok = false;
        const qint64 whole = text.toLongLong(&ok);
        if (ok)
            return whole;
        const double number = text.toDouble(&ok);
        if (ok)
            return number;
    }
    return text;
}

QString CsvExport::guarded(const QString &text)
{
    if (startsLikeFormula(text) || startsLikeGuard(text))
        return u'\'' + text;
    return text;
}

QString CsvExport::unguarded(const QString &text)
{
    if (startsLikeGuard(text))
        return text.mid(1);
    return text;
}

QStringView CsvExport::unguarded(QStringView text)
{
    return startsLikeGuard(text) ? text.mid(1) : text;
}

QString CsvExport::field(const QString &text, const CsvExportOptions &options)
{
    QString result = options.formulaGuard ? guarded(text) : text;
    const bool needsQuotes = result.contains(options.delimiter) || result.contains(u'"')
        || result.contains(u'\n') || result.contains(u'\r');
    if (!needsQuotes)
        return result;
    result.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + result + u'"';
}

QString CsvExport::cellText(const QModelIndex &index)
{
    // A file gets the machine value where the model has one (ISO dates,
    // plain numbers), not the locale's "01.02.2019", so that it imports back.
    const QVariant value = index.data(Qt::EditRole);
    if (value.isValid())
        return value.toString();
    const QVariant display = index.data(Qt::DisplayRole);
    if (display.isValid())
        return display.toString();
    if (index.data(Qt::DecorationRole).isValid())
        return index.data(Qt::ToolTipRole).toString();
    return QString();
}

QList<int> CsvExport::allRows(const QAbstractItemModel *model)
{
    QList<int> rows;
    const int count = model->rowCount();
    rows.reserve(count);
    for (int row = 0; row < count; ++row)
        rows.append(row);
    return rows;
}

bool CsvExport::write(const QAbstractItemModel *model, const QList<int> &columns,
                      const QList<int> &rows, QIODevice *device, const CsvExportOptions &options,
                      QString *errorString)
{
    auto fail = [&](const QString &message) {
        if (errorString)
            *errorString = message;
        return false;
    };
    if (!device->isWritable())
        return fail(tr("The file is not open for writing."));

    QStringEncoder encoder(QStringEncoder::Utf8);
    QString block;
    block.reserve(blockSize + 1024);
    auto flush = [&]() {
        const QByteArray bytes = encoder.encode(block);
        block.clear();
        return device->write(bytes) == bytes.size();
    };
    if (options.byteOrderMark && device->write("\xEF\xBB\xBF", 3) != 3)
        return fail(tr("Could not write the file: %1").arg(device->errorString()));

    auto appendLine = [&](auto &&textOfColumn) {
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (i > 0)
                block += options.delimiter;
            block += field(textOfColumn(columns.at(i)), options);
        }
        block += QStringLiteral("\r\n");
    };
    appendLine([model](int column) {
        return model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    });
    for (const int row : rows) {
        appendLine([model, row](int column) { return cellText(model->index(row, column)); });
        if (block.size() >= blockSize && !flush())
            return fail(tr("Could not write the file: %1").arg(device->errorString()));
    }
    if (!flush())
        return fail(tr("Could not write the file: %1").arg(device->errorString()));
    return true;
}
