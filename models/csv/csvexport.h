#pragma once

#include "csvexportoptions.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QAbstractItemModel;
class QIODevice;
class QModelIndex;

// Writes rows of a table model as CSV (RFC 4180: CRLF line ends, fields with
// the delimiter, a quote or a line break quoted, quotes doubled) in UTF-8. The
// first line holds the columns' header text. No widgets: the caller decides
// which columns and rows, in which order (the view's).
class CsvExport
{
    Q_DECLARE_TR_FUNCTIONS(CsvExport)

public:
    // Writes `columns` of `rows` (model row numbers, top-level) to the open
    // device. On failure returns false and, if given, sets *errorString.
    static bool write(const QAbstractItemModel *model, const QList<int> &columns,
                      const QList<int> &rows, QIODevice *device,
                      const CsvExportOptions &options = {}, QString *errorString = nullptr);

    // 0 … rowCount - 1.
    static QList<int> allRows(const QAbstractItemModel *model);

    // What a cell holds: its machine value (Qt::EditRole) if the model gives
    // one, else its text, or for a cell that only shows an icon (no display
    // data at all) the icon's tooltip, e.g. "Can receive messages".
    static QString cellText(const QModelIndex &index);

    // What a cell holds, typed for a workbook: the model's EditRole when it
    // is not text (a consent as a bool), a date for yyyy-mm-dd text,
    // a number for a cell the table aligns right (counts, points), else
    // cellText(). Identifiers stay text: a phone as a number would show as
    // 5.49116E+12 and lose its leading zeros.
    static QVariant cellValue(const QModelIndex &index);

    // A cell a spreadsheet would run as a formula (= + - @ tab CR first)
    // with a ' in front, which keeps it text; any other cell as it is. Every
    // CSV the app writes goes through this (CSV injection).
    static QString guarded(const QString &text);
    // The cell as it was before guarded(): one leading ' removed where
    // guarded() would have added it. A cell that itself started with ' and
    // a formula character was guarded with a second ', so the round trip is
    // exact either way.
    static QString unguarded(const QString &text);
    static QStringView unguarded(QStringView text);

    // One field as written: guarded and quoted as the options ask.
    static QString field(const QString &text, const CsvExportOptions &options = {});
};
