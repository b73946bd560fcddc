#include "httprequestparser.h"

#include <QList>

namespace {

constexpr qsizetype maxChunkSizeLine = 1024;
constexpr qsizetype maxMethodBytes = 32;

// RFC 9110 token characters: method names and header field names.
bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

bool isDigits(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

// The comma-separated elements of every field of that name, trimmed.
QList<QByteArray> listValues(const SandboxRequest &request, const QByteArray &name)
{
    QList<QByteArray> values;
    for (const auto &header : request.headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &element : header.second.split(',')) {
            const QByteArray trimmed = element.trimmed();
            if (!trimmed.isEmpty())
                values.append(trimmed);
        }
    }
    return values;
}

bool containsToken(const QList<QByteArray> &values, const char *token)
{
    for (const QByteArray &value : values) {
        if (value.compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

void HttpRequestParser::append(const QByteArray &bytes)
{
    m_buffer += bytes;
}

HttpRequestParser::State HttpRequestParser::parse()
{
    bool progressed = true;
    while (progressed) {
        switch (m_state) {
        case State::Head:
            progressed = parseHead();
            break;
        case State::Body:
            progressed = parseBody();
            break;
        case State::Complete:
        case State::Failed:
            progressed = false;
            break;
        }
    }
    compact();
    return m_state;
}

SandboxRequest HttpRequestParser::takeRequest()
{
    SandboxRequest request = std::move(m_request);
    m_request = SandboxRequest();
    m_state = State::Head;
    m_headLines.clear();
    m_headBytes = 0;
    m_method.clear();
    m_target.clear();
    m_minorVersion = 1;
    m_keepAlive = true;
    m_expectsContinue = false;
    m_framing = Framing::None;
    m_remaining = 0;
    m_chunkPart = ChunkPart::Size;
    compact();
    return request;
}

bool HttpRequestParser::nextLine(QByteArray *line)
{
    const qsizetype end = m_buffer.indexOf('\n', m_position);
    if (end < 0)
        return false;
    *line = m_buffer.mid(m_position, end - m_position);
    if (line->endsWith('\r'))
        line->chop(1);
    m_position = end + 1;
    return true;
}

bool HttpRequestParser::parseHead()
{
    QByteArray line;
    for (;;) {
        const qsizetype before = m_position;
        if (!nextLine(&line))
            break;
        m_headBytes += m_position - before;
        if (m_headBytes > maxHeadBytes) {
            fail(431);
            return true;
        }
        // Empty lines before a request line are leftovers of the previous
        // message (RFC 9112 §2.2), not the end of a head.
        if (line.isEmpty() && m_headLines.isEmpty())
            continue;
        if (line.isEmpty())
            return finishHead();
        if (m_headLines.isEmpty() && !readRequestLine(line))
            return true;
        m_headLines.append(line);
    }
    if (m_headLines.isEmpty() && !mayStartRequestLine()) {
        fail(400);
        return true;
    }
    if (m_headBytes + (m_buffer.size() - m_position) > maxHeadBytes) {
        fail(431);
        return true;
    }
    return false;
}

bool HttpRequestParser::mayStartRequestLine() const
{
    // Refused at once rather than after the whole head: a TLS handshake
    // sent here by mistake must fail fast, not wait for a line ending.
    qsizetype at = m_position;
    while (at < m_buffer.size() && (m_buffer.at(at) == '\r' || m_buffer.at(at) == '\n'))
        ++at;
    const qsizetype space = m_buffer.indexOf(' ', at);
    const QByteArray method =
        m_buffer.mid(at, (space < 0 ? m_buffer.size() : space) - at).left(maxMethodBytes + 1);
    if (method.size() > maxMethodBytes)
        return false;
    return method.isEmpty() || isToken(method);
}

bool HttpRequestParser::readRequestLine(const QByteArray &line)
{
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)) || parts.at(1).isEmpty()) {
        fail(400);
        return false;
    }
    const QByteArray &version = parts.at(2);
    if (version.size() != 8 || !version.startsWith("HTTP/") || version.at(6) != '.'
        || !isDigits(version.mid(5, 1)) || !isDigits(version.mid(7, 1))) {
        fail(400);
        return false;
    }
    if (version.at(5) != '1') {
        fail(505);
        return false;
    }
    m_minorVersion = version.at(7) == '0' ? 0 : 1;
    m_method = parts.at(0);
    m_target = parts.at(1);
    return true;
}

bool HttpRequestParser::readHeaderFields()
{
    for (qsizetype i = 1; i < m_headLines.size(); ++i) {
        const QByteArray &line = m_headLines.at(i);
        if (line.startsWith(' ') || line.startsWith('\t')) {
            // Obsolete line folding: RFC 9112 §5.2 lets a server read it as a space.
            if (m_request.headers.isEmpty()) {
                fail(400);
                return false;
            }
            m_request.headers.last().second += ' ' + line.trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.left(colon))) {
            fail(400);
            return false;
        }
        m_request.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    return true;
}

bool HttpRequestParser::decideFraming()
{
    const QList<QByteArray> codings = listValues(m_request, QByteArrayLiteral("transfer-encoding"));
    if (!codings.isEmpty()) {
        // Without chunked last the body has no end (RFC 9112 §6.3); a coding
        // under it this server cannot undo.
        if (codings.last().compare("chunked", Qt::CaseInsensitive) != 0) {
            fail(400);
            return false;
        }
        if (codings.size() > 1) {
            fail(501);
            return false;
        }
        m_framing = Framing::Chunked;
        m_chunkPart = ChunkPart::Size;
        // Content-Length beside it is ignored, and such a message is not
        // trusted to leave the stream in step: close after the answer.
        if (m_minorVersion == 0
            || !listValues(m_request, QByteArrayLiteral("content-length")).isEmpty()) {
            m_keepAlive = false;
        }
        return true;
    }

    const QList<QByteArray> lengths = listValues(m_request, QByteArrayLiteral("content-length"));
    if (lengths.isEmpty())
        return true;
    for (const QByteArray &length : lengths) {
        if (!isDigits(length) || length != lengths.first()) {
            fail(400);
            return false;
        }
    }
    bool ok = false;
    const qint64 length = lengths.first().toLongLong(&ok);
    if (!ok) {
        fail(400);
        return false;
    }
    if (length > maxBodyBytes) {
        fail(413);
        return false;
    }
    if (length > 0) {
        m_framing = Framing::Length;
        m_remaining = length;
    }
    return true;
}

bool HttpRequestParser::finishHead()
{
    if (!readHeaderFields())
        return true;
    m_request = SandboxRequest::fromTarget(m_method, m_target, m_request.headers);

    const QList<QByteArray> connection = listValues(m_request, QByteArrayLiteral("connection"));
    m_keepAlive = m_minorVersion == 0 ? containsToken(connection, "keep-alive")
                                      : !containsToken(connection, "close");
    if (!decideFraming())
        return true;
    // An HTTP/1.0 client does not know 100 Continue.
    m_expectsContinue = m_framing != Framing::None && m_minorVersion == 1
        && containsToken(listValues(m_request, QByteArrayLiteral("expect")), "100-continue");
    m_state = m_framing == Framing::None ? State::Complete : State::Body;
    return true;
}

bool HttpRequestParser::parseBody()
{
    if (m_framing == Framing::Chunked)
        return parseChunks();
    const qint64 available = m_buffer.size() - m_position;
    const qint64 take = qMin(available, m_remaining);
    if (take <= 0)
        return false;
    m_request.body += QByteArrayView(m_buffer).sliced(m_position, take);
    m_position += take;
    m_remaining -= take;
    if (m_remaining == 0)
        m_state = State::Complete;
    return m_state == State::Complete;
}

bool HttpRequestParser::parseChunks()
{
    QByteArray line;
    for (;;) {
        switch (m_chunkPart) {
        case ChunkPart::Size: {
            if (!nextLine(&line)) {
                if (m_buffer.size() - m_position > maxChunkSizeLine) {
                    fail(400);
                    return true;
                }
                return false;
            }
            // chunk-size [; chunk-ext]
            const qsizetype semicolon = line.indexOf(';');
            const QByteArray hex = (semicolon < 0 ? line : line.left(semicolon)).trimmed();
            bool ok = hex.size() <= 15 && !hex.isEmpty();
            const qint64 size = ok ? hex.toLongLong(&ok, 16) : 0;
            if (!ok || size < 0) {
                fail(400);
                return true;
            }
            if (m_request.body.size() + size > maxBodyBytes) {
                fail(413);
                return true;
            }
            m_remaining = size;
            m_chunkPart = size == 0 ? ChunkPart::Trailer : ChunkPart::Data;
            break;
        }
        case ChunkPart::Data: {
            const qint64 take = qMin<qint64>(m_buffer.size() - m_position, m_remaining);
            if (take <= 0)
                return false;
            m_request.body += QByteArrayView(m_buffer).sliced(m_position, take);
            m_position += take;
            m_remaining -= take;
            if (m_remaining == 0)
                m_chunkPart = ChunkPart::DataEnd;
            break;
        }
        case ChunkPart::DataEnd:
            if (!nextLine(&line))
                return false;
            if (!line.isEmpty()) {
                fail(400);
                return true;
            }
            m_chunkPart = ChunkPart::Size;
            break;
        case ChunkPart::Trailer:
            // Trailer fields carry nothing the sandbox needs.
            if (!nextLine(&line))
                return false;
            if (line.isEmpty()) {
                m_state = State::Complete;
                return true;
            }
            break;
        }
    }
}

void HttpRequestParser::fail(int status)
{
    m_state = State::Failed;
    m_failureStatus = status;
    m_keepAlive = false;
}

void HttpRequestParser::compact()
{
    if (m_position == 0)
        return;
    if (m_position == m_buffer.size()) {
        m_buffer.clear();
        m_position = 0;
    } else if (m_position > 64 * 1024) {
        m_buffer.remove(0, m_position);
        m_position = 0;
    }
}
