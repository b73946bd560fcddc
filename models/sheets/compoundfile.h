#pragma once

#include <QStringList>

class QIODevice;

// The names in an OLE2 compound file (Microsoft's container of Office
// 97-2003 documents, and of every Office file saved with a password: an
// encrypted .xlsx is an OLE2 file with EncryptionInfo and EncryptedPackage
// streams). Only the directory is read, never a stream, with every sector
// number checked against the file's size: a crafted file costs at most one
// pass over its sectors.
class CompoundFile
{
public:
    static constexpr char signature[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

    // Names of the storages and streams, or an empty list when the device
    // does not hold a readable compound file. Reads from position 0.
    static QStringList entryNames(QIODevice *device);
};
