#include "xlsxworkbook.h"

#include "cellreference.h"
#include "sheetrowbuilder.h"
#include "workbookarchive.h"
#include "xmlpart.h"

#include <QHash>
#include <QStringDecoder>

namespace {

using Relationships = QHash<QString, std::pair<QString, QString>>; // id -> (type, part)

// Attributes by local name: namespaces differ between Transitional and
// Strict files, the names do not.
QStringView attribute(const QXmlStreamAttributes &attributes, QStringView name)
{
    for (const QXmlStreamAttribute &attribute : attributes) {
        if (attribute.name() == name)
            return attribute.value();
    }
    return {};
}

bool isTrue(QStringView value)
{
    return value == u"1" || value == u"true";
}

QString relationshipsPartOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return part.left(slash + 1) + QLatin1String("_rels/") + part.mid(slash + 1)
        + QLatin1String(".rels");
}

// The last step of a relationship type URI: "worksheet", "sharedStrings"…
QStringView typeName(const QString &type)
{
    return QStringView(type).mid(type.lastIndexOf(QLatin1Char('/')) + 1);
}

} // namespace

bool XlsxWorkbook::loadRelationships(const QString &part, Relationships *byId)
{
    // Targets are relative to the part the relationships belong to:
    // xl/_rels/workbook.xml.rels describes xl/workbook.xml.
    const qsizetype rels = part.lastIndexOf(QLatin1String("_rels/"));
    const QString source = part.left(rels) + part.mid(rels + 6).chopped(5);
    XmlPart xml;
    if (!xml.open(m_archive, part)) {
        m_error = xml.errorText();
        return false;
    }
    while (!xml.atEnd()) {
        if (xml.next() != QXmlStreamReader::StartElement || xml.xml().name() != u"Relationship")
            continue;
        const QXmlStreamAttributes attributes = xml.xml().attributes();
        if (attribute(attributes, u"TargetMode") == u"External")
            continue;
        const QString target =
            WorkbookArchive::resolve(source, attribute(attributes, u"Target").toString());
        if (target.isEmpty()) {
            m_error = tr("This workbook refers to a part outside itself (“%1”); it is not read.")
                          .arg(attribute(attributes, u"Target"));
            return false;
        }
        byId->insert(attribute(attributes, u"Id").toString(),
                     {attribute(attributes, u"Type").toString(), target});
    }
    if (xml.hasError()) {
        m_error = xml.errorText();
        return false;
    }
    return true;
}

bool XlsxWorkbook::load()
{
    Relationships package;
    if (!loadRelationships(QStringLiteral("_rels/.rels"), &package))
        return false;
    QString workbookPart;
    for (const auto &relationship : std::as_const(package)) {
        if (typeName(relationship.first) == u"officeDocument")
            workbookPart = relationship.second;
    }
    if (workbookPart.isEmpty()) {
        m_error = tr("This workbook is damaged: it does not say where its sheets are.");
        return false;
    }

    Relationships parts;
    if (!loadRelationships(relationshipsPartOf(workbookPart), &parts))
        return false;
    QString stylesPart;
    for (const auto &relationship : std::as_const(parts)) {
        const QStringView type = typeName(relationship.first);
        if (type == u"sharedStrings")
            m_sharedStringsPart = relationship.second;
        else if (type == u"styles")
            stylesPart = relationship.second;
    }

    XmlPart xml;
    if (!xml.open(m_archive, workbookPart)) {
        m_error = xml.errorText();
        return false;
    }
    while (!xml.atEnd()) {
        if (xml.next() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.xml().name();
        if (name == u"workbookPr") {
            if (isTrue(attribute(xml.xml().attributes(), u"date1904")))
                m_dateSystem = SheetCellText::DateSystem::Excel1904;
        } else if (name == u"sheet") {
            const QXmlStreamAttributes attributes = xml.xml().attributes();
            const auto relationship = parts.value(attribute(attributes, u"id").toString());
            Sheet sheet;
            sheet.info.name = attribute(attributes, u"name").toString();
            sheet.info.index = int(m_sheets.size()) + 1;
            const QStringView state = attribute(attributes, u"state");
            sheet.info.hidden = state == u"hidden" || state == u"veryHidden";
            sheet.info.isChart = typeName(relationship.first) != u"worksheet";
            sheet.part = relationship.second;
            m_sheets.append(sheet);
        }
    }
    if (xml.hasError()) {
        m_error = xml.errorText();
        return false;
    }
    if (m_sheets.isEmpty()) {
        m_error = tr("This workbook has no sheets.");
        return false;
    }
    // Without styles every number is shown as it is, which only loses dates.
    return stylesPart.isEmpty() || !m_archive->contains(stylesPart) || loadStyles(stylesPart);
}

bool XlsxWorkbook::loadStyles(const QString &part)
{
    XmlPart xml;
    if (!xml.open(m_archive, part)) {
        m_error = xml.errorText();
        return false;
    }
    QHash<int, ExcelNumberFormat> custom;
    bool inCellFormats = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.next();
        const QStringView name = xml.xml().name();
        if (token == QXmlStreamReader::EndElement && name == u"cellXfs") {
            inCellFormats = false;
        } else if (token == QXmlStreamReader::StartElement) {
            if (name == u"numFmt") {
                const QXmlStreamAttributes attributes = xml.xml().attributes();
                custom.insert(attribute(attributes, u"numFmtId").toInt(),
                              ExcelNumberFormat::parse(attribute(attributes, u"formatCode")));
            } else if (name == u"cellXfs") {
                inCellFormats = true;
            } else if (name == u"xf" && inCellFormats) {
                if (m_cellFormats.size() >= 1 << 20) {
                    xml.fail(tr("This workbook declares more cell formats than Excel allows; it "
                                "is not read."));
                    break;
                }
                const int id = attribute(xml.xml().attributes(), u"numFmtId").toInt();
                m_cellFormats.append(custom.contains(id) ? custom.value(id)
                                                         : ExcelNumberFormat::builtIn(id));
            }
        }
    }
    if (xml.hasError()) {
        m_error = xml.errorText();
        return false;
    }
    return true;
}

ExcelNumberFormat XlsxWorkbook::formatOfStyle(int style) const
{
    return style >= 0 && style < m_cellFormats.size() ? m_cellFormats.at(style)
                                                      : ExcelNumberFormat();
}

QString XlsxWorkbook::tooManySharedStrings() const
{
    return tr("This workbook's shared strings table holds more than %n string(s) or %1, more "
              "than a list needs; it is not read.",
              nullptr, int(m_options.maxSharedStrings))
        .arg(tr("%n character(s)", nullptr, int(m_options.maxSharedStringCharacters)));
}

bool XlsxWorkbook::loadSharedStrings()
{
    if (m_sharedStringsLoaded)
        return true;
    m_sharedStringsLoaded = true;
    if (m_sharedStringsPart.isEmpty() || !m_archive->contains(m_sharedStringsPart))
        return true; // a cell that needs one says so
    XmlPart xml;
    if (!xml.open(m_archive, m_sharedStringsPart)) {
        m_error = xml.errorText();
        return false;
    }
    int phonetic = 0; // inside <rPh>: the reading aid of East Asian text, not shown
    bool inText = false;
    QByteArray current; // the string being read, as in the file
    QString decoded;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const auto tooMany = [this, &xml] {
        xml.fail(tooManySharedStrings());
    };
    XmlPart::Handler handler;
    handler.startElement = [&](QByteArrayView name, const char **attributes) {
        if (name == "t") {
            inText = true;
        } else if (name == "rPh") {
            ++phonetic;
        } else if (name == "si") {
            current.resize(0);
        } else if (name == "sst") {
            // The declared count only sizes the table, within the limits.
            const qint64 unique = XmlPart::attribute(attributes, "uniqueCount").toLongLong();
            m_sharedStrings.reserve(
                qsizetype(
                    qBound<qint64>(0, unique, qMin<qint64>(m_options.maxSharedStrings, 1 << 20))),
                0);
        }
    };
    handler.characters = [&](QByteArrayView text) {
        if (!inText || phonetic != 0)
            return;
        current.append(text);
        // At most four bytes a character: past this, the string is too long.
        if (current.size() > 4 * (m_options.maxSharedStringCharacters + 1))
            tooMany();
    };
    handler.endElement = [&](QByteArrayView name) {
        if (name == "t") {
            inText = false;
        } else if (name == "rPh") {
            --phonetic;
        } else if (name == "si") {
            decoded.resize(current.size());
            decoded.truncate(utf8.appendToBuffer(decoded.data(), current) - decoded.constData());
            if (m_sharedStrings.count() >= m_options.maxSharedStrings
                || m_sharedStrings.characterCount() + decoded.size()
                    > m_options.maxSharedStringCharacters) {
                tooMany();
                return;
            }
            m_sharedStrings.append(SheetCellText::hasEscapes(decoded)
                                       ? SheetCellText::decodeEscapes(decoded)
                                       : QStringView(decoded));
            m_sharedStrings.finish();
        }
    };
    if (!xml.parse(handler)) {
        m_error = xml.errorText();
        m_sharedStrings.clear();
        return false;
    }
    return true;
}

bool XlsxWorkbook::sheetHasData(const Sheet &sheet, bool *hasData)
{
    *hasData = false;
    if (sheet.info.isChart)
        return true;
    XmlPart xml;
    if (!xml.open(m_archive, sheet.part)) {
        m_error = xml.errorText();
        return false;
    }
    bool inValue = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.next();
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = xml.xml().name();
            inValue = name == u"v" || name == u"t";
        } else if (token == QXmlStreamReader::EndElement) {
            inValue = false;
            if (xml.xml().name() == u"sheetData")
                break;
        } else if (token == QXmlStreamReader::Characters && inValue
                   && !xml.xml().text().isEmpty()) {
            *hasData = true;
            break;
        }
    }
    if (xml.hasError()) {
        m_error = xml.errorText();
        return false;
    }
    return true;
}

bool XlsxWorkbook::listSheets(SheetInfos *sheets, bool withData)
{
    sheets->clear();
    for (Sheet &sheet : m_sheets) {
        if (withData && !sheetHasData(sheet, &sheet.info.hasData))
            return false;
        sheets->append(sheet.info);
    }
    return true;
}

SheetReadResult XlsxWorkbook::read(int index, const SheetReadRequest &request)
{
    SheetReadResult result;
    result.format = FileFormat::Kind::Xlsx;
    if (index == 0) {
        SheetInfos sheets;
        if (!listSheets(&sheets, true)) {
            result.status = SheetReadResult::Status::Error;
            result.errorText = m_error;
            return result;
        }
        index = defaultSheet(sheets);
    }
    if (index < 1 || index > m_sheets.size()) {
        result.status = SheetReadResult::Status::Error;
        result.errorText = tr("This workbook has no sheet that can be read.");
        return result;
    }
    const Sheet &sheet = m_sheets.at(index - 1);
    result.sheetName = sheet.info.name;
    result.sheetIndex = index;
    if (sheet.info.isChart) {
        result.status = SheetReadResult::Status::Error;
        result.errorText = tr("The sheet “%1” is a chart, not a table.").arg(sheet.info.name);
        return result;
    }
    if (!loadSharedStrings()) {
        result.status = SheetReadResult::Status::Error;
        result.errorText = m_error;
        return result;
    }
    readSheet(sheet, request, &result);
    return result;
}

bool XlsxWorkbook::readSheet(const Sheet &sheet, const SheetReadRequest &request,
                             SheetReadResult *result)
{
    XmlPart xml;
    if (!xml.open(m_archive, sheet.part)) {
        result->status = SheetReadResult::Status::Error;
        result->errorText = xml.errorText();
        return false;
    }
    SheetRowBuilder builder(m_options.maxFieldLength);
    // Collected as UTF-8: up to four bytes a character, cut to the longest
    // field when the row takes it.
    const qsizetype cap = 4 * (m_options.maxFieldLength + 1);
    const bool haveSharedStrings =
        !m_sharedStringsPart.isEmpty() && m_archive->contains(m_sharedStringsPart);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);

    bool inSheetData = false;
    bool inRow = false;
    bool rowHidden = false;
    qint64 line = 0;
    int column = -1;
    // The cell being read.
    enum class CellType { Number, Shared, Boolean, Date, Text };
    CellType type = CellType::Number;
    int style = 0;
    QByteArray bytes; // its <v> or inline text, as in the file
    QString value; // the same, decoded
    QString formatted; // the cell's text when it is not value itself
    bool collecting = false;
    bool inInline = false;
    int phonetic = 0;

    const auto decode = [&utf8](QByteArrayView from, QString &to) {
        to.resize(from.size());
        const QChar *end = utf8.appendToBuffer(to.data(), from);
        to.truncate(end - to.constData());
    };
    const auto isTrueBytes = [](QByteArrayView text) {
        return text == "1" || text == "true";
    };
    const auto cellTypeOf = [](QByteArrayView t) {
        if (t.isEmpty() || t == "n")
            return CellType::Number;
        if (t == "s")
            return CellType::Shared;
        if (t == "b")
            return CellType::Boolean;
        if (t == "d")
            return CellType::Date;
        // inlineStr, str (a formula's text) and e (#N/A…): text as it is.
        return CellType::Text;
    };
    // A view of the cell's text: into value, the shared strings or formatted.
    const auto cellText = [&]() -> QStringView {
        if (bytes.isEmpty())
            return {};
        decode(bytes, value);
        switch (type) {
        case CellType::Number: {
            const ExcelNumberFormat format = formatOfStyle(style);
            if (format.kind == ExcelNumberFormat::Kind::Number) {
                if (SheetCellText::isPlainInteger(value))
                    return value;
                formatted = SheetCellText::number(QStringView(value));
            } else {
                formatted = SheetCellText::formatted(value, format, m_dateSystem);
            }
            return formatted;
        }
        case CellType::Shared: {
            bool ok = false;
            const qint64 number = QStringView(value).trimmed().toLongLong(&ok);
            if (!haveSharedStrings) {
                xml.fail(tr("This workbook is damaged: cell %1 of the sheet “%2” refers to the "
                            "shared strings table, which the workbook does not have.")
                             .arg(CellReference::name(column, line), sheet.info.name));
                return {};
            }
            if (!ok || !m_sharedStrings.contains(number)) {
                xml.fail(tr("This workbook is damaged: cell %1 of the sheet “%2” refers to "
                            "shared string number %3, which the workbook does not have.")
                             .arg(CellReference::name(column, line), sheet.info.name, value));
                return {};
            }
            return m_sharedStrings.view(number);
        }
        case CellType::Boolean:
            return SheetCellText::boolean(isTrue(QStringView(value).trimmed()));
        case CellType::Date:
            formatted = SheetCellText::fromIsoDateTime(value);
            return formatted;
        case CellType::Text:
            break;
        }
        if (!SheetCellText::hasEscapes(value))
            return value;
        formatted = SheetCellText::decodeEscapes(value);
        return formatted;
    };

    XmlPart::Handler handler;
    handler.startElement = [&](QByteArrayView name, const char **attributes) {
        if (name == "c" && inRow) {
            const QByteArrayView reference = XmlPart::attribute(attributes, "r");
            if (reference.isEmpty()) {
                ++column; // no reference: the cell after the previous one
            } else {
                decode(reference, value);
                const CellReference parsed = CellReference::parse(value);
                if (!parsed.isValid()) {
                    xml.fail(tr("This workbook is damaged: the sheet “%1” has a cell named "
                                "“%2”.")
                                 .arg(sheet.info.name, value));
                    return;
                }
                column = parsed.column;
            }
            if (column >= m_options.maxColumns) {
                xml.fail(
                    tr("The sheet “%1” has a cell past column %2, the last one Excel "
                       "has; the workbook is not read.")
                        .arg(sheet.info.name, CellReference::columnName(m_options.maxColumns - 1)));
                return;
            }
            type = cellTypeOf(XmlPart::attribute(attributes, "t"));
            style = XmlPart::attribute(attributes, "s").toInt();
            bytes.resize(0);
            collecting = false;
            inInline = false;
            phonetic = 0;
        } else if (name == "v") {
            bytes.resize(0);
            collecting = !inInline;
        } else if (name == "is") {
            inInline = true;
            bytes.resize(0);
        } else if (name == "t") {
            collecting = inInline && phonetic == 0;
        } else if (name == "rPh") {
            ++phonetic;
            collecting = false;
        } else if (name == "row" && inSheetData) {
            const QByteArrayView number = XmlPart::attribute(attributes, "r");
            line = number.isEmpty() ? line + 1 : number.toLongLong();
            if (line < 1 || line > m_options.maxRowNumber) {
                xml.fail(tr("The sheet “%1” has a row numbered %2, past the last row Excel "
                            "has (%3); the workbook is not read.")
                             .arg(sheet.info.name)
                             .arg(line)
                             .arg(m_options.maxRowNumber));
                return;
            }
            rowHidden = isTrueBytes(XmlPart::attribute(attributes, "hidden"));
            builder.startRow(line);
            inRow = true;
            column = -1;
        } else if (name == "sheetData") {
            inSheetData = true;
        }
    };
    handler.characters = [&](QByteArrayView text) {
        if (collecting && bytes.size() <= cap)
            bytes.append(text.first(qMin(text.size(), cap + 1 - bytes.size())));
    };
    handler.endElement = [&](QByteArrayView name) {
        if (name == "v" || name == "t") {
            collecting = false;
        } else if (name == "rPh") {
            --phonetic;
        } else if (name == "c" && inRow) {
            const QStringView text = cellText();
            if (xml.hasError())
                return;
            builder.setCell(column, text);
            inInline = false;
        } else if (name == "row" && inRow) {
            inRow = false;
            if (builder.isEmpty())
                return;
            const CsvRowView &row = builder.finishRow();
            ++result->rowCount;
            if (rowHidden)
                ++result->hiddenRowCount;
            if (!request.perRow(row)) {
                result->status = SheetReadResult::Status::Cancelled;
                xml.stop();
            } else if (request.maxRows >= 0 && result->rowCount >= request.maxRows) {
                result->reachedMaxRows = true;
                xml.stop();
            } else if (result->rowCount % 1024 == 0) {
                if (request.cancelled && request.cancelled()) {
                    result->status = SheetReadResult::Status::Cancelled;
                    xml.stop();
                } else if (request.progress) {
                    request.progress(xml.bytesRead(), xml.declaredSize());
                }
            }
        } else if (name == "sheetData") {
            xml.stop(); // what follows (merged ranges, print settings) adds no rows
        }
    };
    const bool ok = xml.parse(handler);
    result->bytesRead = xml.bytesRead();
    if (!ok) {
        result->status = SheetReadResult::Status::Error;
        result->errorText = xml.errorText();
        return false;
    }
    if (request.progress && result->status == SheetReadResult::Status::Success)
        request.progress(xml.declaredSize(), xml.declaredSize());
    return true;
}
