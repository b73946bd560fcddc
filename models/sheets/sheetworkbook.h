#pragma once

#include "csvrowview.h"
#include "sheetinfo.h"
#include "sheetreadoptions.h"
#include "sheetreadresult.h"

#include <QCoreApplication>

#include <functional>

class WorkbookArchive;

// What one read asks for and how it reports back: shared by the .xlsx and
// .ods readers.
struct SheetReadRequest
{
    std::function<bool(const CsvRowView &)> perRow;
    qint64 maxRows = -1;
    std::function<bool()> cancelled;
    std::function<void(qint64 done, qint64 total)> progress;
};

// One kind of workbook (.xlsx, .ods) over an opened archive: its sheets and
// a reader for one of them. SheetReader picks the kind by content.
class SheetWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(SheetWorkbook)

public:
    explicit SheetWorkbook(WorkbookArchive *archive, const SheetReadOptions &options)
        : m_archive(archive)
        , m_options(options)
    { }
    virtual ~SheetWorkbook() = default;
    SheetWorkbook(const SheetWorkbook &) = delete;
    SheetWorkbook &operator=(const SheetWorkbook &) = delete;

    // Reads what the workbook says about itself; false with errorText().
    virtual bool load() = 0;
    // With withData, whether each sheet has a value (reads into each sheet
    // until its first value). False with errorText() on a damaged workbook.
    virtual bool listSheets(SheetInfos *sheets, bool withData) = 0;
    // index: 1-based; 0 for the first visible sheet with data.
    virtual SheetReadResult read(int index, const SheetReadRequest &request) = 0;

    QString errorText() const { return m_error; }

    // The sheet a person means by text: a name (exactly, then ignoring case),
    // else a number 1…n. 0 with *error set when there is no such sheet.
    static int findSheet(const SheetInfos &sheets, const QString &text, QString *error);
    // The first visible sheet with data, else the first with data, else the
    // first that has cells at all; 0 when there is none.
    static int defaultSheet(const SheetInfos &sheets);

protected:
    WorkbookArchive *m_archive;
    SheetReadOptions m_options;
    QString m_error;
};
