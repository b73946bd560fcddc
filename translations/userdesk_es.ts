<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ConsentEditor</name>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Not set” sends nothing for this channel, so WoowUp keeps what it has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported as spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomAttributeEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an attribute or type a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this attribute from the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account does not define this attribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-mm-dd hh:mm:ss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date like 2017-08-03, or a date and time like 2017-08-03 14:00:00. Leave it empty to clear the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 5 or 20.3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it empty to clear the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your shop&apos;s or CRM&apos;s ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xternal ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tele&amp;phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. DNI, passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Married</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divorced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separated by commas, e.g. vip, newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-mm-dd or yyyy-mm-dd hh:mm:ss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Marital status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;oints:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Club member since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>three-letter ISO code, e.g. ARG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A country name or two-letter code is turned into the three-letter code when you leave the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post&amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State or pro&amp;vince:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;mails:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;WhatsApp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SM&amp;S:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom attribute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WoowUp customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, created %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, last updated %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. This customer is blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the points as a whole number, like 150, or leave the field empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldProblemLabel</name>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldProblems</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fix %n problem(s) before saving: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fix %n problem(s) before saving:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>• %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Userdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Userdesk&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Wazzup or WoowUp account with its API key to manage its users, or try everything first on demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account or change the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find by identifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Wazzup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (WoowUp)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Shop customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WoowUp customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wazzup employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the service&apos;s address, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API key from the service&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTableView</name>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No system keychain is available, so the API key is kept only until Userdesk closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not accept the API key (%1). It is kept only until Userdesk closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WazzupPage</name>
    <message>
        <source>Filter employees by name, ID or phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n employee(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting employees is not available in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New employee…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WazzupUserDialog</name>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRM&apos;s ID for this employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 79261234567 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only needed for the Wazzup mobile app. International format, digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wazzup knows the employee by this ID, so it can&apos;t be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WazzupUserTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WazzupValidator</name>
    <message>
        <source>Enter an ID: Wazzup uses it to tell this user apart from the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID is %1 characters long; Wazzup accepts at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is %1 characters long; Wazzup accepts at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wazzup would silently drop this phone number. Write it in international format, digits only with the country code, like 79261234567.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wazzup would silently drop this phone number. Write it in international format, digits only with the country code: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WoowUpCustomerTableModel</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can receive messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t receive messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t receive messages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WoowUpPage</name>
    <message>
        <source>Search customers by name, e-mail, document or phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) loaded, more on scrolling</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting customers is not available in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check it exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer with “%1” exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to segment %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not belong to segment %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;segment membership…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find by identifier…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WoowUpValidator</name>
    <message>
        <source>Enter at least one way to identify the customer: an external ID, an e-mail address, a document number or a telephone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an e-mail address like name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the gender as F (female) or M (male), or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the birth date as year-month-day, like 1989-06-22.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no date %1 in the calendar. Check the month and the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the club inscription date as year-month-day, with or without the time, like 2017-01-22 or 2017-01-22 18:26:16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the country as its three-letter ISO code, like ARG, ESP or USA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the country as its three-letter ISO code: for “%1” that is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a marital status WoowUp knows. Choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason for not sending e-mails only makes sense when e-mails are disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason for not sending WhatsApp messages only makes sense when WhatsApp is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason for not sending text messages only makes sense when text messages are disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a reason WoowUp knows. Choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points can&apos;t be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag “%1” contains a comma, so WoowUp will store it as several tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no custom attribute “%1”. Create it in WoowUp first or remove the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a checkbox: it needs yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs a date like 2017-08-03 or a date and time like 2017-08-03 14:00:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs a list of values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Manage Wazzup employees and WoowUp customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a built-in sandbox and demo data; no account needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Userdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo sandbox could not start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
