#include "xlsxexport.h"

#include "cellreference.h"

#include <climits>

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QSaveFile>
#include <QTime>
#include <QXmlStreamWriter>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <cmath>

namespace {

const QString mainNamespace =
    QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
const QString relationshipNamespace =
    QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
const QString packageRelationshipNamespace =
    QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");

// Cell styles, by their place in styles.xml's cellXfs.
enum Style { PlainStyle = 0, HeaderStyle = 1, DateStyle = 2, DateTimeStyle = 3, TimeStyle = 4 };

// The widths Excel gives dates and times in these formats, in characters.
constexpr int dateWidth = 10;
constexpr int dateTimeWidth = 19;
constexpr int timeWidth = 8;

enum class CellKind { Empty, Text, Number, Boolean, Date, DateTime, Time };

struct Cell
{
    CellKind kind = CellKind::Empty;
    QString text; // Text: the string; Number: the number as written
    double serial = 0; // dates and times
    bool flag = false;
};

bool isWholeNumberType(int type)
{
    switch (type) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
        return true;
    default:
        return false;
    }
}

double timeFraction(const QTime &time)
{
    return double(time.msecsSinceStartOfDay()) / (24.0 * 3600 * 1000);
}

Cell toCell(const QVariant &value)
{
    Cell cell;
    if (!value.isValid() || value.isNull())
        return cell;
    const int type = value.metaType().id();
    if (isWholeNumberType(type)) {
        const QString digits = value.toString();
        // Excel keeps 15 significant digits: a longer whole number (an ID,
        // a card number) would come back rounded, so it goes as text.
        const qsizetype length = digits.size() - (digits.startsWith(QLatin1Char('-')) ? 1 : 0);
        cell.kind = length > 15 ? CellKind::Text : CellKind::Number;
        cell.text = digits;
        return cell;
    }
    if (type == QMetaType::Double || type == QMetaType::Float) {
        const double number = value.toDouble();
        cell.kind = std::isfinite(number) ? CellKind::Number : CellKind::Text;
        cell.text = std::isfinite(number)
            ? QString::number(number, 'g', QLocale::FloatingPointShortest)
            : value.toString();
        return cell;
    }
    if (type == QMetaType::Bool) {
        cell.kind = CellKind::Boolean;
        cell.flag = value.toBool();
        return cell;
    }
    if (type == QMetaType::QDate || type == QMetaType::QDateTime) {
        const QDateTime dateTime = value.toDateTime();
        const QDate date = type == QMetaType::QDate ? value.toDate() : dateTime.date();
        const qint64 serial = XlsxExport::dateSerial(date);
        if (serial < 0) { // before 1900: Excel has no such date, so it is text
            cell.kind = CellKind::Text;
            cell.text = type == QMetaType::QDate ? date.toString(Qt::ISODate)
                                                 : dateTime.toString(Qt::ISODate);
            return cell;
        }
        cell.kind = type == QMetaType::QDate ? CellKind::Date : CellKind::DateTime;
        cell.serial =
            double(serial) + (type == QMetaType::QDate ? 0 : timeFraction(dateTime.time()));
        return cell;
    }
    if (type == QMetaType::QTime) {
        if (!value.toTime().isValid())
            return cell;
        cell.kind = CellKind::Time;
        cell.serial = timeFraction(value.toTime());
        return cell;
    }
    cell.text = value.toString();
    cell.kind = cell.text.isEmpty() ? CellKind::Empty : CellKind::Text;
    return cell;
}

int displayWidth(const Cell &cell)
{
    switch (cell.kind) {
    case CellKind::Empty:
        return 0;
    case CellKind::Boolean:
        return 5;
    case CellKind::Date:
        return dateWidth;
    case CellKind::DateTime:
        return dateTimeWidth;
    case CellKind::Time:
        return timeWidth;
    case CellKind::Number:
        return int(cell.text.size());
    case CellKind::Text:
        break;
    }
    int widest = 0;
    for (const QStringView line : QStringView(cell.text).split(u'\n'))
        widest = qMax(widest, int(line.size()));
    return widest;
}

QString serialText(double serial)
{
    return QString::number(serial, 'g', QLocale::FloatingPointShortest);
}

// One part of the archive, written as the XML writer produces it.
class PartWriter
{
public:
    PartWriter(QuaZip *zip, const QString &name)
        : m_file(zip)
    {
        m_ok = m_file.open(QIODevice::WriteOnly, QuaZipNewInfo(name));
        if (m_ok)
            m_xml.setDevice(&m_file);
        m_xml.writeStartDocument(QStringLiteral("1.0"), true);
    }

    QXmlStreamWriter &xml() { return m_xml; }

    bool finish()
    {
        m_xml.writeEndDocument();
        if (!m_ok)
            return false;
        m_file.close();
        return !m_xml.hasError() && m_file.getZipError() == 0;
    }

private:
    QuaZipFile m_file;
    QXmlStreamWriter m_xml;
    bool m_ok = false;
};

void writeTextElement(QXmlStreamWriter &xml, const QString &text)
{
    xml.writeStartElement(QStringLiteral("t"));
    // Excel drops leading and trailing spaces and line breaks without it.
    if (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()))
        xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
    xml.writeCharacters(XlsxExport::escapeText(text));
    xml.writeEndElement();
}

QString quotedSheetName(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

qint64 XlsxExport::dateSerial(const QDate &date)
{
    if (!date.isValid() || date < QDate(1900, 1, 1))
        return -1;
    const qint64 days = QDate(1899, 12, 30).daysTo(date);
    // Excel's serials count a 29 February 1900 that never was: dates before
    // it are one lower than the plain count from 30 December 1899.
    return date < QDate(1900, 3, 1) ? days - 1 : days;
}

QString XlsxExport::sheetName(const QString &name)
{
    QString cleaned = name.trimmed();
    for (QChar &c : cleaned) {
        if (QStringView(u"[]:*?/\\").contains(c) || c.unicode() < 0x20)
            c = QLatin1Char('_');
    }
    while (cleaned.startsWith(QLatin1Char('\'')))
        cleaned.remove(0, 1);
    cleaned = cleaned.left(31);
    while (cleaned.endsWith(QLatin1Char('\'')))
        cleaned.chop(1);
    return cleaned.isEmpty() ? QStringLiteral("Sheet1") : cleaned;
}

QString XlsxExport::escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        const bool illegal = (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0xFFFE
            || u == 0xFFFF
            || (c.isHighSurrogate() && !(i + 1 < text.size() && text.at(i + 1).isLowSurrogate()))
            || (c.isLowSurrogate() && !(i > 0 && text.at(i - 1).isHighSurrogate()));
        bool looksEscaped = false;
        if (u == u'_' && i + 6 < text.size() && text.at(i + 1) == u'x' && text.at(i + 6) == u'_') {
            looksEscaped = true;
            for (int k = 2; k < 6; ++k) {
                const char16_t h = text.at(i + k).unicode();
                looksEscaped = looksEscaped
                    && ((h >= u'0' && h <= u'9') || (h >= u'a' && h <= u'f')
                        || (h >= u'A' && h <= u'F'));
            }
        }
        if (illegal || looksEscaped)
            out += QLatin1String("_x")
                + QString::number(uint(u), 16).toUpper().rightJustified(4, QLatin1Char('0'))
                + QLatin1Char('_');
        else
            out.append(c);
    }
    return out;
}

bool XlsxExport::write(const QStringList &headers, const QList<QVariantList> &rows,
                       QIODevice *device, const XlsxExportOptions &options, QString *errorString)
{
    const auto fail = [errorString](const QString &text) {
        if (errorString)
            *errorString = text;
        return false;
    };
    if (!device)
        return fail(tr("No file to write the workbook to."));

    const int columnCount = int(qMax<qsizetype>(headers.size(), 1));
    const qint64 rowCount = rows.size() + 1;
    if (headers.size() > 16384 || rowCount > 1048576)
        return fail(tr("The table has %n row(s) and %1; an Excel sheet holds at most "
                       "1,048,576 rows and 16,384 columns.",
                       nullptr, int(qMin<qint64>(rowCount, INT_MAX)))
                        .arg(tr("%n column(s)", nullptr, int(headers.size()))));

    QuaZip zip(device);
    zip.setAutoClose(false);
    zip.setUtf8Enabled(true);
    if (!zip.open(QuaZip::mdCreate))
        return fail(tr("The workbook could not be written: %1").arg(device->errorString()));

    QHash<QString, int> stringIndex;
    QStringList strings;
    const auto shared = [&](const QString &text) {
        const auto found = stringIndex.constFind(text);
        if (found != stringIndex.constEnd())
            return *found;
        const int index = int(strings.size());
        stringIndex.insert(text, index);
        strings.append(text);
        return index;
    };

    QList<int> widths(columnCount, 0);
    for (int column = 0; column < headers.size(); ++column)
        widths[column] = displayWidth(toCell(headers.at(column))) + 2; // room for the filter button
    if (options.fitColumnWidths) {
        for (const QVariantList &row : rows) {
            for (int column = 0; column < qMin<qsizetype>(row.size(), columnCount); ++column)
                widths[column] = qMax(widths[column], displayWidth(toCell(row.at(column))));
        }
    }

    const QString sheet = sheetName(options.sheetName);
    const QString lastCell = CellReference::name(columnCount - 1, rowCount);
    const QString range = QStringLiteral("A1:") + lastCell;
    bool ok = true;

    {
        PartWriter part(&zip, QStringLiteral("xl/worksheets/sheet1.xml"));
        QXmlStreamWriter &xml = part.xml();
        xml.writeDefaultNamespace(mainNamespace);
        xml.writeNamespace(relationshipNamespace, QStringLiteral("r"));
        xml.writeStartElement(mainNamespace, QStringLiteral("worksheet"));
        xml.writeEmptyElement(QStringLiteral("dimension"));
        xml.writeAttribute(QStringLiteral("ref"), range);
        xml.writeStartElement(QStringLiteral("sheetViews"));
        xml.writeStartElement(QStringLiteral("sheetView"));
        xml.writeAttribute(QStringLiteral("workbookViewId"), QStringLiteral("0"));
        if (options.freezeHeader) {
            xml.writeEmptyElement(QStringLiteral("pane"));
            xml.writeAttribute(QStringLiteral("ySplit"), QStringLiteral("1"));
            xml.writeAttribute(QStringLiteral("topLeftCell"), QStringLiteral("A2"));
            xml.writeAttribute(QStringLiteral("activePane"), QStringLiteral("bottomLeft"));
            xml.writeAttribute(QStringLiteral("state"), QStringLiteral("frozen"));
            xml.writeEmptyElement(QStringLiteral("selection"));
            xml.writeAttribute(QStringLiteral("pane"), QStringLiteral("bottomLeft"));
        }
        xml.writeEndElement(); // sheetView
        xml.writeEndElement(); // sheetViews
        xml.writeEmptyElement(QStringLiteral("sheetFormatPr"));
        xml.writeAttribute(QStringLiteral("defaultRowHeight"), QStringLiteral("15"));
        if (options.fitColumnWidths) {
            xml.writeStartElement(QStringLiteral("cols"));
            for (int column = 0; column < columnCount; ++column) {
                xml.writeEmptyElement(QStringLiteral("col"));
                const QString number = QString::number(column + 1);
                xml.writeAttribute(QStringLiteral("min"), number);
                xml.writeAttribute(QStringLiteral("max"), number);
                const int width = qBound(4, widths.at(column) + 1, qMax(4, options.maxColumnWidth));
                xml.writeAttribute(QStringLiteral("width"), QString::number(width));
                xml.writeAttribute(QStringLiteral("customWidth"), QStringLiteral("1"));
            }
            xml.writeEndElement();
        }
        xml.writeStartElement(QStringLiteral("sheetData"));
        const auto writeRow = [&](qint64 number, const QVariantList &values, bool header) {
            xml.writeStartElement(QStringLiteral("row"));
            const QString rowNumber = QString::number(number);
            xml.writeAttribute(QStringLiteral("r"), rowNumber);
            for (int column = 0; column < qMin<qsizetype>(values.size(), columnCount); ++column) {
                const Cell cell = toCell(values.at(column));
                if (cell.kind == CellKind::Empty)
                    continue;
                xml.writeStartElement(QStringLiteral("c"));
                xml.writeAttribute(QStringLiteral("r"),
                                   CellReference::columnName(column) + rowNumber);
                QString value;
                switch (cell.kind) {
                case CellKind::Empty:
                    break;
                case CellKind::Text:
                    xml.writeAttribute(QStringLiteral("t"), QStringLiteral("s"));
                    value = QString::number(shared(cell.text));
                    break;
                case CellKind::Number:
                    value = cell.text;
                    break;
                case CellKind::Boolean:
                    xml.writeAttribute(QStringLiteral("t"), QStringLiteral("b"));
                    value = cell.flag ? QStringLiteral("1") : QStringLiteral("0");
                    break;
                case CellKind::Date:
                case CellKind::DateTime:
                case CellKind::Time:
                    value = serialText(cell.serial);
                    break;
                }
                const int style = header              ? HeaderStyle
                    : cell.kind == CellKind::Date     ? DateStyle
                    : cell.kind == CellKind::DateTime ? DateTimeStyle
                    : cell.kind == CellKind::Time     ? TimeStyle
                                                      : PlainStyle;
                if (style != PlainStyle && (style != HeaderStyle || options.boldHeader))
                    xml.writeAttribute(QStringLiteral("s"), QString::number(style));
                xml.writeTextElement(QStringLiteral("v"), value);
                xml.writeEndElement(); // c
            }
            xml.writeEndElement(); // row
        };
        QVariantList headerRow;
        for (const QString &header : headers)
            headerRow.append(header);
        writeRow(1, headerRow, true);
        qint64 number = 1;
        for (const QVariantList &row : rows)
            writeRow(++number, row, false);
        xml.writeEndElement(); // sheetData
        if (options.autoFilter && !headers.isEmpty()) {
            xml.writeEmptyElement(QStringLiteral("autoFilter"));
            xml.writeAttribute(QStringLiteral("ref"), range);
        }
        xml.writeEndElement(); // worksheet
        ok = part.finish() && ok;
    }

    {
        PartWriter part(&zip, QStringLiteral("xl/sharedStrings.xml"));
        QXmlStreamWriter &xml = part.xml();
        xml.writeDefaultNamespace(mainNamespace);
        xml.writeStartElement(mainNamespace, QStringLiteral("sst"));
        xml.writeAttribute(QStringLiteral("uniqueCount"), QString::number(strings.size()));
        for (const QString &text : std::as_const(strings)) {
            xml.writeStartElement(QStringLiteral("si"));
            writeTextElement(xml, text);
            xml.writeEndElement();
        }
        xml.writeEndElement();
        ok = part.finish() && ok;
    }

    {
        PartWriter part(&zip, QStringLiteral("xl/styles.xml"));
        QXmlStreamWriter &xml = part.xml();
        xml.writeDefaultNamespace(mainNamespace);
        xml.writeStartElement(mainNamespace, QStringLiteral("styleSheet"));
        xml.writeStartElement(QStringLiteral("numFmts"));
        xml.writeAttribute(QStringLiteral("count"), QStringLiteral("3"));
        const std::pair<int, QString> formats[] = {
            {164, QStringLiteral("yyyy-mm-dd")},
            {165, QStringLiteral("yyyy-mm-dd hh:mm:ss")},
            {166, QStringLiteral("hh:mm:ss")},
        };
        for (const auto &format : formats) {
            xml.writeEmptyElement(QStringLiteral("numFmt"));
            xml.writeAttribute(QStringLiteral("numFmtId"), QString::number(format.first));
            xml.writeAttribute(QStringLiteral("formatCode"), format.second);
        }
        xml.writeEndElement();
        xml.writeStartElement(QStringLiteral("fonts"));
        xml.writeAttribute(QStringLiteral("count"), QStringLiteral("2"));
        for (bool bold : {false, true}) {
            xml.writeStartElement(QStringLiteral("font"));
            if (bold)
                xml.writeEmptyElement(QStringLiteral("b"));
            xml.writeEmptyElement(QStringLiteral("sz"));
            xml.writeAttribute(QStringLiteral("val"), QStringLiteral("11"));
            xml.writeEmptyElement(QStringLiteral("name"));
            xml.writeAttribute(QStringLiteral("val"), QStringLiteral("Calibri"));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        // Excel insists on the two standard fills and one border.
        xml.writeStartElement(QStringLiteral("fills"));
        xml.writeAttribute(QStringLiteral("count"), QStringLiteral("2"));
        for (const char *pattern : {"none", "gray125"}) {
            xml.writeStartElement(QStringLiteral("fill"));
            xml.writeEmptyElement(QStringLiteral("patternFill"));
            xml.writeAttribute(QStringLiteral("patternType"), QLatin1String(pattern));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeStartElement(QStringLiteral("borders"));
        xml.writeAttribute(QStringLiteral("count"), QStringLiteral("1"));
        xml.writeEmptyElement(QStringLiteral("border"));
        xml.writeEndElement();
        xml.writeStartElement(QStringLiteral("cellStyleXfs"));
        xml.writeAttribute(QStringLiteral("count"), QStringLiteral("1"));
        xml.writeEmptyElement(QStringLiteral("xf"));
        xml.writeAttribute(QStringLiteral("numFmtId"), QStringLiteral("0"));
        xml.writeAttribute(QStringLiteral("fontId"), QStringLiteral("0"));
        xml.writeAttribute(QStringLiteral("fillId"), QStringLiteral("0"));
        xml.writeAttribute(QStringLiteral("borderId"), QStringLiteral("0"));
        xml.writeEndElement();
        // In the order of enum Style.
        const std::pair<int, int> cellFormats[] = {{0, 0}, {0, 1}, {164, 0}, {165, 0}, {166, 0}};
        xml.writeStartElement(QStringLiteral("cellXfs"));
        xml.writeAttribute(QStringLiteral("count"), QString::number(std::size(cellFormats)));
        for (const auto &format : cellFormats) {
            xml.writeEmptyElement(QStringLiteral("xf"));
            xml.writeAttribute(QStringLiteral("numFmtId"), QString::number(format.first));
            xml.writeAttribute(QStringLiteral("fontId"), QString::number(format.second));
            xml.writeAttribute(QStringLiteral("fillId"), QStringLiteral("0"));
            xml.writeAttribute(QStringLiteral("borderId"), QStringLiteral("0"));
            xml.writeAttribute(QStringLiteral("xfId"), QStringLiteral("0"));
            if (format.first != 0)
                xml.writeAttribute(QStringLiteral("applyNumberFormat"), QStringLiteral("1"));
            if (format.second != 0)
                xml.writeAttribute(QStringLiteral("applyFont"), QStringLiteral("1"));
        }
        xml.writeEndElement();
        xml.writeEndElement(); // styleSheet
        ok = part.finish() && ok;
    }

    {
        PartWriter part(&zip, QStringLiteral("xl/workbook.xml"));
        QXmlStreamWriter &xml = part.xml();
        xml.writeDefaultNamespace(mainNamespace);
        xml.writeNamespace(relationshipNamespace, QStringLiteral("r"));
        xml.writeStartElement(mainNamespace, QStringLiteral("workbook"));
        xml.writeStartElement(QStringLiteral("bookViews"));
        xml.writeEmptyElement(QStringLiteral("workbookView"));
        xml.writeEndElement();
        xml.writeStartElement(QStringLiteral("sheets"));
        xml.writeEmptyElement(QStringLiteral("sheet"));
        xml.writeAttribute(QStringLiteral("name"), sheet);
        xml.writeAttribute(QStringLiteral("sheetId"), QStringLiteral("1"));
        xml.writeAttribute(relationshipNamespace, QStringLiteral("id"), QStringLiteral("rId1"));
        xml.writeEndElement();
        if (options.autoFilter && !headers.isEmpty()) {
            // Excel keeps the filter's range under this hidden name.
            xml.writeStartElement(QStringLiteral("definedNames"));
            xml.writeStartElement(QStringLiteral("definedName"));
            xml.writeAttribute(QStringLiteral("name"), QStringLiteral("_xlnm._FilterDatabase"));
            xml.writeAttribute(QStringLiteral("localSheetId"), QStringLiteral("0"));
            xml.writeAttribute(QStringLiteral("hidden"), QStringLiteral("1"));
            xml.writeCharacters(quotedSheetName(sheet) + QStringLiteral("!$A$1:$")
                                + CellReference::columnName(columnCount - 1) + QStringLiteral("$")
                                + QString::number(rowCount));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement(); // workbook
        ok = part.finish() && ok;
    }

    const auto writeRelationships = [&](const QString &name,
                                        const QList<std::pair<QString, QString>> &targets) {
        PartWriter part(&zip, name);
        QXmlStreamWriter &xml = part.xml();
        xml.writeDefaultNamespace(packageRelationshipNamespace);
        xml.writeStartElement(packageRelationshipNamespace, QStringLiteral("Relationships"));
        int id = 0;
        for (const auto &target : targets) {
            xml.writeEmptyElement(QStringLiteral("Relationship"));
            xml.writeAttribute(QStringLiteral("Id"), QStringLiteral("rId%1").arg(++id));
            xml.writeAttribute(QStringLiteral("Type"), target.first);
            xml.writeAttribute(QStringLiteral("Target"), target.second);
        }
        xml.writeEndElement();
        return part.finish();
    };
    const QString types =
        QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");
    ok = writeRelationships(
             QStringLiteral("xl/_rels/workbook.xml.rels"),
             {{types + QLatin1String("worksheet"), QStringLiteral("worksheets/sheet1.xml")},
              {types + QLatin1String("styles"), QStringLiteral("styles.xml")},
              {types + QLatin1String("sharedStrings"), QStringLiteral("sharedStrings.xml")}})
        && ok;
    ok = writeRelationships(
             QStringLiteral("_rels/.rels"),
             {{types + QLatin1String("officeDocument"), QStringLiteral("xl/workbook.xml")}})
        && ok;

    {
        PartWriter part(&zip, QStringLiteral("[Content_Types].xml"));
        QXmlStreamWriter &xml = part.xml();
        const QString ns =
            QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types");
        xml.writeDefaultNamespace(ns);
        xml.writeStartElement(ns, QStringLiteral("Types"));
        const auto add = [&xml](const char *element, const char *key, const QString &value,
                                const QString &type) {
            xml.writeEmptyElement(QLatin1String(element));
            xml.writeAttribute(QLatin1String(key), value);
            xml.writeAttribute(QStringLiteral("ContentType"), type);
        };
        const QString office =
            QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.");
        add("Default", "Extension", QStringLiteral("rels"),
            QStringLiteral("application/vnd.openxmlformats-package.relationships+xml"));
        add("Default", "Extension", QStringLiteral("xml"), QStringLiteral("application/xml"));
        add("Override", "PartName", QStringLiteral("/xl/workbook.xml"),
            office + QLatin1String("sheet.main+xml"));
        add("Override", "PartName", QStringLiteral("/xl/worksheets/sheet1.xml"),
            office + QLatin1String("worksheet+xml"));
        add("Override", "PartName", QStringLiteral("/xl/styles.xml"),
            office + QLatin1String("styles+xml"));
        add("Override", "PartName", QStringLiteral("/xl/sharedStrings.xml"),
            office + QLatin1String("sharedStrings+xml"));
        xml.writeEndElement();
        ok = part.finish() && ok;
    }

    zip.close();
    if (!ok || zip.getZipError() != 0)
        return fail(tr("The workbook could not be written: %1").arg(device->errorString()));
    return true;
}

bool XlsxExport::writeFile(const QString &fileName, const QStringList &headers,
                           const QList<QVariantList> &rows, const XlsxExportOptions &options,
                           QString *errorString)
{
    // The file appears whole or not at all.
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (errorString)
            *errorString = tr("“%1” could not be written: %2").arg(fileName, file.errorString());
        return false;
    }
    if (!write(headers, rows, &file, options, errorString)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (errorString)
            *errorString = tr("“%1” could not be written: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}
