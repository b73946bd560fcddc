#include "workbookarchive.h"

#include <QUrl>

#include <quazip.h>
#include <quazipfileinfo.h>

WorkbookArchive::WorkbookArchive(const SheetReadOptions &options)
    : m_options(options)
{ }

WorkbookArchive::~WorkbookArchive()
{
    if (m_zip && m_zip->isOpen())
        m_zip->close();
}

bool WorkbookArchive::isUnsafeName(const QString &name)
{
    QString path = name;
    path.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (path.startsWith(QLatin1Char('/'))
        || (path.size() >= 2 && path.at(1) == QLatin1Char(':') && path.at(0).isLetter()))
        return true;
    int depth = 0;
    const QStringList steps = path.split(QLatin1Char('/'));
    for (const QString &step : steps) {
        if (step == QLatin1String(".."))
            --depth;
        else if (!step.isEmpty() && step != QLatin1String("."))
            ++depth;
        if (depth < 0)
            return true;
    }
    return false;
}

QString WorkbookArchive::resolve(const QString &basePart, const QString &target)
{
    const QString decoded = QUrl::fromPercentEncoding(target.toUtf8());
    QStringList steps;
    if (!decoded.startsWith(QLatin1Char('/'))) {
        steps = basePart.split(QLatin1Char('/'));
        steps.removeLast(); // the base part's own name
    }
    for (const QString &step : decoded.split(QLatin1Char('/'))) {
        if (step.isEmpty() || step == QLatin1String("."))
            continue;
        if (step == QLatin1String("..")) {
            if (steps.isEmpty())
                return {};
            steps.removeLast();
        } else {
            steps.append(step);
        }
    }
    return steps.join(QLatin1Char('/'));
}

bool WorkbookArchive::open(QIODevice *device)
{
    m_zip = std::make_unique<QuaZip>(device);
    // The device belongs to the caller.
    m_zip->setAutoClose(false);
    if (!m_zip->open(QuaZip::mdUnzip)) {
        m_error = tr("The file is not a readable zip archive, so it is no workbook Userdesk "
                     "can read (or it is damaged).");
        return false;
    }
    if (m_zip->getEntriesCount() > m_options.maxEntries) {
        m_error = tr("This workbook holds %n file(s), more than any spreadsheet program writes; "
                     "it is not read.",
                     nullptr, m_zip->getEntriesCount());
        return false;
    }
    int count = 0;
    for (bool more = m_zip->goToFirstFile(); more; more = m_zip->goToNextFile()) {
        if (++count > m_options.maxEntries) {
            m_error = tr("This workbook holds more than %n file(s), more than any spreadsheet "
                         "program writes; it is not read.",
                         nullptr, int(m_options.maxEntries));
            return false;
        }
        QuaZipFileInfo64 info;
        if (!m_zip->getCurrentFileInfo(&info))
            break;
        // Kept open (the sniffer still tells what the file is); the reader
        // refuses it through unsafeName().
        if (m_unsafeName.isEmpty() && isUnsafeName(info.name))
            m_unsafeName = info.name;
        if (info.isEncrypted())
            m_encrypted = true;
        Entry entry;
        entry.name = info.name;
        entry.packedSize = qint64(qMin<quint64>(info.compressedSize, quint64(1) << 62));
        entry.unpackedSize = qint64(qMin<quint64>(info.uncompressedSize, quint64(1) << 62));
        m_entries.insert(info.name.toLower(), entry);
        m_names.append(info.name);
    }
    if (m_zip->getZipError() != UNZ_OK) {
        m_error = tr("This workbook is damaged: its list of files cannot be read.");
        return false;
    }
    return true;
}

bool WorkbookArchive::contains(const QString &part) const
{
    return m_entries.contains(part.toLower());
}

qint64 WorkbookArchive::declaredSize(const QString &part) const
{
    return m_entries.value(part.toLower()).unpackedSize;
}

std::unique_ptr<ZipEntryDevice> WorkbookArchive::openPart(const QString &part)
{
    const auto entry = m_entries.constFind(part.toLower());
    if (entry == m_entries.constEnd()) {
        m_error = tr("This workbook is damaged: the part “%1” is missing.").arg(part);
        return nullptr;
    }
    if (entry->unpackedSize > m_options.maxPartSize) {
        m_error = failureText(ZipEntryDevice::Failure::TooLarge, part);
        return nullptr;
    }
    if (!m_zip->setCurrentFile(entry->name, QuaZip::csSensitive)) {
        m_error = tr("This workbook is damaged: the part “%1” cannot be found.").arg(part);
        return nullptr;
    }
    auto device = std::make_unique<ZipEntryDevice>(m_zip.get(), entry->packedSize, m_options,
                                                   &m_totalUnpacked);
    if (!device->open(QIODevice::ReadOnly)) {
        m_error = m_encrypted
            ? tr("This workbook is password-protected: save it without a password and choose "
                 "it again.")
            : tr("This workbook is damaged: the part “%1” cannot be unpacked.").arg(part);
        return nullptr;
    }
    return device;
}

QString WorkbookArchive::unsafeNameText() const
{
    return tr("This workbook contains a file named “%1”, which points outside the workbook; "
              "such a file is made to attack, so it is not read.")
        .arg(m_unsafeName);
}

QString WorkbookArchive::failureText(ZipEntryDevice::Failure failure, const QString &part) const
{
    switch (failure) {
    case ZipEntryDevice::Failure::None:
        break;
    case ZipEntryDevice::Failure::TooLarge:
        return tr("The part “%1” of this workbook unpacks to more than %2 MB; a workbook that "
                  "large is more likely a zip bomb than a list, so it is not read.")
            .arg(part)
            .arg(m_options.maxPartSize / (1024 * 1024));
    case ZipEntryDevice::Failure::TotalTooLarge:
        return tr("This workbook unpacks to more than %1 MB; a workbook that large is more "
                  "likely a zip bomb than a list, so it is not read.")
            .arg(m_options.maxTotalSize / (1024 * 1024));
    case ZipEntryDevice::Failure::CompressionRatio:
        return tr("The part “%1” of this workbook is packed more than %n time(s) tighter than "
                  "spreadsheets are, as zip bombs are; it is not read.",
                  nullptr, int(m_options.maxCompressionRatio))
            .arg(part);
    case ZipEntryDevice::Failure::Damaged:
        return tr("This workbook is damaged: the part “%1” cannot be unpacked.").arg(part);
    }
    return {};
}
