#include "customerdialog.h"

#include "conflictpanel.h"
#include "consenteditor.h"
#include "countrycodes.h"
#include "customattributeeditor.h"
#include "customerpatch.h"
#include "fieldproblemlabel.h"
#include "formfields.h"
#include "woowupvalidator.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QVBoxLayout>

using FormFields::textOf;

namespace {

const QString attributesField = QStringLiteral("custom_attributes");

QStringList splitTags(const QString &text)
{
    QStringList tags;
    for (const QString &tag : text.split(QLatin1Char(','))) {
        const QString trimmed = tag.trimmed();
        if (!trimmed.isEmpty())
            tags.append(trimmed);
    }
    return tags;
}

// Selects value in a combo whose item data are API values; a value this
// version does not know is added as it is, so saving does not lose it.
void selectValue(QComboBox *box, const QString &value)
{
    int index = box->findData(value);
    if (index < 0) {
        box->addItem(value, value);
        index = box->count() - 1;
    }
    box->setCurrentIndex(index);
}

QFormLayout *newForm(QGroupBox *group)
{
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return form;
}

// Fields of groups stacked in one column start at the same x, so the column
// reads as one form.
void alignLabels(const QList<QWidget *> &groups)
{
    QList<QLabel *> labels;
    int width = 0;
    for (QWidget *group : groups) {
        auto *form = qobject_cast<QFormLayout *>(group->layout());
        for (int row = 0; form && row < form->rowCount(); ++row) {
            QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
            if (auto *label = item ? qobject_cast<QLabel *>(item->widget()) : nullptr) {
                labels.append(label);
                width = qMax(width, label->sizeHint().width());
            }
        }
    }
    for (QLabel *label : std::as_const(labels)) {
        label->setMinimumWidth(width);
        label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
}

// The server's ISO time in the person's own words; as sent when unreadable.
QString localTime(const QString &iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODate);
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : iso;
}

QLineEdit *lineEdit(const char *objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    return edit;
}

} // namespace

CustomerDialog::CustomerDialog(QWidget *parent)
    : RecordFormDialog(parent)
    , m_scroll(new QScrollArea(this))
    , m_content(new QWidget)
    , m_recordInfo(new QLabel(m_content))
    , m_conflicts(new ConflictPanel(m_content))
    , m_consentHint(new QLabel(m_content))
    , m_serviceUid(lineEdit("serviceUid", m_content))
    , m_email(lineEdit("email", m_content))
    , m_document(lineEdit("document", m_content))
    , m_documentType(lineEdit("documentType", m_content))
    , m_telephone(lineEdit("telephone", m_content))
    , m_firstName(lineEdit("firstName", m_content))
    , m_lastName(lineEdit("lastName", m_content))
    , m_birthdate(lineEdit("birthdate", m_content))
    , m_gender(new QComboBox(m_content))
    , m_maritalStatus(new QComboBox(m_content))
    , m_tags(lineEdit("tags", m_content))
    , m_points(lineEdit("points", m_content))
    , m_clubInscriptionDate(lineEdit("clubInscriptionDate", m_content))
    , m_street(lineEdit("street", m_content))
    , m_postcode(lineEdit("postcode", m_content))
    , m_city(lineEdit("city", m_content))
    , m_department(lineEdit("department", m_content))
    , m_state(lineEdit("state", m_content))
    , m_country(lineEdit("country", m_content))
    , m_mailing(new ConsentEditor(m_content))
    , m_whatsapp(new ConsentEditor(m_content))
    , m_sms(new ConsentEditor(m_content))
    , m_attributes(new CustomAttributeEditor(m_content))
    , m_identifiersProblem(new FieldProblemLabel(m_content))
{
    setWindowTitle(tr("New customer"));
    m_recordInfo->setObjectName(QStringLiteral("recordInfo"));
    m_recordInfo->setVisible(false);
    m_recordInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *grid = new QGridLayout(m_content);
    auto *left = new QVBoxLayout;
    QWidget *identifiers = createIdentifiers();
    QWidget *address = createAddress();
    left->addWidget(identifiers);
    left->addWidget(address);
    left->addStretch();
    auto *right = new QVBoxLayout;
    QWidget *personal = createPersonal();
    QWidget *consent = createConsent();
    right->addWidget(personal);
    right->addWidget(consent);
    right->addStretch();
    alignLabels({identifiers, address});
    // Consent keeps its own, shorter labels: its rows need the width.
    alignLabels({personal});
    alignLabels({consent});
    auto *top = new QVBoxLayout;
    top->addWidget(m_recordInfo);
    top->addWidget(m_conflicts);
    grid->addLayout(top, 0, 0, 1, 2);
    grid->addLayout(left, 1, 0);
    grid->addLayout(right, 1, 1);
    grid->addWidget(createAttributes(), 2, 0, 1, 2);
    connect(m_conflicts, &ConflictPanel::chosen, this, &CustomerDialog::conflictChosen);
    // Two equal halves: uneven ones look like a mistake.
    const int half = qMax(left->minimumSize().width(), right->minimumSize().width());
    for (int column : {0, 1}) {
        grid->setColumnStretch(column, 1);
        grid->setColumnMinimumWidth(column, half);
    }
    grid->setRowStretch(2, 1);

    m_scroll->setWidget(m_content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    setFormArea(m_scroll, m_content, 1);
    // Wide enough for both columns in every language (Russian and Spanish
    // consent rows are the widest), so nothing scrolls sideways.
    const QMargins margins = layout()->contentsMargins();
    const int wide = m_content->minimumSizeHint().width()
        + m_scroll->verticalScrollBar()->sizeHint().width() + margins.left() + margins.right();
    resize(qMax(900, wide), 700);

    // The response spellings, for server errors that use them.
    problems().addAlias(QStringLiteral("birthday"), QStringLiteral("birthdate"));
    problems().addAlias(QStringLiteral("address"), QStringLiteral("street"));
    problems().addAlias(QStringLiteral("postal_code"), QStringLiteral("postcode"));
    for (const char *channel : {"mailing", "whatsapp", "sms"}) {
        const QString reason = QLatin1String(channel) + QLatin1String("_disabled_reason");
        problems().addAlias(QLatin1String(channel) + QLatin1String("_enabled"), reason);
        problems().addAlias(QLatin1String(channel) + QLatin1String("_enabled_reason"), reason);
    }

    connect(m_country, &QLineEdit::editingFinished, this, &CustomerDialog::normaliseCountry);
    validate();
}

void CustomerDialog::addRow(QFormLayout *form, const QString &labelText, QWidget *input,
                            const QString &field)
{
    auto *problem = new FieldProblemLabel(m_content);
    problem->setObjectName(input->objectName() + QStringLiteral("Problem"));
    auto *label = new QLabel(labelText, m_content);
    label->setBuddy(input);
    form->addRow(label, FormFields::withProblemLabel(input, problem, m_content));
    problems().addField(field, FormFields::titleFromLabel(labelText), problem);
    m_inputs.insert(field, input);
}

void CustomerDialog::watch(QLineEdit *edit, const QString &field)
{
    connect(edit, &QLineEdit::textChanged, this, [this, field] { fieldEdited(field); });
}

void CustomerDialog::watch(QComboBox *box, const QString &field)
{
    connect(box, &QComboBox::currentIndexChanged, this, [this, field] { fieldEdited(field); });
}

QWidget *CustomerDialog::createIdentifiers()
{
    auto *group = new QGroupBox(tr("Identifiers"), m_content);
    auto *form = newForm(group);
    m_identifiersProblem->setObjectName(QStringLiteral("identifiersProblem"));
    form->addRow(m_identifiersProblem);
    problems().addField(QStringLiteral("identifiers"), tr("Identifiers"), m_identifiersProblem);

    m_serviceUid->setPlaceholderText(tr("Your shop's or CRM's ID"));
    m_email->setPlaceholderText(tr("name@example.com"));
    struct Field
    {
        QLineEdit *edit;
        QString label;
        const char *field;
    };
    const Field fields[] = {
        {m_serviceUid, tr("E&xternal ID:"), "service_uid"},
        {m_email, tr("&E-mail:"), "email"},
        {m_document, tr("&Document:"), "document"},
        {m_documentType, tr("Document t&ype:"), "document_type"},
        {m_telephone, tr("Telep&hone:"), "telephone"},
    };
    for (const auto &field : fields) {
        addRow(form, field.label, field.edit, QLatin1String(field.field));
        watch(field.edit, QLatin1String(field.field));
    }
    m_documentType->setPlaceholderText(tr("e.g. DNI, passport"));
    return group;
}

QWidget *CustomerDialog::createPersonal()
{
    auto *group = new QGroupBox(tr("Personal data"), m_content);
    auto *form = newForm(group);

    m_birthdate->setPlaceholderText(tr("yyyy-mm-dd"));
    m_gender->setObjectName(QStringLiteral("gender"));
    m_gender->addItem(tr("—"), QString());
    m_gender->addItem(tr("Female"), QStringLiteral("F"));
    m_gender->addItem(tr("Male"), QStringLiteral("M"));
    m_maritalStatus->setObjectName(QStringLiteral("maritalStatus"));
    m_maritalStatus->addItem(tr("—"), QString());
    // The API's values (its own spelling "commited" included), in its order.
    m_maritalStatus->addItem(tr("Single"), QStringLiteral("single"));
    m_maritalStatus->addItem(tr("Committed"), QStringLiteral("commited"));
    m_maritalStatus->addItem(tr("Married"), QStringLiteral("married"));
    m_maritalStatus->addItem(tr("Divorced"), QStringLiteral("divorced"));
    m_maritalStatus->addItem(tr("Widowed"), QStringLiteral("widowed"));
    m_tags->setPlaceholderText(tr("separated by commas, e.g. vip, newsletter"));
    m_points->setPlaceholderText(tr("not set"));
    m_clubInscriptionDate->setPlaceholderText(tr("yyyy-mm-dd or yyyy-mm-dd hh:mm:ss"));

    addRow(form, tr("&First name:"), m_firstName, QStringLiteral("first_name"));
    addRow(form, tr("&Last name:"), m_lastName, QStringLiteral("last_name"));
    addRow(form, tr("&Birth date:"), m_birthdate, QStringLiteral("birthdate"));
    addRow(form, tr("&Gender:"), m_gender, QStringLiteral("gender"));
    addRow(form, tr("Marital stat&us:"), m_maritalStatus, QStringLiteral("marital_status"));
    addRow(form, tr("&Tags:"), m_tags, QStringLiteral("tags"));
    addRow(form, tr("P&oints:"), m_points, QStringLiteral("points"));
    addRow(form, tr("&Club member since:"), m_clubInscriptionDate,
           QStringLiteral("club_inscription_date"));

    watch(m_firstName, QStringLiteral("first_name"));
    watch(m_lastName, QStringLiteral("last_name"));
    watch(m_birthdate, QStringLiteral("birthdate"));
    watch(m_gender, QStringLiteral("gender"));
    watch(m_maritalStatus, QStringLiteral("marital_status"));
    watch(m_tags, QStringLiteral("tags"));
    watch(m_points, QStringLiteral("points"));
    watch(m_clubInscriptionDate, QStringLiteral("club_inscription_date"));
    return group;
}

QWidget *CustomerDialog::createAddress()
{
    auto *group = new QGroupBox(tr("Address"), m_content);
    auto *form = newForm(group);
    m_country->setPlaceholderText(tr("three-letter ISO code, e.g. ARG"));
    m_country->setToolTip(tr("A country name or two-letter code is turned into the three-letter "
                             "code when you leave the field."));
    struct Field
    {
        QLineEdit *edit;
        QString label;
        const char *field;
    };
    const Field fields[] = {
        {m_street, tr("St&reet:"), "street"},
        {m_postcode, tr("&Postcode:"), "postcode"},
        {m_city, tr("C&ity:"), "city"},
        {m_department, tr("Dep&artment:"), "department"},
        {m_state, tr("State or pro&vince:"), "state"},
        {m_country, tr("Cou&ntry:"), "country"},
    };
    for (const auto &field : fields) {
        addRow(form, field.label, field.edit, QLatin1String(field.field));
        watch(field.edit, QLatin1String(field.field));
    }
    return group;
}

QWidget *CustomerDialog::createConsent()
{
    auto *group = new QGroupBox(tr("Channel consent"), m_content);
    auto *form = newForm(group);
    struct Channel
    {
        ConsentEditor *editor;
        const char *objectName;
        QString label;
        const char *field;
    };
    const Channel channels[] = {
        {m_mailing, "mailingConsent", tr("E-&mail consent:"), "mailing_disabled_reason"},
        {m_whatsapp, "whatsappConsent", tr("&WhatsApp consent:"), "whatsapp_disabled_reason"},
        {m_sms, "smsConsent", tr("&SMS consent:"), "sms_disabled_reason"},
    };
    for (const auto &channel : channels) {
        channel.editor->setObjectName(QLatin1String(channel.objectName));
        const QString field = QLatin1String(channel.field);
        addRow(form, channel.label, channel.editor, field);
        connect(channel.editor, &ConsentEditor::changed, this,
                [this, field] { fieldEdited(field); });
    }
    m_consentHint->setObjectName(QStringLiteral("consentHint"));
    m_consentHint->setText(tr("A new customer can receive every channel unless you choose "
                              "otherwise: that is what WoowUp stores when a channel is not "
                              "sent."));
    m_consentHint->setWordWrap(true);
    m_consentHint->setEnabled(false);
    form->addRow(m_consentHint);
    return group;
}

QWidget *CustomerDialog::createAttributes()
{
    auto *group = new QGroupBox(tr("Custom attributes"), m_content);
    auto *layout = new QVBoxLayout(group);
    m_attributes->setObjectName(QStringLiteral("customAttributes"));
    layout->addWidget(m_attributes);
    problems().addPrefix(attributesField, tr("Custom attribute %1"), m_attributes->problemLabel(),
                         [this](const QString &name) { return m_attributes->displayName(name); });
    m_inputs.insert(attributesField, m_attributes);
    connect(m_attributes, &CustomAttributeEditor::changed, this,
            [this] { fieldEdited(attributesField); });
    return group;
}

void CustomerDialog::normaliseCountry()
{
    const QString text = m_country->text().trimmed();
    if (text.isEmpty() || CountryCodes::isAlpha3(text))
        return;
    // People type "Argentina" or "ar"; the API only takes "ARG".
    const QString code = CountryCodes::toAlpha3(text);
    if (!code.isEmpty()) {
        m_country->setText(code);
        m_country->setModified(true);
    }
}

void CustomerDialog::setCustomer(const WoowUpCustomer &customer, bool editing)
{
    m_customer = customer;
    m_editing = editing;
    setWindowTitle(editing ? tr("Edit customer") : tr("New customer"));
    // A create that leaves a channel out gets WoowUp's "can receive": the
    // form says so rather than offer a "not set" the server would not keep.
    for (ConsentEditor *editor : {m_mailing, m_whatsapp, m_sms})
        editor->setNotSetOffered(editing);
    m_consentHint->setVisible(!editing);
    m_conflicts->clear();
    fill(customer);
    if (!editing) {
        // What the form shows is what is sent: WoowUp's default, explicitly.
        m_customer.mailing = m_mailing->consent();
        m_customer.whatsapp = m_whatsapp->consent();
        m_customer.sms = m_sms->consent();
    }
    updateRecordInfo();
    problems().clearServerErrors();

    m_scroll->ensureVisible(0, 0);
    (editing ? m_firstName : m_serviceUid)->setFocus(Qt::OtherFocusReason);
    validate();
}

void CustomerDialog::fill(const WoowUpCustomer &customer)
{
    m_loading = true;
    const QList<QPair<QLineEdit *, QString>> texts = {
        {m_serviceUid, customer.serviceUid},
        {m_email, customer.email},
        {m_document, customer.document},
        {m_documentType, customer.documentType},
        {m_telephone, customer.telephone},
        {m_firstName, customer.firstName},
        {m_lastName, customer.lastName},
        {m_birthdate, customer.birthdate},
        {m_tags, customer.tags.join(QLatin1String(", "))},
        {m_points, customer.points ? QString::number(*customer.points) : QString()},
        {m_clubInscriptionDate, customer.clubInscriptionDate},
        {m_street, customer.street},
        {m_postcode, customer.postcode},
        {m_city, customer.city},
        {m_department, customer.department},
        {m_state, customer.state},
        {m_country, customer.country},
    };
    for (const auto &[edit, text] : texts)
        edit->setText(text); // also clears isModified(): see FormFields::textOf
    selectValue(m_gender, customer.gender);
    selectValue(m_maritalStatus, customer.maritalStatus);
    // WoowUp's marital status has no "none" (the schema lists five values
    // and refuses ""): once set, it can be changed but not removed.
    if (auto *items = qobject_cast<QStandardItemModel *>(m_maritalStatus->model())) {
        QStandardItem *none = items->item(0);
        none->setEnabled(customer.maritalStatus.isEmpty());
        none->setToolTip(customer.maritalStatus.isEmpty()
                             ? QString()
                             : tr("WoowUp cannot remove a marital status once it is set; "
                                  "another one can be chosen."));
    }
    m_mailing->setConsent(customer.mailing);
    m_whatsapp->setConsent(customer.whatsapp);
    m_sms->setConsent(customer.sms);
    m_attributes->setAttributes(customer.customAttributes);
    m_loading = false;
}

QString CustomerDialog::displayValue(const WoowUpCustomer &customer, const QString &field) const
{
    const ChannelConsent *consent = field == QLatin1String("mailing_enabled") ? &customer.mailing
        : field == QLatin1String("whatsapp_enabled")                          ? &customer.whatsapp
        : field == QLatin1String("sms_enabled")                               ? &customer.sms
                                                                              : nullptr;
    if (!consent)
        return CustomerPatch::valueText(customer, field);
    if (!consent->enabled)
        return QString();
    if (*consent->enabled)
        return tr("can receive");
    if (consent->disabledReason.isEmpty())
        return tr("can't receive");
    return tr("can't receive (%1)").arg(ConsentEditor::reasonText(consent->disabledReason));
}

void CustomerDialog::showConflicts(const WoowUpCustomer &server, const QStringList &fields)
{
    if (isBusy())
        setBusy(false);
    m_server = server;
    const WoowUpCustomer mine = customer();
    m_conflicts->clear();
    for (const QString &field : fields)
        m_conflicts->addConflict(field, problems().titleFor(field), displayValue(server, field),
                                 displayValue(mine, field));
    m_scroll->ensureVisible(0, 0);
    validate();
}

QStringList CustomerDialog::conflicts() const
{
    return m_conflicts->fields();
}

void CustomerDialog::conflictChosen(const QString &field, bool keepMine)
{
    // Either way the server's value is now the one the edit starts from, so
    // the next save sends the person's value only if they kept it.
    const WoowUpCustomer mine = customer();
    m_customer = CustomerPatch::withFields(m_customer, m_server, {field});
    if (!keepMine)
        fill(CustomerPatch::withFields(mine, m_server, {field}));
    validate();
}

QStringList CustomerDialog::showSaved(const WoowUpCustomer &saved, const QStringList &sent,
                                      const WoowUpCustomer &asked)
{
    QStringList kept;
    for (const QString &field : sent) {
        if (displayValue(asked, field).isEmpty() && !displayValue(saved, field).isEmpty())
            kept.append(field);
    }
    setCustomer(saved, true);
    for (const QString &field : std::as_const(kept))
        showServerError(field,
                        tr("WoowUp kept “%1” when you cleared this field: it was not "
                           "removed.")
                            .arg(displayValue(saved, field)));
    return kept;
}

void CustomerDialog::updateRecordInfo()
{
    if (!m_editing || m_customer.userappId == 0) {
        m_recordInfo->setVisible(false);
        return;
    }
    QString info = tr("WoowUp customer %1").arg(m_customer.userappId);
    if (!m_customer.createtime.isEmpty())
        info = tr("%1, created %2").arg(info, localTime(m_customer.createtime));
    if (!m_customer.updatetime.isEmpty())
        info = tr("%1, last updated %2").arg(info, localTime(m_customer.updatetime));
    if (m_customer.blocked)
        info = tr("%1. This customer is blocked.").arg(info);
    m_recordInfo->setText(info);
    m_recordInfo->setVisible(true);
}

WoowUpCustomer CustomerDialog::customer() const
{
    WoowUpCustomer result = m_customer;
    result.serviceUid = textOf(m_serviceUid);
    result.email = textOf(m_email);
    result.document = textOf(m_document);
    result.documentType = textOf(m_documentType);
    result.telephone = textOf(m_telephone);
    result.firstName = textOf(m_firstName);
    result.lastName = textOf(m_lastName);
    result.birthdate = textOf(m_birthdate);
    result.gender = m_gender->currentData().toString();
    result.maritalStatus = m_maritalStatus->currentData().toString();
    // Read from the text, not from isModified(): fill() resets that, and
    // what the person changed is found by comparing with openedCustomer().
    // Tags as loaded come back as they were, odd spellings included.
    if (m_tags->text() != m_customer.tags.join(QLatin1String(", ")))
        result.tags = splitTags(m_tags->text());
    const QString points = m_points->text().trimmed();
    bool ok = false;
    const qint64 number = points.toLongLong(&ok);
    // Not a number: localIssues() says so and Save waits for a fix.
    result.points = ok     ? std::optional<qint64>(number)
        : points.isEmpty() ? std::nullopt
                           : m_customer.points;
    result.clubInscriptionDate = textOf(m_clubInscriptionDate);
    result.street = textOf(m_street);
    result.postcode = textOf(m_postcode);
    result.city = textOf(m_city);
    result.department = textOf(m_department);
    result.state = textOf(m_state);
    result.country = textOf(m_country);
    result.mailing = m_mailing->consent();
    result.whatsapp = m_whatsapp->consent();
    result.sms = m_sms->consent();
    result.customAttributes = m_attributes->attributes();
    return result;
}

void CustomerDialog::setDefinitions(const CustomAttributeDefinitions &definitions)
{
    m_definitions = definitions;
    m_attributes->setDefinitions(definitions);
    validate();
}

ValidationIssues CustomerDialog::localIssues() const
{
    // What the record can't hold, so the validator never sees it.
    ValidationIssues issues;
    const QString points = m_points->text().trimmed();
    bool ok = false;
    if (!points.isEmpty() && (points.toLongLong(&ok), !ok)) {
        issues.append({QStringLiteral("points"), ValidationIssue::Severity::Error,
                       tr("Enter the points as a whole number, like 150, or leave the field "
                          "empty.")});
    } else if (points.isEmpty() && m_customer.points) {
        // Points are a number in the API: there is no empty value to send.
        issues.append({QStringLiteral("points"), ValidationIssue::Severity::Error,
                       tr("WoowUp can't remove a customer's points; enter 0 to set them to "
                          "none.")});
    }
    for (const QString &field : m_conflicts->fields()) {
        issues.append({field, ValidationIssue::Severity::Error,
                       tr("Changed on the server while you edited: choose above which value "
                          "to keep.")});
    }
    return issues;
}

void CustomerDialog::validate()
{
    if (m_loading)
        return;
    ValidationIssues issues = localIssues();
    // An empty list means the definitions are not known (yet): checking
    // against it would call every attribute undefined.
    issues +=
        WoowUpValidator::validate(customer(), m_definitions.isEmpty() ? nullptr : &m_definitions);
    problems().setIssues(issues);
    m_attributes->markIssues(problems().allIssues());
    updateSaveState();
}

void CustomerDialog::serverErrorShown(const QString &field)
{
    m_attributes->markIssues(problems().allIssues());
    const QString canonical = problems().canonicalField(field);
    QWidget *input = m_inputs.value(canonical);
    if (!input && canonical.startsWith(attributesField))
        input = m_attributes;
    if (input)
        m_scroll->ensureWidgetVisible(input);
}

bool CustomerDialog::hasChanges() const
{
    return customer() != m_customer;
}
