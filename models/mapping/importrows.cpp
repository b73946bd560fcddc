#include "importrows.h"

#include "importrowchecker.h"

#include <QHash>
#include <QStringEncoder>

#include <cstdlib>
#include <cstring>
#include <new>
#include <utility>
#include <vector>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace {

// Cells are packed into chunks of this size, each filled and never grown:
// growing one buffer copied every cell again at each doubling. Aligned to
// a huge page and asking for them: a million rows' cells are 145 MB, and
// faulting them in 4 KB pages took a tenth of a dry run.
constexpr size_t chunkBytes = size_t(4) << 20;
constexpr size_t hugePage = size_t(2) << 20;

// One chunk of packed cells: filled from the start, never moved.
class Chunk
{
public:
    explicit Chunk(size_t capacity)
        : m_capacity((capacity + hugePage - 1) / hugePage * hugePage)
        , m_data(static_cast<char *>(std::aligned_alloc(hugePage, m_capacity)))
    {
        if (!m_data)
            throw std::bad_alloc();
#ifdef MADV_HUGEPAGE
        madvise(m_data, m_capacity, MADV_HUGEPAGE);
#endif
    }
    Chunk(const Chunk &other)
        : Chunk(other.m_capacity)
    {
        std::memcpy(m_data, other.m_data, other.m_size);
        m_size = other.m_size;
    }
    Chunk(Chunk &&other) noexcept
        : m_capacity(other.m_capacity)
        , m_size(other.m_size)
        , m_data(std::exchange(other.m_data, nullptr))
    { }
    Chunk &operator=(const Chunk &) = delete;
    Chunk &operator=(Chunk &&) = delete;
    ~Chunk()
    {
        std::free(m_data);
    }

    size_t room() const
    {
        return m_capacity - m_size;
    }
    size_t size() const
    {
        return m_size;
    }
    const char *data() const
    {
        return m_data;
    }
    char *end()
    {
        return m_data + m_size;
    }
    void grow(size_t bytes)
    {
        m_size += bytes;
    }

private:
    size_t m_capacity;
    size_t m_size = 0;
    char *m_data;
};

char *appendLength(char *out, quint32 length)
{
    // Seven bits a byte: a cell of a customers file takes one.
    while (length >= 0x80) {
        *out++ = char(0x80 | (length & 0x7f));
        length >>= 7;
    }
    *out++ = char(length);
    return out;
}

quint32 takeLength(const char **cursor)
{
    quint32 length = 0;
    int shift = 0;
    for (;;) {
        const auto byte = quint8(*(*cursor)++);
        length |= quint32(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return length;
        shift += 7;
    }
}

} // namespace

struct ImportRows::Slot
{
    qint64 number = 0;
    qint64 line = 0;
    // Packed: the chunk (high 32 bits) and where the cells start in it;
    // whole: the row's index in Data::whole.
    qint64 offset = 0;
    quint32 bytes = 0; // packed cells' length
    qint32 problemColumn = -1;
    ImportRow::Action action = ImportRow::Action::Invalid;
    ImportRow::State state = ImportRow::State::Pending;
    CsvRow::Problem problem = CsvRow::Problem::None;
    quint8 consentGiven = 0;
    bool whole = false;
};

struct ImportRows::Data : QSharedData
{
    QList<Slot> entries;
    // Every packed row's cells: each cell's length, then its UTF-8.
    std::vector<Chunk> chunks;
    QList<ImportRow> whole;
    // What changed in packed rows after checking; most rows have none.
    QHash<qsizetype, QString> errors;
    QHash<qsizetype, std::shared_ptr<const WoowUpCustomer>> serverCustomers;
    QHash<qsizetype, std::shared_ptr<const WazzupUser>> serverUsers;
    std::shared_ptr<const ImportRowChecker> checker;
};

ImportRows::ImportRows()
    : d(new Data)
{ }

ImportRows::ImportRows(const QList<ImportRow> &rows)
    : ImportRows()
{
    for (const ImportRow &row : rows)
        append(row);
}

ImportRows::ImportRows(const ImportRows &other) = default;
// A moved-from list is empty, not broken: the session clears and reuses one.
ImportRows::ImportRows(ImportRows &&other) noexcept
    : d(new Data)
{
    d.swap(other.d);
}

ImportRows &ImportRows::operator=(const ImportRows &other) = default;

ImportRows &ImportRows::operator=(ImportRows &&other) noexcept
{
    d.swap(other.d);
    return *this;
}

ImportRows::~ImportRows() = default;

void ImportRows::setChecker(std::shared_ptr<const ImportRowChecker> checker)
{
    d->checker = std::move(checker);
}

qsizetype ImportRows::size() const
{
    return d->entries.size();
}

const ImportRows::Slot &ImportRows::slot(qsizetype index) const
{
    return d->entries.at(index);
}

ImportRows::Slot &ImportRows::slotForWrite(qsizetype index)
{
    return d->entries[index];
}

ImportRow ImportRows::at(qsizetype index) const
{
    const Slot &s = slot(index);
    if (s.whole)
        return d->whole.at(s.offset);
    CsvRow csvRow;
    csvRow.number = s.number;
    csvRow.line = s.line;
    csvRow.problem = s.problem;
    csvRow.problemColumn = s.problemColumn;
    const char *cursor = d->chunks.at(size_t(s.offset >> 32)).data() + (s.offset & 0xffffffff);
    const char *const end = cursor + s.bytes;
    // A cell starting with U+FEFF keeps it (QString::fromUtf8 would drop
    // it as a byte order mark).
    QStringDecoder utf8(QStringDecoder::Utf8,
                        QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    while (cursor < end) {
        const quint32 length = takeLength(&cursor);
        QString cell(length, Qt::Uninitialized);
        const QChar *const cellEnd =
            utf8.appendToBuffer(cell.data(), QByteArrayView(cursor, length));
        cell.truncate(cellEnd - cell.constData());
        csvRow.fields.append(cell);
        cursor += length;
    }
    ImportRow row = d->checker->check(csvRow);
    row.action = s.action;
    row.state = s.state;
    const auto error = d->errors.constFind(index);
    if (error != d->errors.constEnd())
        row.error = *error;
    row.serverCustomer = d->serverCustomers.value(index);
    row.serverUser = d->serverUsers.value(index);
    return row;
}

qint64 ImportRows::number(qsizetype index) const
{
    return slot(index).number;
}

qint64 ImportRows::line(qsizetype index) const
{
    return slot(index).line;
}

ImportRow::Action ImportRows::action(qsizetype index) const
{
    return slot(index).action;
}

ImportRow::State ImportRows::state(qsizetype index) const
{
    return slot(index).state;
}

quint8 ImportRows::consentGiven(qsizetype index) const
{
    const Slot &s = slot(index);
    return s.whole ? ImportRowChecker::consentGiven(d->whole.at(s.offset).customer)
                   : s.consentGiven;
}

bool ImportRows::needsSending(qsizetype index) const
{
    return ImportRow::needsSending(action(index), state(index));
}

void ImportRows::setAction(qsizetype index, ImportRow::Action action)
{
    Slot &s = slotForWrite(index);
    s.action = action;
    if (s.whole)
        d->whole[s.offset].action = action;
}

void ImportRows::setState(qsizetype index, ImportRow::State state)
{
    Slot &s = slotForWrite(index);
    s.state = state;
    if (s.whole)
        d->whole[s.offset].state = state;
}

void ImportRows::setError(qsizetype index, const QString &error)
{
    const Slot &s = slotForWrite(index);
    if (s.whole)
        d->whole[s.offset].error = error;
    else
        d->errors.insert(index, error);
}

void ImportRows::setServerCustomer(qsizetype index, std::shared_ptr<const WoowUpCustomer> customer)
{
    const Slot &s = slotForWrite(index);
    if (s.whole)
        d->whole[s.offset].serverCustomer = std::move(customer);
    else if (customer)
        d->serverCustomers.insert(index, std::move(customer));
    else
        d->serverCustomers.remove(index);
}

void ImportRows::setServerUser(qsizetype index, std::shared_ptr<const WazzupUser> user)
{
    const Slot &s = slotForWrite(index);
    if (s.whole)
        d->whole[s.offset].serverUser = std::move(user);
    else if (user)
        d->serverUsers.insert(index, std::move(user));
    else
        d->serverUsers.remove(index);
}

void ImportRows::appendChecked(const CsvRowView &row, const ImportRowChecker::Verdict &verdict)
{
    Q_ASSERT(d->checker);
    Slot s;
    s.number = row.number;
    s.line = row.line;
    s.problem = row.problem;
    s.problemColumn = row.problemColumn;
    s.action = verdict.valid ? ImportRow::Action::Create : ImportRow::Action::Invalid;
    s.state = verdict.valid ? ImportRow::State::Pending : ImportRow::State::Skipped;
    s.consentGiven = verdict.consentGiven;
    const QList<QStringView> &cells = row.fields;
    // At most three bytes of UTF-8 a UTF-16 unit, five of length a cell.
    size_t most = 0;
    for (const QStringView cell : cells)
        most += 5 + 3 * size_t(cell.size());
    if (d->chunks.empty() || d->chunks.back().room() < most)
        d->chunks.emplace_back(qMax(chunkBytes, most));
    Chunk &chunk = d->chunks.back();
    const size_t start = chunk.size();
    char *const begin = chunk.end();
    char *out = begin;
    QStringEncoder utf8(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    for (const QStringView cell : cells) {
        if (cell.size() <= 42) {
            // At most 126 bytes of UTF-8: its length fits the one byte
            // left before it.
            char *const text = out + 1;
            char *const textEnd = utf8.appendToBuffer(text, cell);
            *out = char(textEnd - text);
            out = textEnd;
            continue;
        }
        // Else the length goes first: encoded after the cell, then moved
        // before it.
        char lengthBytes[5];
        char *const text = out + 5;
        char *const textEnd = utf8.appendToBuffer(text, cell);
        const auto length = quint32(textEnd - text);
        const char *const lengthEnd = appendLength(lengthBytes, length);
        const auto lengthSize = lengthEnd - lengthBytes;
        memcpy(out, lengthBytes, size_t(lengthSize));
        memmove(out + lengthSize, text, length);
        out += lengthSize + length;
    }
    if (utf8.hasError()) {
        // A lone surrogate (a broken UTF-16 file) has no UTF-8: such a row
        // is held whole, so that it is made from exactly its cells.
        CsvRow cellsRow;
        row.copyTo(cellsRow);
        ImportRow whole = d->checker->check(cellsRow);
        whole.action = s.action;
        whole.state = s.state;
        append(whole);
        return;
    }
    chunk.grow(size_t(out - begin));
    s.offset = (qint64(d->chunks.size() - 1) << 32) | qint64(start);
    s.bytes = quint32(out - begin);
    d->entries.append(s);
}

void ImportRows::append(const ImportRow &row)
{
    Slot s;
    s.number = row.number;
    s.line = row.line;
    s.action = row.action;
    s.state = row.state;
    s.whole = true;
    s.offset = d->whole.size();
    d->whole.append(row);
    d->entries.append(s);
}

void ImportRows::append(const ImportRows &rows)
{
    for (qsizetype i = 0; i < rows.size(); ++i)
        append(rows.at(i));
}

void ImportRows::replace(qsizetype index, const ImportRow &row)
{
    Slot &s = slotForWrite(index);
    if (!s.whole) {
        s.whole = true;
        s.offset = d->whole.size();
        d->whole.append(row);
        d->errors.remove(index);
        d->serverCustomers.remove(index);
        d->serverUsers.remove(index);
    } else {
        d->whole[s.offset] = row;
    }
    s.number = row.number;
    s.line = row.line;
    s.action = row.action;
    s.state = row.state;
}

void ImportRows::clear()
{
    // Read through the const pointer: d-> here would copy rows still shared.
    std::shared_ptr<const ImportRowChecker> checker = d.constData()->checker;
    d = new Data;
    d->checker = std::move(checker);
}

qsizetype ImportRows::packedCount() const
{
    return d->entries.size() - d->whole.size();
}
