#include "importmappingpage.h"

#include "fieldsynonyms.h"
#include "importfilepage.h"
#include "importmappingstore.h"
#include "importpreviewmodel.h"
#include "importpreviewview.h"
#include "importsession.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>
#include <QWizard>

ImportMappingPage::ImportMappingPage(ImportSession *session, const ImportFilePage *filePage,
                                     ImportPreviewModel *previewModel, QSettings *settings,
                                     QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_filePage(filePage)
    , m_previewModel(previewModel)
    , m_settings(settings)
{
    setButtonText(QWizard::NextButton, tr("&Check >"));
    auto *grid = new QWidget(this);
    m_mappingGrid = new QGridLayout(grid);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(grid);
    scroll->setWidgetResizable(true);
    m_mappingProblem = new QLabel(this);
    m_mappingProblem->setWordWrap(true);
    m_mappingProblem->setObjectName(QStringLiteral("mappingProblem"));
    auto *preview = new ImportPreviewView(m_previewModel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("<b>Step 2 of 4:</b> choose which field each column fills. Columns set to "
                      "“Ignore” are not imported."),
                   this));
    layout->addWidget(scroll, 1);
    layout->addWidget(m_mappingProblem);
    layout->addWidget(preview, 1);
}

void ImportMappingPage::initializePage()
{
    const Service service = m_session->service();
    const CustomAttributeDefinitions &definitions = m_session->definitions();
    const QStringList names = m_filePage->headers();
    if (m_mapping.headers() != names || m_mapping.service() != service) {
        const ImportMappingStore store(m_settings);
        const auto saved = store.find(m_session->profileId(), service, names);
        m_mapping = saved ? *saved : ColumnMapping::automatic(service, names, definitions);
    }
    qDeleteAll(m_mappingWidgets);
    m_mappingWidgets.clear();
    m_mappingCombos.clear();
    m_blankCombos.clear();
    for (int column = 0; column < names.size(); ++column) {
        auto *label = new QLabel(names.at(column).isEmpty() ? tr("Column %1").arg(column + 1)
                                                            : names.at(column));
        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("mappingCombo%1").arg(column));
        combo->addItem(tr("Ignore"), QString());
        for (const QString &field : FieldSynonyms::fields(service))
            combo->addItem(FieldSynonyms::label(field), field);
        for (const CustomAttributeDefinition &definition : definitions)
            combo->addItem(
                tr("%1 (custom attribute)")
                    .arg(definition.label.isEmpty() ? definition.name : definition.label),
                ColumnMapping::customAttributeField(definition.name));
        label->setBuddy(combo);
        auto *blank = new QComboBox;
        blank->setObjectName(QStringLiteral("blankChoice%1").arg(column));
        blank->addItem(tr("If blank: keep the value"), false);
        blank->addItem(tr("If blank: clear the value"), true);
        blank->setToolTip(tr("What a blank cell of this column does to a record that exists: "
                             "leave the server’s value as it is, or remove it."));
        m_mappingGrid->addWidget(label, column, 0);
        m_mappingGrid->addWidget(combo, column, 1);
        m_mappingGrid->addWidget(blank, column, 2);
        m_mappingWidgets << label << combo << blank;
        m_mappingCombos.append(combo);
        m_blankCombos.append(blank);
        connect(combo, &QComboBox::activated, this,
                [this, column, combo] { mappingChanged(column, combo->currentData().toString()); });
        connect(blank, &QComboBox::activated, this, [this, column, blank] {
            m_mapping.setClearsBlank(m_mapping.target(column), blank->currentData().toBool());
            showMapping();
        });
    }
    showMapping();
}

bool ImportMappingPage::isComplete() const
{
    return m_mapping.missingRequirements().isEmpty();
}

void ImportMappingPage::saveMapping() const
{
    ImportMappingStore(m_settings).save(m_session->profileId(), m_mapping);
}

void ImportMappingPage::mappingChanged(int column, const QString &field)
{
    m_mapping.setTarget(column, field);
    showMapping();
}

void ImportMappingPage::showMapping()
{
    QStringList labels;
    for (int column = 0; column < m_mappingCombos.size(); ++column) {
        QComboBox *combo = m_mappingCombos.at(column);
        const QString target = m_mapping.target(column);
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(qMax(0, combo->findData(target)));
        QComboBox *blank = m_blankCombos.at(column);
        const QSignalBlocker blankBlocker(blank);
        blank->setCurrentIndex(m_mapping.clearsBlank(target) ? 1 : 0);
        blank->setVisible(ColumnMapping::canClearBlank(m_mapping.service(), target));
        const QString header = m_mapping.headers().value(column);
        labels.append(target.isEmpty() ? tr("%1 (ignored)").arg(header)
                                       : tr("%1 → %2").arg(header, combo->currentText()));
    }
    m_previewModel->setHeaderLabels(labels);
    m_previewModel->setMapping(m_mapping);
    const QStringList missing = m_mapping.missingRequirements();
    m_mappingProblem->setText(missing.join(u' '));
    emit completeChanged();
}
