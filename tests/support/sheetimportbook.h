#pragma once

// The two-sheet customer workbook the import tests read, made at test time
// by Debian's openpyxl (make_sheet_import.py beside this header), and what
// a person sees in each of its sheets.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace SheetImportBook {

struct Customer
{
    QString firstName;
    QString lastName;
    QString email;
    QString document;
    QString telephone;
    QString birthdate; // ISO
    int points = -1; // -1: blank cell
};

// As make_sheet_import.py writes them: sheet 1 "Clientes", sheet 2 "Mayoristas".
inline QList<Customer> clientes()
{
    return {
        {QStringLiteral("Ana"), QStringLiteral("García Núñez"),
         QStringLiteral("ana.sheet@example.com"), QStringLiteral("00123"),
         QStringLiteral("5491155550001"), QStringLiteral("1985-03-07"), 120},
        {QStringLiteral("Борис"), QStringLiteral("Иванов"),
         QStringLiteral("boris.sheet@example.com"), QStringLiteral("30111222"),
         QStringLiteral("+7 926 111-22-33"), QStringLiteral("1990-12-31"), 0},
        {QStringLiteral("José"), QStringLiteral("Pérez"), QStringLiteral("jose.sheet@example.com"),
         QStringLiteral("X1234567"), QString(), QString(), 15},
    };
}

inline QList<Customer> mayoristas()
{
    return {
        {QStringLiteral("Lucía"), QStringLiteral("Fernández"),
         QStringLiteral("lucia.sheet@example.com"), QStringLiteral("27444555"),
         QStringLiteral("5491166660002"), QStringLiteral("2001-01-02"), 7},
        {QStringLiteral("Ольга"), QStringLiteral("Смирнова"),
         QStringLiteral("olga.sheet@example.com"), QStringLiteral("0007"), QString(), QString(),
         -1},
    };
}

// Writes the workbook to path; an empty string, or why it failed.
// emptyFirst: an empty sheet "Portada" comes before the two.
inline QString make(const QString &path, bool emptyFirst = false)
{
    QStringList arguments{QStringLiteral(USERDESK_TEST_SUPPORT_DIR "/make_sheet_import.py"), path};
    if (emptyFirst)
        arguments.append(QStringLiteral("--empty-first"));
    QProcess python;
    // Debian's Python, whatever python3 is first on the PATH.
    python.start(QStringLiteral("/usr/bin/python3"), arguments);
    if (!python.waitForFinished(60000))
        return QStringLiteral("make_sheet_import.py did not finish");
    if (python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0)
        return QString::fromUtf8(python.readAllStandardError());
    return QString();
}

} // namespace SheetImportBook
