#pragma once

#include "zipentrydevice.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <functional>
#include <memory>

struct XML_ParserStruct;

class WorkbookArchive;

// One XML part of a workbook, streamed: QXmlStreamReader reading straight
// from the unpacking ZipEntryDevice, so that neither the packed nor the
// unpacked part is ever whole in memory. A document type declaration is an
// error: spreadsheet programs never write one, and refusing it means no
// entity is ever declared, let alone expanded or fetched.
//
// A sheet's cells, the one part whose size grows with the data, can instead
// be pushed through expat (parse()): QXmlStreamReader spends about 20,000
// instructions on each cell of a typical sheet (decoding to UTF-16 and
// building its text a character at a time), expat a tenth of that. The
// same refusals apply: a DTD stops the parse, an undeclared entity is an
// error, nothing external is ever fetched.
class XmlPart
{
    Q_DECLARE_TR_FUNCTIONS(XmlPart)

public:
    // What parse() reports, in UTF-8: names without their namespace (local
    // names, as QXmlStreamReader::name() gives them), attributes as
    // name/value pairs ending with a null name.
    struct Handler
    {
        std::function<void(QByteArrayView name, const char **attributes)> startElement;
        std::function<void(QByteArrayView name)> endElement;
        std::function<void(QByteArrayView text)> characters;
    };

    XmlPart();
    ~XmlPart();
    XmlPart(const XmlPart &) = delete;
    XmlPart &operator=(const XmlPart &) = delete;

    // False (with errorText()) when the part is missing or cannot be unpacked.
    bool open(WorkbookArchive *archive, const QString &part);

    QXmlStreamReader &xml() { return m_xml; }
    // The next token; a DTD or an entity reference ends the document with an error.
    QXmlStreamReader::TokenType next();
    bool atEnd() const { return m_xml.atEnd() || m_xml.hasError(); }
    // Skips the current element's content, to its end element.
    void skipElement();
    // Ends reading with the caller's own message (e.g. a missing shared string).
    void fail(const QString &text);

    // Streams the whole part through expat (instead of next()) to its end
    // or to stop(); false when it ended on an error (errorText()).
    bool parse(const Handler &handler);
    // From a handler: parse() returns after this event, without an error.
    void stop();

    bool hasError() const
    {
        return m_xml.hasError() || !m_error.isEmpty() || !m_expatError.isEmpty();
    }
    // The size limit, damage or XML error that stopped the reading, in words.
    QString errorText() const;
    // The value of an attribute parse() reported, by name; null when absent.
    static QByteArrayView attribute(const char **attributes, QByteArrayView name);
    qint64 bytesRead() const { return m_device ? m_device->unpacked() : 0; }
    qint64 declaredSize() const { return m_declaredSize; }

private:
    QString doctypeText() const;

    WorkbookArchive *m_archive = nullptr;
    QString m_part;
    std::unique_ptr<ZipEntryDevice> m_device;
    QXmlStreamReader m_xml;
    QString m_error;
    qint64 m_declaredSize = 0;
    XML_ParserStruct *m_expat = nullptr; // during parse()
    QString m_expatError; // expat's own words
    qint64 m_expatLine = 0;
};
