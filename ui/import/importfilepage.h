#pragma once

#include "csvoptions.h"
#include "importpreview.h"

#include <QFutureWatcher>
#include <QWizardPage>

class ImportPreviewModel;
class ImportSession;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

// Step 1 of the import: the file, its encoding, delimiter and header row
// (the sniffer's guesses, which can be overridden) and its first rows. For
// a workbook (told by content, whatever its name) the sheet is chosen
// instead of encoding and delimiter, by default the first with data.
// Complete once the preview reads and the account's custom attribute
// definitions have been asked for (the mapping offers them).
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    ImportFilePage(ImportSession *session, ImportPreviewModel *previewModel,
                   QWidget *parent = nullptr);
    ~ImportFilePage() override;

    // As if chosen in the file dialog.
    void setFilePath(const QString &path);
    QString filePath() const;
    CsvOptions csvOptions() const;
    // A workbook's sheet, by name; empty for a text file.
    QString sheet() const;
    bool isWorkbook() const { return m_preview.isWorkbook(); }
    bool hasHeader() const;
    // The column names: the header row, or "Column 1"…
    QStringList headers() const;

    bool isComplete() const override;

private:
    void chooseFile();
    void loadPreview();
    void previewLoaded();
    void showSheets();

    ImportSession *m_session;
    ImportPreviewModel *m_previewModel;
    QLineEdit *m_file;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QComboBox *m_sheet;
    QFormLayout *m_form;
    QCheckBox *m_header;
    QLabel *m_fileProblem;
    QFutureWatcher<ImportPreview> m_previewWatcher;
    ImportPreview m_preview;
    QString m_definitionsProblem;
    bool m_definitionsAsked = false;
    bool m_detectNext = true; // a new file: take the sniffer's guesses
    bool m_previewPending = false;
};
