#include "compoundfile.h"

#include <QIODevice>
#include <QList>
#include <QSet>
#include <QtEndian>

namespace {

constexpr quint32 endOfChain = 0xFFFFFFFE;
constexpr quint32 firstSpecialSector = 0xFFFFFFFA; // MAXREGSECT + 1
constexpr int headerDifatEntries = 109;
constexpr qsizetype directoryEntrySize = 128;

quint32 u32(const QByteArray &bytes, qsizetype offset)
{
    return qFromLittleEndian<quint32>(bytes.constData() + offset);
}

quint16 u16(const QByteArray &bytes, qsizetype offset)
{
    return qFromLittleEndian<quint16>(bytes.constData() + offset);
}

class SectorFile
{
public:
    SectorFile(QIODevice *device, int sectorSize)
        : m_device(device)
        , m_sectorSize(sectorSize)
        , m_sectorCount((device->size() - 512) / sectorSize + 1)
    { }

    bool isValid(quint32 sector) const
    {
        return sector < firstSpecialSector && qint64(sector) < m_sectorCount;
    }

    QByteArray read(quint32 sector) const
    {
        if (!isValid(sector) || !m_device->seek((qint64(sector) + 1) * m_sectorSize))
            return {};
        const QByteArray bytes = m_device->read(m_sectorSize);
        return bytes.size() == m_sectorSize ? bytes : QByteArray();
    }

    qint64 sectorCount() const { return m_sectorCount; }
    int sectorSize() const { return m_sectorSize; }

private:
    QIODevice *m_device;
    int m_sectorSize;
    qint64 m_sectorCount;
};

} // namespace

QStringList CompoundFile::entryNames(QIODevice *device)
{
    if (!device || !device->isOpen() || device->isSequential() || !device->seek(0))
        return {};
    const QByteArray header = device->read(512);
    if (header.size() < 512 || !header.startsWith(QByteArray(signature, 8)))
        return {};
    const quint16 sectorShift = u16(header, 30);
    if (sectorShift != 9 && sectorShift != 12)
        return {};
    const SectorFile file(device, 1 << sectorShift);
    const int entriesPerSector = file.sectorSize() / 4;

    // The sectors of the allocation table: 109 in the header, the rest in a
    // chain of DIFAT sectors (each one's last entry points to the next).
    QList<quint32> fatSectors;
    for (int i = 0; i < headerDifatEntries; ++i) {
        const quint32 sector = u32(header, 76 + 4 * i);
        if (file.isValid(sector))
            fatSectors.append(sector);
    }
    quint32 difat = u32(header, 68);
    for (qint64 steps = 0; file.isValid(difat) && steps < file.sectorCount(); ++steps) {
        const QByteArray bytes = file.read(difat);
        if (bytes.isEmpty())
            break;
        for (int i = 0; i < entriesPerSector - 1; ++i) {
            const quint32 sector = u32(bytes, 4 * i);
            if (file.isValid(sector))
                fatSectors.append(sector);
        }
        difat = u32(bytes, 4 * (entriesPerSector - 1));
    }
    if (qint64(fatSectors.size()) > file.sectorCount())
        return {};

    QList<quint32> fat;
    fat.reserve(fatSectors.size() * entriesPerSector);
    for (quint32 sector : std::as_const(fatSectors)) {
        const QByteArray bytes = file.read(sector);
        if (bytes.isEmpty())
            return {};
        for (int i = 0; i < entriesPerSector; ++i)
            fat.append(u32(bytes, 4 * i));
    }

    QStringList names;
    QSet<quint32> visited; // a chain that loops back is a crafted file
    quint32 sector = u32(header, 48);
    while (sector != endOfChain && file.isValid(sector) && !visited.contains(sector)) {
        visited.insert(sector);
        const QByteArray bytes = file.read(sector);
        if (bytes.isEmpty())
            break;
        for (qsizetype offset = 0; offset + directoryEntrySize <= bytes.size();
             offset += directoryEntrySize) {
            const quint8 type = quint8(bytes.at(offset + 66));
            const quint16 nameBytes = u16(bytes, offset + 64);
            if (type == 0 || nameBytes < 2 || nameBytes > 64)
                continue;
            QString name(nameBytes / 2 - 1, Qt::Uninitialized);
            for (int i = 0; i < name.size(); ++i)
                name[i] = QChar(u16(bytes, offset + 2 * i));
            names.append(name);
        }
        sector = qint64(sector) < fat.size() ? fat.at(sector) : endOfChain;
    }
    return names;
}
