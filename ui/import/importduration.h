#pragma once

#include <QCoreApplication>
#include <QString>

// A duration as the import dialog words it ("about 3 minutes"), for the
// check page's estimate and the send page's time left.
class ImportDuration
{
    Q_DECLARE_TR_FUNCTIONS(ImportDialog)

public:
    static QString text(double seconds);
};
