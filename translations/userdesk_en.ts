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
    <name>BulkDelete</name>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message numerus="yes">
        <source>Row %1: the cell in column %2 is longer than %n character(s); it was cut.</source>
        <translation>
            <numerusform>Row %1: the cell in column %2 is longer than %n character; it was cut.</numerusform>
            <numerusform>Row %1: the cell in column %2 is longer than %n characters; it was cut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row %1 has more than %n cell(s); the cells after that were left out.</source>
        <translation>
            <numerusform>Row %1 has more than %n cell; the cells after that were left out.</numerusform>
            <numerusform>Row %1 has more than %n cells; the cells after that were left out.</numerusform>
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
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>&amp;All %n loaded row(s)</source>
        <translation>
            <numerusform>&amp;All %n loaded row</numerusform>
            <numerusform>&amp;All %n loaded rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the %n &amp;selected row(s)</source>
        <translation>
            <numerusform>Only the %n &amp;selected row</numerusform>
            <numerusform>Only the %n &amp;selected rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading every customer: %n loaded…</source>
        <translation>
            <numerusform>Loading every customer: %n loaded…</numerusform>
            <numerusform>Loading every customer: %n loaded…</numerusform>
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
    <name>HistoryDialog</name>
    <message numerus="yes">
        <source>for %n day(s)</source>
        <translation>
            <numerusform>for %n day</numerusform>
            <numerusform>for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n record(s)</source>
        <translation>
            <numerusform>%1 of %n record</numerusform>
            <numerusform>%1 of %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) it created will be deleted.</source>
        <translation>
            <numerusform>%n record it created will be deleted.</numerusform>
            <numerusform>%n records it created will be deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) it changed get the earlier values of those fields back.</source>
        <translation>
            <numerusform>%n record it changed gets the earlier values of those fields back.</numerusform>
            <numerusform>%n records it changed get the earlier values of those fields back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) it deleted will be created again.</source>
        <translation>
            <numerusform>%n record it deleted will be created again.</numerusform>
            <numerusform>%n records it deleted will be created again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed on the server after no. %1 and were left alone.</source>
        <translation>
            <numerusform>%n record changed on the server after no. %1 and was left alone.</numerusform>
            <numerusform>%n records changed on the server after no. %1 and were left alone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) reverted.</source>
        <translation>
            <numerusform>%n record reverted.</numerusform>
            <numerusform>%n records reverted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed on the server since and were left alone: see them below; Overwrite changes… reverts them too.</source>
        <translation>
            <numerusform>%n record changed on the server since and was left alone: see it below; Overwrite changes… reverts it too.</numerusform>
            <numerusform>%n records changed on the server since and were left alone: see them below; Overwrite changes… reverts them too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be reverted: see why below; Undo again tries them again.</source>
        <translation>
            <numerusform>%n record could not be reverted: see why below; Undo again tries it again.</numerusform>
            <numerusform>%n records could not be reverted: see why below; Undo again tries them again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message numerus="yes">
        <source>%1 of %n changed</source>
        <translation>
            <numerusform>%1 of %n changed</numerusform>
            <numerusform>%1 of %n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCheckPage</name>
    <message numerus="yes">
        <source>%n row(s) can be imported.</source>
        <translation>
            <numerusform>%n row can be imported.</numerusform>
            <numerusform>%n rows can be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems and will be skipped.</source>
        <translation>
            <numerusform>%n row has problems and will be skipped.</numerusform>
            <numerusform>%n rows have problems and will be skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Continue the unfinished import of this file (%n row(s) left) instead of starting again</source>
        <translation>
            <numerusform>Continue the unfinished import of this file (%n row left) instead of starting again</numerusform>
            <numerusform>Continue the unfinished import of this file (%n rows left) instead of starting again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>%n to create</numerusform>
            <numerusform>%n to create</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n to update</numerusform>
            <numerusform>%n to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to delete</source>
        <translation>
            <numerusform>%n to delete</numerusform>
            <numerusform>%n to delete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete the %n Wazzup user(s) that are not in this file</source>
        <translation>
            <numerusform>&amp;Delete the %n Wazzup user that is not in this file</numerusform>
            <numerusform>&amp;Delete the %n Wazzup users that are not in this file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending takes %n request(s).</source>
        <translation>
            <numerusform>Sending takes %n request.</numerusform>
            <numerusform>Sending takes %n requests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending takes %n request(s), %1 at the account’s rate limit.</source>
        <translation>
            <numerusform>Sending takes %n request, %1 at the account’s rate limit.</numerusform>
            <numerusform>Sending takes %n requests, %1 at the account’s rate limit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %n Wazzup user(s) are not in the file and will be deleted. A copy of each is kept on this computer first, so that you can restore them from “Recently deleted…”.</source>
        <translation>
            <numerusform>This %n Wazzup user is not in the file and will be deleted. A copy is kept on this computer first, so that you can restore it from “Recently deleted…”.</numerusform>
            <numerusform>These %n Wazzup users are not in the file and will be deleted. A copy of each is kept on this computer first, so that you can restore them from “Recently deleted…”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new customer(s) have no value in the file.</source>
        <translation>
            <numerusform>%1: %n new customer has no value in the file.</numerusform>
            <numerusform>%1: %n new customers have no value in the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) to update have blank consent cells: they keep the value the server has.</source>
        <translation>
            <numerusform>%n customer to update has blank consent cells: they keep the value the server has.</numerusform>
            <numerusform>%n customers to update have blank consent cells: they keep the value the server has.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All rows (%n)</source>
        <translation>
            <numerusform>All rows (%n)</numerusform>
            <numerusform>All rows (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To create (%n)</source>
        <translation>
            <numerusform>To create (%n)</numerusform>
            <numerusform>To create (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To update (%n)</source>
        <translation>
            <numerusform>To update (%n)</numerusform>
            <numerusform>To update (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged (%n)</source>
        <translation>
            <numerusform>Unchanged (%n)</numerusform>
            <numerusform>Unchanged (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To delete (%n)</source>
        <translation>
            <numerusform>To delete (%n)</numerusform>
            <numerusform>To delete (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Problems (%n)</source>
        <translation>
            <numerusform>Problems (%n)</numerusform>
            <numerusform>Problems (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>about %n second(s)</source>
        <translation>
            <numerusform>about %n second</numerusform>
            <numerusform>about %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>about %n hour</numerusform>
            <numerusform>about %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An import of “%1” stopped before it finished, with %n row(s) left. Choose “Import…” and the same file to continue it.</source>
        <translation>
            <numerusform>An import of “%1” stopped before it finished, with %n row left. Choose “Import…” and the same file to continue it.</numerusform>
            <numerusform>An import of “%1” stopped before it finished, with %n rows left. Choose “Import…” and the same file to continue it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportRowMapper</name>
    <message numerus="yes">
        <source>it has %n cell(s) but the header has %1, so the cells may be in the wrong columns. A cell probably contains the delimiter without quotes.</source>
        <translation>
            <numerusform>it has %n cell but the header has %1, so the cells may be in the wrong columns. A cell probably contains the delimiter without quotes.</numerusform>
            <numerusform>it has %n cells but the header has %1, so the cells may be in the wrong columns. A cell probably contains the delimiter without quotes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it has %n cell(s) but the header has %1; the missing cells are read as empty.</source>
        <translation>
            <numerusform>it has %n cell but the header has %1; the missing cells are read as empty.</numerusform>
            <numerusform>it has %n cells but the header has %1; the missing cells are read as empty.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSendPage</name>
    <message numerus="yes">
        <source>%1 of %n row(s) sent.</source>
        <translation>
            <numerusform>%1 of %n row sent.</numerusform>
            <numerusform>%1 of %n rows sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import was cancelled; %n row(s) were not sent. Importing the same file again continues where it stopped.</source>
        <translation>
            <numerusform>The import was cancelled; %n row was not sent. Importing the same file again continues where it stopped.</numerusform>
            <numerusform>The import was cancelled; %n rows were not sent. Importing the same file again continues where it stopped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OperationChangesModel</name>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
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
    <name>SheetReader</name>
    <message numerus="yes">
        <source>Row %1: the cell in column %2 is longer than %n character(s); it was cut.</source>
        <translation>
            <numerusform>Row %1: the cell in column %2 is longer than %n character; it was cut.</numerusform>
            <numerusform>Row %1: the cell in column %2 is longer than %n characters; it was cut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetWorkbook</name>
    <message numerus="yes">
        <source>This workbook has no sheet number %1: it has %n sheet(s), %2.</source>
        <translation>
            <numerusform>This workbook has no sheet number %1: it has %n sheet, %2.</numerusform>
            <numerusform>This workbook has no sheet number %1: it has %n sheets, %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This workbook has no sheet named “%1”: it has %n sheet(s), %2.</source>
        <translation>
            <numerusform>This workbook has no sheet named “%1”: it has %n sheet, %2.</numerusform>
            <numerusform>This workbook has no sheet named “%1”: it has %n sheets, %2.</numerusform>
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
    <name>WazzupValidator</name>
    <message numerus="yes">
        <source>The ID is %n character(s) long; Wazzup accepts at most %1.</source>
        <translation>
            <numerusform>The ID is %n character long; Wazzup accepts at most %1.</numerusform>
            <numerusform>The ID is %n characters long; Wazzup accepts at most %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The name is %n character(s) long; Wazzup accepts at most %1.</source>
        <translation>
            <numerusform>The name is %n character long; Wazzup accepts at most %1.</numerusform>
            <numerusform>The name is %n characters long; Wazzup accepts at most %1.</numerusform>
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
    <message numerus="yes">
        <source>Sorted by %1 among the %n customer(s) loaded so far, not the whole account.</source>
        <translation>
            <numerusform>Sorted by %1 among the %n customer loaded so far, not the whole account.</numerusform>
            <numerusform>Sorted by %1 among the %n customers loaded so far, not the whole account.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading every customer, within the account&apos;s rate limit… %n loaded.</source>
        <translation>
            <numerusform>Loading every customer, within the account&apos;s rate limit… %n loaded.</numerusform>
            <numerusform>Loading every customer, within the account&apos;s rate limit… %n loaded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing only the %n customer(s) the import created or updated.</source>
        <translation>
            <numerusform>Showing only the %n customer the import created or updated.</numerusform>
            <numerusform>Showing only the %n customers the import created or updated.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkbookArchive</name>
    <message numerus="yes">
        <source>This workbook holds %n file(s), more than any spreadsheet program writes; it is not read.</source>
        <translation>
            <numerusform>This workbook holds %n file, more than any spreadsheet program writes; it is not read.</numerusform>
            <numerusform>This workbook holds %n files, more than any spreadsheet program writes; it is not read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This workbook holds more than %n file(s), more than any spreadsheet program writes; it is not read.</source>
        <translation>
            <numerusform>This workbook holds more than %n file, more than any spreadsheet program writes; it is not read.</numerusform>
            <numerusform>This workbook holds more than %n files, more than any spreadsheet program writes; it is not read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The part “%1” of this workbook is packed more than %n time(s) tighter than spreadsheets are, as zip bombs are; it is not read.</source>
        <translation>
            <numerusform>The part “%1” of this workbook is packed more than %n time tighter than spreadsheets are, as zip bombs are; it is not read.</numerusform>
            <numerusform>The part “%1” of this workbook is packed more than %n times tighter than spreadsheets are, as zip bombs are; it is not read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message numerus="yes">
        <source>The table has %n row(s) and %1; an Excel sheet holds at most 1,048,576 rows and 16,384 columns.</source>
        <translation>
            <numerusform>The table has %n row and %1; an Excel sheet holds at most 1,048,576 rows and 16,384 columns.</numerusform>
            <numerusform>The table has %n rows and %1; an Excel sheet holds at most 1,048,576 rows and 16,384 columns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message numerus="yes">
        <source>This workbook&apos;s shared strings table holds more than %n string(s) or %1, more than a list needs; it is not read.</source>
        <translation>
            <numerusform>This workbook&apos;s shared strings table holds more than %n string or %1, more than a list needs; it is not read.</numerusform>
            <numerusform>This workbook&apos;s shared strings table holds more than %n strings or %1, more than a list needs; it is not read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
</context>
</TS>
