#include "xmlpart.h"

#include "workbookarchive.h"

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
        fail(tr("The part “%1” of this workbook declares a document type (DTD), which "
                "spreadsheet programs never write; it is not read.")
                 .arg(m_part));
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

void XmlPart::fail(const QString &text)
{
    if (m_error.isEmpty())
        m_error = text;
    if (!m_xml.hasError())
        m_xml.raiseError(text);
}

QString XmlPart::errorText() const
{
    if (!m_error.isEmpty())
        return m_error;
    if (m_device && m_device->failure() != ZipEntryDevice::Failure::None)
        return m_archive->failureText(m_device->failure(), m_part);
    if (m_xml.hasError())
        return tr("This workbook is damaged: the part “%1” is not well-formed XML (line %2: "
                  "%3).")
            .arg(m_part)
            .arg(m_xml.lineNumber())
            .arg(m_xml.errorString());
    return {};
}
