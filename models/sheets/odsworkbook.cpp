#include "odsworkbook.h"

#include "cellreference.h"
#include "sheetcelltext.h"
#include "sheetrowbuilder.h"
#include "workbookarchive.h"
#include "xmlpart.h"

namespace {

const QString contentPart = QStringLiteral("content.xml");

QStringView attribute(const QXmlStreamAttributes &attributes, QStringView name)
{
    for (const QXmlStreamAttribute &attribute : attributes) {
        if (attribute.name() == name)
            return attribute.value();
    }
    return {};
}

qint64 repeatCount(const QXmlStreamAttributes &attributes, QStringView name)
{
    const qint64 count = attribute(attributes, name).toLongLong();
    return count > 0 ? count : 1;
}

void appendCapped(QString &text, QStringView more, qsizetype cap)
{
    if (text.size() <= cap)
        text.append(more.left(cap + 1 - text.size()));
}

bool isDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace

bool OdsWorkbook::load()
{
    // An .ods saved with a password keeps its zip readable but encrypts
    // content.xml; the manifest says so.
    if (m_archive->contains(QStringLiteral("META-INF/manifest.xml"))) {
        XmlPart manifest;
        if (!manifest.open(m_archive, QStringLiteral("META-INF/manifest.xml"))) {
            m_error = manifest.errorText();
            return false;
        }
        while (!manifest.atEnd()) {
            if (manifest.next() == QXmlStreamReader::StartElement
                && manifest.xml().name() == u"encryption-data") {
                m_error = tr("This workbook is password-protected: save it without a password "
                             "and choose it again.");
                return false;
            }
        }
        if (manifest.hasError()) {
            m_error = manifest.errorText();
            return false;
        }
    }
    if (!m_archive->contains(contentPart)) {
        m_error = tr("This workbook is damaged: the part “%1” is missing.").arg(contentPart);
        return false;
    }
    return true;
}

bool OdsWorkbook::listSheets(SheetInfos *sheets, bool withData)
{
    Q_UNUSED(withData); // the tables are found by reading content.xml either way
    SheetReadResult result;
    sheets->clear();
    if (!scan(sheets, -1, nullptr, &result)) {
        m_error = result.errorText;
        return false;
    }
    return true;
}

SheetReadResult OdsWorkbook::read(int index, const SheetReadRequest &request)
{
    SheetReadResult result;
    result.format = FileFormat::Kind::Ods;
    SheetInfos sheets;
    if (!scan(&sheets, index, &request, &result) || index != 0 || result.sheetIndex != 0)
        return result;
    // No visible sheet has a row: the first hidden one with data, if any;
    // else the first sheet, empty.
    const int fallback = defaultSheet(sheets);
    if (fallback > 0 && sheets.at(fallback - 1).hasData) {
        result = SheetReadResult();
        result.format = FileFormat::Kind::Ods;
        scan(nullptr, fallback, &request, &result);
    } else if (fallback > 0) {
        result.sheetIndex = fallback;
        result.sheetName = sheets.at(fallback - 1).name;
    }
    return result;
}

bool OdsWorkbook::scan(SheetInfos *sheets, int index, const SheetReadRequest *request,
                       SheetReadResult *result)
{
    XmlPart xml;
    if (!xml.open(m_archive, contentPart)) {
        result->status = SheetReadResult::Status::Error;
        result->errorText = xml.errorText();
        return false;
    }
    QXmlStreamReader &reader = xml.xml();
    int tableIndex = 0;
    QString styleName;
    bool done = false;
    while (!xml.atEnd() && !done) {
        if (xml.next() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = reader.name();
        if (name == u"style") {
            styleName = attribute(reader.attributes(), u"name").toString();
        } else if (name == u"table-properties") {
            if (attribute(reader.attributes(), u"display") == u"false")
                m_hiddenTableStyles.insert(styleName);
        } else if (name == u"table") {
            const QXmlStreamAttributes attributes = reader.attributes();
            SheetInfo info;
            info.index = ++tableIndex;
            info.name = attribute(attributes, u"name").toString();
            info.hidden =
                m_hiddenTableStyles.contains(attribute(attributes, u"style-name").toString());
            // Which table's rows go out: the one asked for, or by default
            // the first visible one that turns out to have a row.
            const bool wanted = request
                && (index == info.index || (index == 0 && !info.hidden && result->sheetIndex == 0));
            if (wanted) {
                result->sheetIndex = info.index;
                result->sheetName = info.name;
            }
            if (!readRows(xml, info.name, wanted ? request : nullptr, result, &info.hasData)) {
                result->status = SheetReadResult::Status::Error;
                result->errorText = xml.errorText();
                return false;
            }
            if (wanted && index == 0 && result->rowCount == 0) {
                result->sheetIndex = 0; // nothing there: keep looking
                result->sheetName.clear();
            }
            if (sheets)
                sheets->append(info);
            // A read stops after its table; a listing goes on to the last one.
            done = wanted && result->sheetIndex != 0;
        }
    }
    if (xml.hasError()) {
        result->status = SheetReadResult::Status::Error;
        result->errorText = xml.errorText();
        return false;
    }
    if (tableIndex == 0) {
        result->status = SheetReadResult::Status::Error;
        result->errorText = tr("This workbook has no sheets.");
        return false;
    }
    if (request && index > 0 && result->sheetIndex == 0) {
        result->status = SheetReadResult::Status::Error;
        result->errorText = tr("This workbook has no sheet number %1.").arg(index);
        return false;
    }
    if (request && request->progress && result->status == SheetReadResult::Status::Success)
        request->progress(xml.declaredSize(), xml.declaredSize());
    return true;
}

bool OdsWorkbook::readRows(XmlPart &xml, const QString &sheetName, const SheetReadRequest *request,
                           SheetReadResult *result, bool *hasData)
{
    QXmlStreamReader &reader = xml.xml();
    SheetRowBuilder builder(m_options.maxFieldLength);
    *hasData = false;
    qint64 line = 1; // the next row's number
    qint64 rowRepeat = 1;
    bool rowHidden = false;
    qint64 column = 0;
    bool inRow = false;
    int depth = 1;
    // Once a listing has seen a value, or a read has what it wanted, the
    // rest of the table is only skipped.
    bool skipping = false;
    while (depth > 0 && !xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.next();
        if (token == QXmlStreamReader::EndElement) {
            --depth;
            if (reader.name() != u"table-row" || !inRow || skipping)
                continue;
            inRow = false;
            if (builder.isEmpty()) {
                line += rowRepeat; // a million empty rows: one addition
                continue;
            }
            *hasData = true;
            if (!request) {
                skipping = true;
                continue;
            }
            if (line + rowRepeat - 1 > m_options.maxRowNumber) {
                xml.fail(tr("The sheet “%1” has a row numbered %2, past the last row a "
                            "spreadsheet has (%3); the workbook is not read.")
                             .arg(sheetName)
                             .arg(line + rowRepeat - 1)
                             .arg(m_options.maxRowNumber));
                return false;
            }
            // A repeated row with values is that many rows with the same values.
            for (qint64 i = 0; i < rowRepeat && !skipping; ++i) {
                builder.setLine(line + i);
                const CsvRowView &row = builder.finishRow();
                ++result->rowCount;
                if (rowHidden)
                    ++result->hiddenRowCount;
                if (!request->perRow(row)) {
                    result->status = SheetReadResult::Status::Cancelled;
                    skipping = true;
                } else if (request->maxRows >= 0 && result->rowCount >= request->maxRows) {
                    result->reachedMaxRows = true;
                    skipping = true;
                } else if (result->rowCount % 1024 == 0) {
                    if (request->cancelled && request->cancelled()) {
                        result->status = SheetReadResult::Status::Cancelled;
                        skipping = true;
                    } else if (request->progress) {
                        request->progress(xml.bytesRead(), xml.declaredSize());
                    }
                }
            }
            line += rowRepeat;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        ++depth;
        if (skipping)
            continue;
        const QStringView name = reader.name();
        if (name == u"table-row") {
            const QXmlStreamAttributes attributes = reader.attributes();
            rowRepeat = repeatCount(attributes, u"number-rows-repeated");
            const QStringView visibility = attribute(attributes, u"visibility");
            rowHidden = visibility == u"collapsed" || visibility == u"filter";
            builder.startRow(line);
            column = 0;
            inRow = true;
        } else if ((name == u"table-cell" || name == u"covered-table-cell") && inRow) {
            const qint64 repeat = repeatCount(reader.attributes(), u"number-columns-repeated");
            // A covered cell is hidden under a merged one: the merged
            // cell's value stays in the first cell only.
            const QString value = name == u"table-cell" ? readCell(xml) : QString();
            if (name == u"covered-table-cell")
                xml.skipElement();
            --depth; // readCell / skipElement consumed the end element
            if (xml.hasError())
                return false;
            if (!value.isEmpty()) {
                if (column + repeat > m_options.maxColumns) {
                    xml.fail(
                        tr("The sheet “%1” has a cell past column %2, the last one a "
                           "spreadsheet has; the workbook is not read.")
                            .arg(sheetName, CellReference::columnName(m_options.maxColumns - 1)));
                    return false;
                }
                builder.setCell(int(column), value, int(repeat));
            }
            column += repeat;
        } else if (name == u"table") {
            // A table inside a table (a sub-table of a cell): not a sheet.
            xml.skipElement();
            --depth;
        }
    }
    return !xml.hasError();
}

QString OdsWorkbook::readCell(XmlPart &xml)
{
    QXmlStreamReader &reader = xml.xml();
    const QXmlStreamAttributes attributes = reader.attributes();
    const QStringView type = attribute(attributes, u"value-type");
    const qsizetype cap = m_options.maxFieldLength;

    // The cell's text: paragraphs on lines of their own, <text:s c="3"/>
    // spaces, tabs and line breaks; notes (office:annotation) left out.
    QString text;
    int depth = 1;
    int paragraphs = 0;
    while (depth > 0 && !xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.next();
        if (token == QXmlStreamReader::EndElement) {
            --depth;
        } else if (token == QXmlStreamReader::Characters) {
            if (depth >= 2)
                appendCapped(text, reader.text(), cap);
        } else if (token == QXmlStreamReader::StartElement) {
            const QStringView name = reader.name();
            if (name == u"annotation") {
                xml.skipElement();
                continue;
            }
            ++depth;
            if (name == u"p" && depth == 2) {
                if (paragraphs++ > 0)
                    appendCapped(text, u"\n", cap);
            } else if (name == u"s") {
                const qint64 count = qMin<qint64>(repeatCount(reader.attributes(), u"c"), cap + 1);
                appendCapped(text, QString(qsizetype(count), QLatin1Char(' ')), cap);
            } else if (name == u"tab") {
                appendCapped(text, u"\t", cap);
            } else if (name == u"line-break") {
                appendCapped(text, u"\n", cap);
            }
        }
    }

    if (type == u"float" || type == u"percentage" || type == u"currency") {
        const QString number = SheetCellText::number(attribute(attributes, u"value"));
        // A number shown with leading zeros (format "00000") shows them.
        if (isDigits(text) && text.size() > number.size() && text.startsWith(QLatin1Char('0'))
            && QStringView(text).toLongLong() == QStringView(number).toLongLong())
            return text;
        return number;
    }
    if (type == u"date")
        return SheetCellText::fromIsoDateTime(attribute(attributes, u"date-value"));
    if (type == u"time")
        return SheetCellText::fromIsoDuration(attribute(attributes, u"time-value"));
    if (type == u"boolean") {
        const QStringView value = attribute(attributes, u"boolean-value");
        return SheetCellText::boolean(value == u"true" || value == u"1").toString();
    }
    const QStringView stringValue = attribute(attributes, u"string-value");
    return stringValue.isEmpty() ? text : stringValue.toString();
}
