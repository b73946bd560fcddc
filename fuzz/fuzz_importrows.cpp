// libFuzzer target: the import reader's packed rows. A CSV file (first row
// as the header) is read as views; every row's verdict is made and the row
// packed, then made again (ImportRows::at) and compared with the row the
// checker makes from the same cells whole, for both services: the packing
// must give back exactly the cells, the record, the key and the verdict.

#include "columnmapping.h"
#include "csvreader.h"
#include "importrowchecker.h"
#include "importrows.h"

#include <QBuffer>
#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <memory>

namespace {

bool same(const ImportRow &a, const ImportRow &b)
{
    return a.number == b.number && a.line == b.line && a.cells == b.cells && a.key == b.key
        && a.action == b.action && a.state == b.state && a.error == b.error
        && a.customer == b.customer && a.wazzupUser == b.wazzupUser && a.cleared == b.cleared
        && a.readProblem == b.readProblem && a.readProblemColumn == b.readProblemColumn;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QBuffer buffer;
    buffer.setData(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!buffer.open(QIODevice::ReadOnly))
        return 0;

    CsvOptions options;
    options.maxFieldLength = 4096;
    options.maxFields = 256;

    std::shared_ptr<ImportRowChecker> checkers[2];
    ImportRows rows[2];
    QList<ImportRow> whole[2];
    ImportRowChecker::Scratch scratch;
    const Service services[2] = {Service::Wazzup, Service::WoowUp};
    CsvReader::readViews(
        &buffer, options,
        [&](const CsvRowView &view) {
            if (!checkers[0]) {
                QStringList headers;
                for (const QStringView cell : view.fields)
                    headers.append(cell.toString());
                for (int s = 0; s < 2; ++s) {
                    checkers[s] = std::make_shared<ImportRowChecker>(
                        services[s], ColumnMapping::automatic(services[s], headers),
                        CustomAttributeDefinitions{}, false, options);
                    rows[s].setChecker(checkers[s]);
                }
                return true;
            }
            CsvRow csvRow;
            view.copyTo(csvRow);
            for (int s = 0; s < 2; ++s) {
                const ImportRowChecker::Verdict verdict = checkers[s]->verdict(view, &scratch);
                rows[s].appendChecked(view, verdict);
                const ImportRow checked = checkers[s]->check(csvRow);
                if (verdict.valid != (checked.action != ImportRow::Action::Invalid)
                    || verdict.key != checked.key
                    || verdict.consentGiven != ImportRowChecker::consentGiven(checked.customer))
                    __builtin_trap();
                whole[s].append(checked);
            }
            return true;
        },
        200);
    for (int s = 0; s < 2; ++s) {
        if (rows[s].size() != whole[s].size())
            __builtin_trap();
        for (qsizetype i = 0; i < whole[s].size(); ++i) {
            if (!same(rows[s].at(i), whole[s].at(i)))
                __builtin_trap();
        }
    }
    return 0;
}
