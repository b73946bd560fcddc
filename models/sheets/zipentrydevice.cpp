#include "zipentrydevice.h"

#include <quazip.h>
#include <quazipfile.h>

ZipEntryDevice::ZipEntryDevice(QuaZip *zip, qint64 packedSize, const SheetReadOptions &options,
                               qint64 *totalUnpacked)
    : m_file(std::make_unique<QuaZipFile>(zip))
    , m_packedSize(packedSize)
    , m_options(options)
    , m_totalUnpacked(totalUnpacked)
{ }

ZipEntryDevice::~ZipEntryDevice()
{
    // QuaZipFile checks the CRC on close, which means reading to the end:
    // an entry left early is closed without that.
    if (m_file->isOpen())
        m_file->close();
}

bool ZipEntryDevice::open(OpenMode mode)
{
    if (mode != ReadOnly || !m_file->open(QIODevice::ReadOnly))
        return false;
    return QIODevice::open(mode | Unbuffered);
}

void ZipEntryDevice::close()
{
    if (m_file->isOpen())
        m_file->close();
    QIODevice::close();
}

qint64 ZipEntryDevice::readData(char *data, qint64 maxSize)
{
    if (m_failure != Failure::None)
        return -1;
    const qint64 count = m_file->read(data, maxSize);
    if (count < 0) {
        m_failure = Failure::Damaged;
        return -1;
    }
    if (count == 0)
        return -1; // the end: the XML reader then sees whether the document is complete
    m_unpacked += count;
    *m_totalUnpacked += count;
    if (m_unpacked > m_options.maxPartSize)
        m_failure = Failure::TooLarge;
    else if (*m_totalUnpacked > m_options.maxTotalSize)
        m_failure = Failure::TotalTooLarge;
    else if (m_unpacked > m_options.ratioGraceSize
             && double(m_unpacked)
                 > m_options.maxCompressionRatio * double(qMax<qint64>(m_packedSize, 1)))
        m_failure = Failure::CompressionRatio;
    return m_failure == Failure::None ? count : -1;
}

qint64 ZipEntryDevice::writeData(const char *, qint64)
{
    return -1;
}
