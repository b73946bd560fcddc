#pragma once

// Generated import files for the end-to-end tests.

#include <QFile>
#include <QString>
#include <QStringList>

struct GeneratedCsv
{
    int rows = 0;
    int invalid = 0;
    QList<qint64> invalidLines;
};

// WoowUp customers with new e-mails; every `invalidEvery`-th row has an
// e-mail the validator refuses. The first data row is line 2.
inline GeneratedCsv writeWoowUpCsv(const QString &path, int rows, int invalidEvery,
                                   const QString &tag)
{
    GeneratedCsv result;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return result;
    QByteArray data("email,first_name,last_name,document,telephone\n");
    for (int i = 0; i < rows; ++i) {
        const bool bad = invalidEvery > 0 && i % invalidEvery == invalidEvery - 1;
        const QString email = bad ? QStringLiteral("not-an-email-%1").arg(i)
                                  : QStringLiteral("%1-%2@import.example").arg(tag).arg(i);
        // Leading zeros: documents are identifiers, never numbers.
        data += QStringLiteral("%1,Nombre%2,Apellido%2,00%3,\n")
                    .arg(email)
                    .arg(i)
                    .arg(700000 + i)
                    .toUtf8();
        if (bad) {
            ++result.invalid;
            result.invalidLines.append(i + 2);
        }
    }
    file.write(data);
    result.rows = rows;
    return result;
}
