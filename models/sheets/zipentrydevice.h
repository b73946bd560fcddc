#pragma once

#include "sheetreadoptions.h"

#include <QIODevice>

#include <memory>

class QuaZip;
class QuaZipFile;

// One file of a workbook's archive, unpacked as it is read, with the zip-bomb
// limits applied to what really comes out (the sizes in the archive's
// directory are whatever the file says). Past a limit, or on damaged data,
// read() fails and failure() says why.
class ZipEntryDevice : public QIODevice
{
public:
    enum class Failure { None, TooLarge, TotalTooLarge, CompressionRatio, Damaged };

    // The zip's current file must be the entry; totalUnpacked is shared by
    // every entry of one workbook, for maxTotalSize.
    ZipEntryDevice(QuaZip *zip, qint64 packedSize, const SheetReadOptions &options,
                   qint64 *totalUnpacked);
    ~ZipEntryDevice() override;

    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return true; }

    Failure failure() const { return m_failure; }
    qint64 unpacked() const { return m_unpacked; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    std::unique_ptr<QuaZipFile> m_file;
    qint64 m_packedSize;
    SheetReadOptions m_options;
    qint64 *m_totalUnpacked;
    qint64 m_unpacked = 0;
    Failure m_failure = Failure::None;
};
