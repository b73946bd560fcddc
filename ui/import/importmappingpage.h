#pragma once

#include "columnmapping.h"

#include <QWizardPage>

class ImportFilePage;
class ImportPreviewModel;
class ImportSession;
class QComboBox;
class QGridLayout;
class QLabel;
class QSettings;

// Step 2 of the import: which field each column fills, chosen
// automatically from the headers (or as saved for this account and these
// headers) and changed with one combo box per column, and, for a field the
// API can clear, what a blank cell does ("blankChoice<column>": keeps the
// server's value, the default, or clears it). Complete when every required
// field has a column.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportMappingPage(ImportSession *session, const ImportFilePage *filePage,
                      ImportPreviewModel *previewModel, QSettings *settings,
                      QWidget *parent = nullptr);

    const ColumnMapping &mapping() const { return m_mapping; }
    // Remembers the mapping for this account and these headers.
    void saveMapping() const;

    void initializePage() override;
    bool isComplete() const override;

private:
    void mappingChanged(int column, const QString &field);
    void showMapping();

    ImportSession *m_session;
    const ImportFilePage *m_filePage;
    ImportPreviewModel *m_previewModel;
    QSettings *m_settings;
    QGridLayout *m_mappingGrid;
    QList<QComboBox *> m_mappingCombos;
    // Per column: what a blank cell does (keeps or clears the server's
    // value), shown only for a field that can be cleared.
    QList<QComboBox *> m_blankCombos;
    QList<QWidget *> m_mappingWidgets;
    QLabel *m_mappingProblem;
    ColumnMapping m_mapping;
};
