#include "xmlpart.h"

#include "workbookarchive.h"

#include <expat.h>

#include <cstring>

namespace {

// Expat's names with namespace processing: "uri\x01local", or "local".
constexpr char namespaceSeparator = '\x01';

QByteArrayView localName(const XML_Char *name)
{
    const char *separator = std::strrchr(name, namespaceSeparator);
    return QByteArrayView(separator ? separator + 1 : name);
}

struct ParseContext
{
    XmlPart *part;
    const XmlPart::Handler *handler;
    XML_Parser parser;
    bool doctype = false;
};

} // namespace

XmlPart::XmlPart() = default;

XmlPart::~XmlPart() = default;

bool XmlPart::open(WorkbookArchive *archive, const QString &part)
{
    m_archive = archive;
    m_part = part;
    m_device = archive->openPart(part);
    if (!m_device) {
        m_error = archive->errorText();
        return false;
    }
    m_declaredSize = archive->declaredSize(part);
    m_xml.setDevice(m_device.get());
    // Belt and braces: with the DTD refused no entity can be declared.
    m_xml.setEntityExpansionLimit(0);
    return true;
}

QXmlStreamReader::TokenType XmlPart::next()
{
    const QXmlStreamReader::TokenType token = m_xml.readNext();
    if (token == QXmlStreamReader::DTD) {
        fail(doctypeText());
        return QXmlStreamReader::Invalid;
    }
    if (token == QXmlStreamReader::EntityReference) {
        fail(tr("The part “%1” of this workbook refers to an undeclared entity “%2”; it is "
                "not read.")
                 .arg(m_part, m_xml.name().toString()));
        return QXmlStreamReader::Invalid;
    }
    return token;
}

void XmlPart::skipElement()
{
    int depth = 1;
    while (depth > 0 && !atEnd()) {
        switch (next()) {
        case QXmlStreamReader::StartElement:
            ++depth;
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        default:
            break;
        }
    }
}

QString XmlPart::doctypeText() const
{
    return tr("The part “%1” of this workbook declares a document type (DTD), which "
              "spreadsheet programs never write; it is not read.")
        .arg(m_part);
}

void XmlPart::fail(const QString &text)
{
    if (m_error.isEmpty())
        m_error = text;
    if (!m_xml.hasError())
        m_xml.raiseError(text);
    stop();
}

void XmlPart::stop()
{
    if (m_expat)
        XML_StopParser(m_expat, XML_FALSE);
}

QByteArrayView XmlPart::attribute(const char **attributes, QByteArrayView name)
{
    for (; *attributes; attributes += 2) {
        if (localName(*attributes) == name)
            return QByteArrayView(attributes[1]);
    }
    return {};
}

bool XmlPart::parse(const Handler &handler)
{
    if (!m_device)
        return false;
    XML_Parser parser = XML_ParserCreateNS(nullptr, namespaceSeparator);
    if (!parser) {
        m_error = tr("There is not enough memory to read this workbook.");
        return false;
    }
    ParseContext parseContext{this, &handler, parser};
    XML_SetUserData(parser, &parseContext);
    XML_SetElementHandler(
        parser,
        [](void *data, const XML_Char *name, const XML_Char **attributes) {
            const auto *context = static_cast<ParseContext *>(data);
            if (context->handler->startElement)
                context->handler->startElement(localName(name), attributes);
        },
        [](void *data, const XML_Char *name) {
            const auto *context = static_cast<ParseContext *>(data);
            if (context->handler->endElement)
                context->handler->endElement(localName(name));
        });
    XML_SetCharacterDataHandler(parser, [](void *data, const XML_Char *text, int length) {
        const auto *context = static_cast<ParseContext *>(data);
        if (context->handler->characters)
            context->handler->characters(QByteArrayView(text, length));
    });
    // Refused as next() refuses it: no entity can then be declared.
    XML_SetStartDoctypeDeclHandler(
        parser, [](void *data, const XML_Char *, const XML_Char *, const XML_Char *, int) {
            auto *context = static_cast<ParseContext *>(data);
            context->doctype = true;
            XML_StopParser(context->parser, XML_FALSE);
        });
    XML_SetParamEntityParsing(parser, XML_PARAM_ENTITY_PARSING_NEVER);
    m_expat = parser;

    constexpr int bufferSize = 64 * 1024;
    bool ok = true;
    for (;;) {
        void *buffer = XML_GetBuffer(parser, bufferSize);
        if (!buffer) {
            m_error = tr("There is not enough memory to read this workbook.");
            ok = false;
            break;
        }
        const qint64 count = m_device->read(static_cast<char *>(buffer), bufferSize);
        if (count < 0 && m_device->failure() != ZipEntryDevice::Failure::None) {
            ok = false; // errorText() says why
            break;
        }
        const bool last = count <= 0;
        if (XML_ParseBuffer(parser, int(qMax<qint64>(count, 0)), last) == XML_STATUS_ERROR) {
            if (parseContext.doctype) {
                if (m_error.isEmpty())
                    m_error = doctypeText();
                ok = false;
            } else if (XML_GetErrorCode(parser) != XML_ERROR_ABORTED) {
                m_expatLine = qint64(XML_GetCurrentLineNumber(parser));
                m_expatError = QString::fromUtf8(XML_ErrorString(XML_GetErrorCode(parser)));
                ok = false;
            }
            break; // stopped: by stop(), or by fail() with its message
        }
        if (last)
            break;
    }
    m_expat = nullptr;
    XML_ParserFree(parser);
    return ok && m_error.isEmpty();
}

QString XmlPart::errorText() const
{
    if (!m_error.isEmpty())
        return m_error;
    if (m_device && m_device->failure() != ZipEntryDevice::Failure::None)
        return m_archive->failureText(m_device->failure(), m_part);
    if (m_xml.hasError() || !m_expatError.isEmpty())
        return tr("This workbook is damaged: the part “%1” is not well-formed XML (line %2: "
                  "%3).")
            .arg(m_part)
            .arg(m_expatError.isEmpty() ? m_xml.lineNumber() : m_expatLine)
            .arg(m_expatError.isEmpty() ? m_xml.errorString() : m_expatError);
    return {};
}
