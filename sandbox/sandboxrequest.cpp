#include "sandboxrequest.h"

#include <QUrl>

namespace {

QStringList splitPath(const QString &encodedPath)
{
    QStringList segments;
    const QStringList parts = encodedPath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    segments.reserve(parts.size());
    for (const QString &part : parts)
        segments.append(QUrl::fromPercentEncoding(part.toLatin1()));
    return segments;
}

} // namespace

SandboxRequest SandboxRequest::fromTarget(const QByteArray &method, const QByteArray &target,
                                          const QList<QPair<QByteArray, QByteArray>> &headers)
{
    SandboxRequest copy;
    copy.method = method;
    const QUrl url = QUrl::fromEncoded(target);
    // Keep the path encoded: a base64 service_uid arrives with %2F in it,
    // which must not turn into a path separator.
    copy.path = url.path(QUrl::FullyEncoded);
    copy.segments = splitPath(copy.path);
    copy.query = QUrlQuery(url.query(QUrl::FullyEncoded));
    copy.headers = headers;
    return copy;
}

QByteArray SandboxRequest::header(const QByteArray &name) const
{
    for (const auto &entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
            return entry.second;
    }
    return QByteArray();
}

QString SandboxRequest::queryItem(const QString &key) const
{
    // '+' in a query string means a space for form-style encoders (curl -G,
    // PHP's urlencode); QUrlQuery leaves it alone.
    QString value = query.queryItemValue(key, QUrl::FullyEncoded);
    value.replace(QLatin1Char('+'), QLatin1Char(' '));
    return QUrl::fromPercentEncoding(value.toUtf8());
}
