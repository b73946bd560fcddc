<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s). Check the internet connection and try again.</source>
        <translation>
            <numerusform>%1 did not answer within %n second. Check the internet connection and try again.</numerusform>
            <numerusform>%1 did not answer within %n seconds. Check the internet connection and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteConfirmDialog</name>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteProgressDialog</name>
    <message numerus="yes">
        <source>Deleting… %1 of %n record(s) done.</source>
        <translation>
            <numerusform>Deleting… %1 of %n record done.</numerusform>
            <numerusform>Deleting… %1 of %n records done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted.</source>
        <translation>
            <numerusform>%n record deleted.</numerusform>
            <numerusform>%n records deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were already gone.</source>
        <translation>
            <numerusform>%n record was already gone.</numerusform>
            <numerusform>%n records were already gone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were not deleted; see below why.</source>
        <translation>
            <numerusform>%n record was not deleted; see below why.</numerusform>
            <numerusform>%n records were not deleted; see below why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldProblems</name>
    <message numerus="yes">
        <source>Fix %n problem(s) before saving: %1</source>
        <translation>
            <numerusform>Fix %n problem before saving: %1</numerusform>
            <numerusform>Fix %n problems before saving: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (and %n more)</numerusform>
            <numerusform>%1 (and %n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fix %n problem(s) before saving:</source>
        <translation>
            <numerusform>Fix %n problem before saving:</numerusform>
            <numerusform>Fix %n problems before saving:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecentlyDeletedDialog</name>
    <message numerus="yes">
        <source>The deletion started on %1 was interrupted: %n record(s) were never sent. They are listed below as “not sent yet”.</source>
        <translation>
            <numerusform>The deletion started on %1 was interrupted: %n record was never sent. It is listed below as “not sent yet”.</numerusform>
            <numerusform>The deletion started on %1 was interrupted: %n records were never sent. They are listed below as “not sent yet”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WazzupPage</name>
    <message numerus="yes">
        <source>%n employee(s)</source>
        <translation>
            <numerusform>%n employee</numerusform>
            <numerusform>%n employees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n employee(s) shown</source>
        <translation>
            <numerusform>%1 of %n employee shown</numerusform>
            <numerusform>%1 of %n employees shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A deletion of %n employee(s) was interrupted before it finished. Open “Recently deleted…” to resume it.</source>
        <translation>
            <numerusform>A deletion of %n employee was interrupted before it finished. Open “Recently deleted…” to resume it.</numerusform>
            <numerusform>A deletion of %n employees was interrupted before it finished. Open “Recently deleted…” to resume it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n employee(s) from the Wazzup account “%1”?</source>
        <translation>
            <numerusform>Delete %n employee from the Wazzup account “%1”?</numerusform>
            <numerusform>Delete %n employees from the Wazzup account “%1”?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restoring… %1 of %n employee(s) done.</source>
        <translation>
            <numerusform>Restoring… %1 of %n employee done.</numerusform>
            <numerusform>Restoring… %1 of %n employees done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s) restored.</source>
        <translation>
            <numerusform>%n employee restored.</numerusform>
            <numerusform>%n employees restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s) could not be restored:</source>
        <translation>
            <numerusform>%n employee could not be restored:</numerusform>
            <numerusform>%n employees could not be restored:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WoowUpPage</name>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) loaded, more on scrolling</source>
        <translation>
            <numerusform>%n customer loaded, more on scrolling</numerusform>
            <numerusform>%n customers loaded, more on scrolling</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A deletion of %n customer(s) was interrupted before it finished. Open “Recently deleted…” to resume it.</source>
        <translation>
            <numerusform>A deletion of %n customer was interrupted before it finished. Open “Recently deleted…” to resume it.</numerusform>
            <numerusform>A deletion of %n customers was interrupted before it finished. Open “Recently deleted…” to resume it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading every customer matching the search… %n loaded.</source>
        <translation>
            <numerusform>Loading every customer matching the search… %n loaded.</numerusform>
            <numerusform>Loading every customer matching the search… %n loaded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n customer(s) from the WoowUp account “%1”?</source>
        <translation>
            <numerusform>Delete %n customer from the WoowUp account “%1”?</numerusform>
            <numerusform>Delete %n customers from the WoowUp account “%1”?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restoring… %1 of %n customer(s) done.</source>
        <translation>
            <numerusform>Restoring… %1 of %n customer done.</numerusform>
            <numerusform>Restoring… %1 of %n customers done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) restored.</source>
        <translation>
            <numerusform>%n customer restored.</numerusform>
            <numerusform>%n customers restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) could not be restored:</source>
        <translation>
            <numerusform>%n customer could not be restored:</numerusform>
            <numerusform>%n customers could not be restored:</numerusform>
        </translation>
    </message>
</context>
</TS>
