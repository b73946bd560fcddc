#pragma once

#include "service.h"

#include <QCoreApplication>
#include <QStringList>

// What spreadsheet columns are called in English, Spanish and Russian, for
// matching a CSV header to a service's request field.
class FieldSynonyms
{
    Q_DECLARE_TR_FUNCTIONS(FieldSynonyms)

public:
    // Case, accents, spaces, '_', '-', '.' and other punctuation removed:
    // "Correo electrónico" -> "correoelectronico", "Эл. почта" -> "элпочта".
    static QString normalize(QStringView header);

    // The request fields a CSV column can fill, in the order of the forms.
    static const QStringList &fields(Service service);
    // The field a header names, or empty when none does.
    static QString match(Service service, QStringView header);
    // The field's name in the user's language, for the mapping editor.
    static QString label(const QString &field);
};
