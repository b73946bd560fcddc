#pragma once

#include "sheetreadoptions.h"
#include "zipentrydevice.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <memory>

class QIODevice;
class QuaZip;

// The zip archive of a workbook (.xlsx or .ods), opened with QuaZip. Checks
// the archive as a whole when opened: how many files, their names (none may
// climb out with "../" or be absolute), no zip encryption. Parts are looked
// up without case (Office's part names are case-insensitive) and streamed
// through ZipEntryDevice, which applies the size and ratio limits.
class WorkbookArchive
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookArchive)

public:
    explicit WorkbookArchive(const SheetReadOptions &options = {});
    ~WorkbookArchive();
    WorkbookArchive(const WorkbookArchive &) = delete;
    WorkbookArchive &operator=(const WorkbookArchive &) = delete;

    // The device must stay open and random-access while the archive is used.
    bool open(QIODevice *device);
    QString errorText() const { return m_error; }
    // A file of the archive is encrypted (the zip's own password protection).
    bool isEncrypted() const { return m_encrypted; }

    // The first file name that climbs out ("../x") or is absolute; such an
    // archive is never read, only told apart.
    QString unsafeName() const { return m_unsafeName; }
    QString unsafeNameText() const;

    QStringList entryNames() const { return m_names; }
    bool contains(const QString &part) const;
    // The size the archive's directory declares (not trusted for limits).
    qint64 declaredSize(const QString &part) const;
    qint64 totalUnpacked() const { return m_totalUnpacked; }

    // Opened for reading, or null with errorText() set.
    std::unique_ptr<ZipEntryDevice> openPart(const QString &part);
    // Why reading a part failed, in words, from its device's failure().
    QString failureText(ZipEntryDevice::Failure failure, const QString &part) const;

    // A relationship's target as a part name: relative to the folder of the
    // part that names it, or absolute from the archive's root ("/xl/…").
    // Empty when it climbs out of the archive.
    static QString resolve(const QString &basePart, const QString &target);
    // A name with a ".." step that climbs above the root, or an absolute path.
    static bool isUnsafeName(const QString &name);

private:
    struct Entry
    {
        QString name;
        qint64 packedSize = 0;
        qint64 unpackedSize = 0;
    };

    SheetReadOptions m_options;
    std::unique_ptr<QuaZip> m_zip;
    QHash<QString, Entry> m_entries; // by lower-case name
    QStringList m_names;
    QString m_error;
    QString m_unsafeName;
    bool m_encrypted = false;
    qint64 m_totalUnpacked = 0;
};
