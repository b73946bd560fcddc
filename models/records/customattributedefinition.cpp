#include "customattributedefinition.h"

namespace {

bool isOneOf(const QString &value, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        if (value == QLatin1String(name))
            return true;
    }
    return false;
}

} // namespace

CustomAttributeDefinition::ValueKind CustomAttributeDefinition::valueKind() const
{
    const QString field = fieldType.toLower();
    const QString data = dataType.toLower();
    if (field == QLatin1String("select") && !options.isEmpty())
        return ValueKind::Select;
    if (isOneOf(data, {"number", "integer", "int", "float", "double", "decimal"}))
        return ValueKind::Number;
    if (isOneOf(data, {"boolean", "bool"}))
        return ValueKind::Boolean;
    if (isOneOf(data, {"list", "array"}))
        return ValueKind::List;
    if (isOneOf(data, {"datetime", "date"}))
        return ValueKind::DateTime;
    if (field == QLatin1String("datetime"))
        return ValueKind::DateTime;
    if (field == QLatin1String("checkbox"))
        return options.isEmpty() ? ValueKind::Boolean : ValueKind::List;
    if (field == QLatin1String("number"))
        return ValueKind::Number;
    if (field == QLatin1String("list"))
        return ValueKind::List;
    return ValueKind::Text;
}

bool CustomAttributeDefinition::wantsInteger() const
{
    return isOneOf(dataType.toLower(), {"integer", "int"});
}
