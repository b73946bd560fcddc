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
</context>
</TS>
