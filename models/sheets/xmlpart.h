#pragma once

#include "zipentrydevice.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <memory>

class WorkbookArchive;

// One XML part of a workbook, streamed: QXmlStreamReader reading straight
// from the unpacking ZipEntryDevice, so that neither the packed nor the
// unpacked part is ever whole in memory. A document type declaration is an
// error: spreadsheet programs never write one, and refusing it means no
// entity is ever declared, let alone expanded or fetched.
class XmlPart
{
    Q_DECLARE_TR_FUNCTIONS(XmlPart)

public:
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

    bool hasError() const { return m_xml.hasError() || !m_error.isEmpty(); }
    // The size limit, damage or XML error that stopped the reading, in words.
    QString errorText() const;
    qint64 bytesRead() const { return m_device ? m_device->unpacked() : 0; }
    qint64 declaredSize() const { return m_declaredSize; }

private:
    WorkbookArchive *m_archive = nullptr;
    QString m_part;
    std::unique_ptr<ZipEntryDevice> m_device;
    QXmlStreamReader m_xml;
    QString m_error;
    qint64 m_declaredSize = 0;
};
