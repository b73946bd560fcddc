#include "packedcustomer.h"

#include <QDataStream>
#include <QIODevice>
#include <QJsonDocument>
#include <QStringEncoder>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <cstring>
#include <type_traits>

// The bytes: a fixed header (userapp_id and points, read for every row when
// the table sorts or looks a customer up, then the flags), the Text fields in
// enum order as length-prefixed UTF-8, the tags, the other ids, the two
// attribute maps and the family as compact JSON. Lengths and counts are
// LEB128 varints; signed numbers are zigzagged first.

namespace {

constexpr qsizetype pointsAt = 8;
constexpr qsizetype flagsAt = 16;
constexpr qsizetype headerSize = 18;

enum Flag : quint16 {
    HasPoints = 1,
    HasPointsPending = 2,
    Blocked = 4,
    // Text kept as UTF-16: UTF-8 cannot hold a lone surrogate, and the
    // record must come back exactly as it went in.
    Utf16Text = 1 << 9
};
// Two bits a channel from this one on: 0 unset, 1 disabled, 2 enabled.
constexpr int consentShift = 3;

// The attribute maps' values, by the type the codec or a form gave them; any
// other type goes through QDataStream so that nothing is lost.
enum VariantTag : char {
    StringTag = 's',
    LongLongTag = 'l',
    IntTag = 'i',
    DoubleTag = 'd',
    BoolTag = 'b',
    StringListTag = 'L',
    StreamTag = 'v'
};

template<typename T>
T readFixed(const QByteArray &bytes, qsizetype at)
{
    T value{};
    if (bytes.size() >= at + qsizetype(sizeof(T)))
        std::memcpy(&value, bytes.constData() + at, sizeof(T));
    return value;
}

bool fitsUtf8(const QVariantMap &map)
{
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (!QStringView(it.key()).isValidUtf16())
            return false;
        if (it.value().typeId() == QMetaType::QString
            && !QStringView(it.value().toString()).isValidUtf16())
            return false;
        if (it.value().typeId() == QMetaType::QStringList) {
            for (const QString &item : it.value().toStringList()) {
                if (!QStringView(item).isValidUtf16())
                    return false;
            }
        }
    }
    return true;
}

int consentCode(const std::optional<bool> &enabled)
{
    return !enabled ? 0 : (*enabled ? 2 : 1);
}

class Writer
{
public:
    explicit Writer(bool utf16)
        : m_utf16(utf16)
    { }

    void fixed(const void *value, qsizetype size)
    {
        m_bytes.append(static_cast<const char *>(value), size);
    }

    void varint(quint64 value)
    {
        while (value >= 0x80) {
            m_bytes.append(char(value | 0x80));
            value >>= 7;
        }
        m_bytes.append(char(value));
    }

    void signedVarint(qint64 value) { varint((quint64(value) << 1) ^ quint64(value >> 63)); }

    void string(QStringView text)
    {
        if (m_utf16) {
            bytes(QByteArrayView(reinterpret_cast<const char *>(text.utf16()),
                                 text.size() * qsizetype(sizeof(char16_t))));
            return;
        }
        // Nearly every field is under 128 bytes: reserve a one-byte length,
        // encode in place, and make room for a longer length only if needed.
        const qsizetype lengthAt = m_bytes.size();
        m_bytes.append('\0');
        const qsizetype start = m_bytes.size();
        m_bytes.resize(start + text.size() * 3); // UTF-16 unit → at most 3 bytes
        char *end = m_encoder.appendToBuffer(m_bytes.data() + start, text);
        const qsizetype length = end - (m_bytes.data() + start);
        m_bytes.resize(start + length);
        if (length < 0x80) {
            m_bytes[lengthAt] = char(length);
            return;
        }
        char prefix[10];
        int prefixSize = 0;
        for (quint64 value = quint64(length);; value >>= 7) {
            prefix[prefixSize++] = char(value >= 0x80 ? (value | 0x80) : value);
            if (value < 0x80)
                break;
        }
        m_bytes.insert(m_bytes.cbegin() + start, prefixSize - 1, '\0');
        std::memcpy(m_bytes.data() + lengthAt, prefix, size_t(prefixSize));
    }

    void bytes(QByteArrayView data)
    {
        varint(quint64(data.size()));
        m_bytes.append(data.data(), data.size());
    }

    void stringList(const QStringList &list)
    {
        varint(quint64(list.size()));
        for (const QString &item : list)
            string(item);
    }

    void variant(const QVariant &value)
    {
        switch (value.typeId()) {
        case QMetaType::QString:
            m_bytes.append(StringTag);
            string(value.toString());
            return;
        case QMetaType::LongLong:
            m_bytes.append(LongLongTag);
            signedVarint(value.toLongLong());
            return;
        case QMetaType::Int:
            m_bytes.append(IntTag);
            signedVarint(value.toInt());
            return;
        case QMetaType::Double: {
            m_bytes.append(DoubleTag);
            const double number = value.toDouble();
            fixed(&number, sizeof number);
            return;
        }
        case QMetaType::Bool:
            m_bytes.append(BoolTag);
            m_bytes.append(char(value.toBool()));
            return;
        case QMetaType::QStringList:
            m_bytes.append(StringListTag);
            stringList(value.toStringList());
            return;
        default: {
            m_bytes.append(StreamTag);
            QByteArray streamed;
            QDataStream out(&streamed, QIODevice::WriteOnly);
            out << value;
            bytes(streamed);
        }
        }
    }

    void map(const QVariantMap &map)
    {
        varint(quint64(map.size()));
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            string(it.key());
            variant(it.value());
        }
    }

    QByteArray result() const { return QByteArray(m_bytes.constData(), m_bytes.size()); }

private:
    QVarLengthArray<char, 1024> m_bytes;
    // Stateless: a lone surrogate at the end of one field must not carry
    // over into the next.
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
    bool m_utf16;
};

class Reader
{
public:
    Reader(const QByteArray &bytes, qsizetype at)
        : m_at(bytes.constData() + std::min(at, bytes.size()))
        , m_end(bytes.constData() + bytes.size())
        , m_utf16(readFixed<quint16>(bytes, flagsAt) & Utf16Text)
    { }

    quint64 varint()
    {
        quint64 value = 0;
        for (int shift = 0; m_at < m_end && shift < 64; shift += 7) {
            const auto byte = quint8(*m_at++);
            value |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                break;
        }
        return value;
    }

    qint64 signedVarint()
    {
        const quint64 value = varint();
        return qint64(value >> 1) ^ -qint64(value & 1);
    }

    QByteArrayView bytes()
    {
        const qsizetype length = qsizetype(std::min<quint64>(varint(), quint64(m_end - m_at)));
        const QByteArrayView view(m_at, length);
        m_at += length;
        return view;
    }

    QString string()
    {
        const QByteArrayView view = bytes();
        if (view.isEmpty())
            return {};
        if (!m_utf16)
            return QString::fromUtf8(view);
        QString text(view.size() / qsizetype(sizeof(char16_t)), Qt::Uninitialized);
        std::memcpy(text.data(), view.data(), size_t(text.size()) * sizeof(char16_t));
        return text;
    }

    char tag() { return m_at < m_end ? *m_at++ : '\0'; }

    template<typename T>
    T fixed()
    {
        T value{};
        if (m_end - m_at >= qsizetype(sizeof(T))) {
            std::memcpy(&value, m_at, sizeof(T));
            m_at += sizeof(T);
        }
        return value;
    }

    QStringList stringList()
    {
        QStringList list;
        const quint64 count = varint();
        for (quint64 i = 0; i < count && m_at < m_end; ++i)
            list.append(string());
        return list;
    }

    QVariant variant()
    {
        switch (tag()) {
        case StringTag:
            return string();
        case LongLongTag:
            return QVariant(qint64(signedVarint()));
        case IntTag:
            return QVariant(int(signedVarint()));
        case DoubleTag:
            return fixed<double>();
        case BoolTag:
            return tag() != 0;
        case StringListTag:
            return stringList();
        case StreamTag: {
            const QByteArrayView view = bytes();
            QByteArray streamed = view.toByteArray();
            QDataStream in(streamed);
            QVariant value;
            in >> value;
            return value;
        }
        default:
            return {};
        }
    }

    QVariantMap map()
    {
        QVariantMap map;
        const quint64 count = varint();
        for (quint64 i = 0; i < count && m_at < m_end; ++i) {
            const QString key = string();
            map.insert(key, variant());
        }
        return map;
    }

private:
    const char *m_at;
    const char *m_end;
    bool m_utf16;
};

// The customer's Text fields in enum order, for packing and for unpacking
// alike (Customer is WoowUpCustomer, const or not): one list, so the two can
// never disagree.
template<typename Customer>
auto textFields(Customer &customer)
{
    using Field = std::conditional_t<std::is_const_v<Customer>, const QString, QString>;
    return std::array<Field *, PackedCustomer::TextCount>{
        &customer.firstName,
        &customer.lastName,
        &customer.email,
        &customer.telephone,
        &customer.document,
        &customer.serviceUid,
        &customer.city,
        &customer.country,
        &customer.birthdate,
        &customer.createtime,
        &customer.documentType,
        &customer.gender,
        &customer.street,
        &customer.postcode,
        &customer.department,
        &customer.state,
        &customer.maritalStatus,
        &customer.clubInscriptionDate,
        &customer.mailing.disabledReason,
        &customer.whatsapp.disabledReason,
        &customer.sms.disabledReason,
        &customer.notes,
        &customer.updatetime,
    };
}

} // namespace

PackedCustomer::PackedCustomer(const WoowUpCustomer &customer)
{
    const auto texts = textFields(customer);
    const auto validUtf16 = [](const QString &text) {
        return QStringView(text).isValidUtf16();
    };
    const bool utf8 = std::all_of(std::begin(texts), std::end(texts),
                                  [&](const QString *text) { return validUtf16(*text); })
        && std::all_of(customer.tags.cbegin(), customer.tags.cend(), validUtf16)
        && fitsUtf8(customer.customAttributes) && fitsUtf8(customer.customform);

    Writer writer(!utf8);
    const qint64 points = customer.points.value_or(0);
    quint16 flags = (customer.points ? HasPoints : 0)
        | (customer.pointsPending ? HasPointsPending : 0) | (customer.blocked ? Blocked : 0)
        | (utf8 ? 0 : Utf16Text);
    const ChannelConsent *channels[] = {&customer.mailing, &customer.whatsapp, &customer.sms};
    for (int channel = 0; channel < 3; ++channel)
        flags |= quint16(consentCode(channels[channel]->enabled) << (consentShift + 2 * channel));
    writer.fixed(&customer.userappId, sizeof customer.userappId);
    writer.fixed(&points, sizeof points);
    writer.fixed(&flags, sizeof flags);
    for (const QString *text : texts)
        writer.string(*text);
    writer.stringList(customer.tags);
    writer.signedVarint(customer.userId);
    writer.signedVarint(customer.appId);
    if (customer.pointsPending)
        writer.signedVarint(*customer.pointsPending);
    writer.map(customer.customAttributes);
    writer.map(customer.customform);
    writer.bytes(customer.family.isEmpty()
                     ? QByteArray()
                     : QJsonDocument(customer.family).toJson(QJsonDocument::Compact));
    m_bytes = writer.result();
}

WoowUpCustomer PackedCustomer::unpack() const
{
    WoowUpCustomer customer;
    if (m_bytes.size() < headerSize)
        return customer;
    const auto flags = readFixed<quint16>(m_bytes, flagsAt);
    customer.userappId = userappId();
    customer.points = points();
    customer.blocked = flags & Blocked;
    customer.mailing.enabled = consent(Mailing);
    customer.whatsapp.enabled = consent(WhatsApp);
    customer.sms.enabled = consent(Sms);

    Reader reader(m_bytes, headerSize);
    const auto texts = textFields(customer);
    for (QString *text : texts)
        *text = reader.string();
    customer.tags = reader.stringList();
    customer.userId = reader.signedVarint();
    customer.appId = reader.signedVarint();
    if (flags & HasPointsPending)
        customer.pointsPending = reader.signedVarint();
    customer.customAttributes = reader.map();
    customer.customform = reader.map();
    const QByteArrayView family = reader.bytes();
    if (!family.isEmpty())
        customer.family = QJsonDocument::fromJson(family.toByteArray()).array();
    return customer;
}

qint64 PackedCustomer::userappId() const
{
    return readFixed<qint64>(m_bytes, 0);
}

std::optional<qint64> PackedCustomer::points() const
{
    if (!(readFixed<quint16>(m_bytes, flagsAt) & HasPoints))
        return std::nullopt;
    return readFixed<qint64>(m_bytes, pointsAt);
}

std::optional<bool> PackedCustomer::consent(Channel channel) const
{
    const int code = (readFixed<quint16>(m_bytes, flagsAt) >> (consentShift + 2 * channel)) & 3;
    if (code == 0)
        return std::nullopt;
    return code == 2;
}

QString PackedCustomer::text(Text field) const
{
    Reader reader(m_bytes, headerSize);
    for (int skipped = 0; skipped < field; ++skipped)
        reader.bytes();
    return reader.string();
}

QStringList PackedCustomer::tags() const
{
    Reader reader(m_bytes, headerSize);
    for (int skipped = 0; skipped < TextCount; ++skipped)
        reader.bytes();
    return reader.stringList();
}
