#pragma once

#include "sandboxrequest.h"

#include <QByteArray>

// Reads HTTP/1.0 and HTTP/1.1 requests (RFC 9112) from the bytes of one
// connection, one request at a time: the request line, the header fields,
// then a body framed by Content-Length or the chunked transfer coding. Bytes
// after a request stay buffered for the next one (pipelining).
class HttpRequestParser
{
public:
    enum class State {
        Head, // waiting for the rest of the request line and header fields
        Body, // head read, waiting for the rest of the body
        Complete, // a whole request is ready: takeRequest()
        Failed, // malformed: answer failureStatus() and close
    };

    static constexpr qsizetype maxHeadBytes = 64 * 1024;
    static constexpr qsizetype maxBodyBytes = 64 * 1024 * 1024;

    void append(const QByteArray &bytes);
    // Goes as far as the buffered bytes allow.
    State parse();
    State state() const { return m_state; }

    // From Body on, until takeRequest(): what the head said. keepAlive()
    // is false when the connection must close after the answer.
    bool keepAlive() const { return m_keepAlive; }
    bool isHttp10() const { return m_minorVersion == 0; }
    bool expectsContinue() const { return m_expectsContinue; }
    // Failed: the status to answer with (400, 413, 431, 501, 505).
    int failureStatus() const { return m_failureStatus; }

    // Complete: hands the request over and starts on the next one.
    SandboxRequest takeRequest();
    bool hasBufferedBytes() const { return m_position < m_buffer.size(); }

private:
    enum class Framing { None, Length, Chunked };
    enum class ChunkPart { Size, Data, DataEnd, Trailer };

    bool parseHead();
    bool parseBody();
    bool parseChunks();
    // The next line without its line ending (CRLF, or LF alone as RFC 9112
    // allows a server to accept); false until the line is complete.
    bool nextLine(QByteArray *line);
    bool finishHead();
    bool mayStartRequestLine() const;
    bool readRequestLine(const QByteArray &line);
    bool readHeaderFields();
    bool decideFraming();
    void fail(int status);
    void compact();

    QByteArray m_buffer;
    qsizetype m_position = 0; // start of what is not parsed yet
    State m_state = State::Head;
    QList<QByteArray> m_headLines;
    qsizetype m_headBytes = 0;

    SandboxRequest m_request;
    QByteArray m_method;
    QByteArray m_target;
    int m_minorVersion = 1;
    bool m_keepAlive = true;
    bool m_expectsContinue = false;
    Framing m_framing = Framing::None;
    qint64 m_remaining = 0; // body bytes still to come (length, or this chunk)
    ChunkPart m_chunkPart = ChunkPart::Size;
    int m_failureStatus = 0;
};
