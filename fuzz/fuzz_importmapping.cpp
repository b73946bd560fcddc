// libFuzzer target: a CSV file all the way to records. The reader's rows go
// through the automatic column mapping (first row as the header) and the row
// mapper of both services, with a few custom attribute definitions of every
// kind so that their conversions are reached too.

#include "columnmapping.h"
#include "csvreader.h"
#include "importrowmapper.h"

#include <QBuffer>
#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <optional>

namespace {

CustomAttributeDefinitions definitions()
{
    auto define = [](const char *name, const char *fieldType, const char *dataType) {
        CustomAttributeDefinition definition;
        definition.name = QString::fromLatin1(name);
        definition.label = definition.name;
        definition.fieldType = QString::fromLatin1(fieldType);
        definition.dataType = QString::fromLatin1(dataType);
        return definition;
    };
    CustomAttributeDefinitions result{
        define("texto", "text", "string"),       define("numero", "number", "float"),
        define("entero", "text", "integer"),     define("fecha", "datetime", "date"),
        define("activo", "checkbox", "boolean"), define("lista", "list", "list"),
        define("color", "select", "string"),
    };
    result.last().options = {QStringLiteral("rojo"), QStringLiteral("azul")};
    return result;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const CustomAttributeDefinitions attributeDefinitions = definitions();

    QBuffer buffer;
    buffer.setData(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!buffer.open(QIODevice::ReadOnly))
        return 0;

    CsvOptions options;
    options.maxFieldLength = 4096;
    options.maxFields = 256;

    std::optional<ImportRowMapper> wazzup;
    std::optional<ImportRowMapper> woowup;
    CsvReader::read(
        &buffer, options,
        [&](const CsvRow &row) {
            if (!wazzup) {
                const ColumnMapping wazzupMapping =
                    ColumnMapping::automatic(Service::Wazzup, row.fields);
                const ColumnMapping woowupMapping =
                    ColumnMapping::automatic(Service::WoowUp, row.fields, attributeDefinitions);
                (void)wazzupMapping.missingRequirements();
                (void)woowupMapping.missingRequirements();
                // A saved mapping must come back as it was.
                bool ok = false;
                if (ColumnMapping::fromJson(woowupMapping.toJson(), &ok) != woowupMapping || !ok)
                    __builtin_trap();
                wazzup.emplace(wazzupMapping);
                woowup.emplace(woowupMapping, attributeDefinitions);
                return true;
            }
            ValidationIssues issues;
            const WazzupUser user = wazzup->toWazzupUser(row, &issues);
            const WoowUpCustomer customer = woowup->toWoowUpCustomer(row, &issues);
            for (const ValidationIssue &issue : issues) {
                // Every problem is reported in words.
                if (issue.message.isEmpty())
                    __builtin_trap();
            }
            // The view path gives the same records and the same words.
            const CsvRowView view = CsvRowView::of(row);
            ValidationIssues viewIssues;
            if (wazzup->toWazzupUser(view, &viewIssues) != user
                || woowup->toWoowUpCustomer(view, &viewIssues) != customer
                || viewIssues.size() != issues.size())
                __builtin_trap();
            for (qsizetype i = 0; i < issues.size(); ++i) {
                if (viewIssues.at(i).message != issues.at(i).message)
                    __builtin_trap();
            }
            return true;
        },
        200);
    return 0;
}
