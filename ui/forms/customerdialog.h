#pragma once

#include "customattributedefinition.h"
#include "recordformdialog.h"
#include "woowupcustomer.h"

#include <QHash>

class ConflictPanel;
class ConsentEditor;
class CustomAttributeEditor;
class FieldProblemLabel;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QScrollArea;

// Creates or edits one WoowUp customer: identifiers, personal data, address,
// channel consent and custom attributes. Validation runs on every edit and
// every problem is shown beside its field. The caller reads customer() when
// Save asks for it (see RecordFormDialog).
//
// Object names of the inputs: "serviceUid", "email", "document",
// "documentType", "telephone", "firstName", "lastName", "birthdate", "gender",
// "maritalStatus", "tags", "points", "clubInscriptionDate", "street",
// "postcode", "city", "department", "state", "country", "mailingConsent",
// "whatsappConsent", "smsConsent" (ConsentEditor), "customAttributes"
// (CustomAttributeEditor); each field's problem label is "<name>Problem", plus
// "identifiersProblem"; "recordInfo", "consentHint", "conflictPanel"
// (ConflictPanel), and RecordFormDialog's.
class CustomerDialog : public RecordFormDialog
{
    Q_OBJECT

public:
    explicit CustomerDialog(QWidget *parent = nullptr);

    // customer() starts from this record, so what the form does not show
    // (ids, points pending, notes, family…) comes back unchanged.
    void setCustomer(const WoowUpCustomer &customer, bool editing);
    WoowUpCustomer customer() const;
    // The record the form opened with (or was last brought up to date
    // with): what customer() is compared with to know what the person changed.
    WoowUpCustomer openedCustomer() const { return m_customer; }
    bool isEditing() const { return m_editing; }

    // Fields the person changed that the server changed otherwise since the
    // form opened (server: the customer as it is now). Each is shown with
    // both values until the person chooses one; Save waits for that.
    void showConflicts(const WoowUpCustomer &server, const QStringList &fields);
    QStringList conflicts() const;
    // After a save: the form takes saved as its record. Fields the person
    // cleared that the server kept get a note beside them; returns them.
    QStringList showSaved(const WoowUpCustomer &saved, const QStringList &sent,
                          const WoowUpCustomer &asked);

    // The account's custom attributes. Until some are known (an empty list),
    // attribute names are not checked against them.
    void setDefinitions(const CustomAttributeDefinitions &definitions);

    // showServerError() fields: a request name ("email", "birthdate",
    // "custom_attributes.x"…) or a response one ("birthday", "address",
    // "postal_code"…); empty or unknown fields are shown in the general line
    // at the bottom.

    // Every problem the form shows now, client and server.
    ValidationIssues issues() const { return problems().allIssues(); }

protected:
    void serverErrorShown(const QString &field) override;

private:
    QWidget *createIdentifiers();
    QWidget *createPersonal();
    QWidget *createAddress();
    QWidget *createConsent();
    QWidget *createAttributes();
    void addRow(QFormLayout *form, const QString &labelText, QWidget *input, const QString &field);
    void watch(QLineEdit *edit, const QString &field);
    void watch(QComboBox *box, const QString &field);
    void normaliseCountry();
    ValidationIssues localIssues() const;
    void validate() override;
    bool hasChanges() const override;
    void updateRecordInfo();
    void fill(const WoowUpCustomer &customer);
    void conflictChosen(const QString &field, bool keepMine);
    QString displayValue(const WoowUpCustomer &customer, const QString &field) const;

    WoowUpCustomer m_customer;
    CustomAttributeDefinitions m_definitions;
    bool m_editing = false;
    bool m_loading = false;

    QScrollArea *m_scroll;
    QWidget *m_content;
    QLabel *m_recordInfo;
    ConflictPanel *m_conflicts;
    QLabel *m_consentHint;
    WoowUpCustomer m_server; // as the server had it when conflicts were found
    QLineEdit *m_serviceUid;
    QLineEdit *m_email;
    QLineEdit *m_document;
    QLineEdit *m_documentType;
    QLineEdit *m_telephone;
    QLineEdit *m_firstName;
    QLineEdit *m_lastName;
    QLineEdit *m_birthdate;
    QComboBox *m_gender;
    QComboBox *m_maritalStatus;
    QLineEdit *m_tags;
    QLineEdit *m_points;
    QLineEdit *m_clubInscriptionDate;
    QLineEdit *m_street;
    QLineEdit *m_postcode;
    QLineEdit *m_city;
    QLineEdit *m_department;
    QLineEdit *m_state;
    QLineEdit *m_country;
    ConsentEditor *m_mailing;
    ConsentEditor *m_whatsapp;
    ConsentEditor *m_sms;
    CustomAttributeEditor *m_attributes;
    FieldProblemLabel *m_identifiersProblem;
    // Request field name -> the input to scroll to when a problem names it.
    QHash<QString, QWidget *> m_inputs;
};
