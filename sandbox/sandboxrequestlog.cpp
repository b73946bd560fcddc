#include "sandboxrequestlog.h"

#include "sandboxrequest.h"

#include <QJsonDocument>
#include <QJsonObject>

void SandboxRequestLog::record(const QString &route, const SandboxRequest &request)
{
    QString target = request.path;
    const QString query = request.query.toString(QUrl::FullyEncoded);
    if (!query.isEmpty())
        target += QLatin1Char('?') + query;
    m_entries.append({route, target, request.body});
    if (m_entries.size() > capacity)
        m_entries.removeFirst();
}

QJsonArray SandboxRequestLog::toJson() const
{
    QJsonArray array;
    for (const Entry &entry : m_entries) {
        QJsonValue body;
        if (!entry.body.trimmed().isEmpty()) {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(entry.body, &error);
            if (error.error != QJsonParseError::NoError)
                body = QString::fromUtf8(entry.body);
            else if (document.isArray())
                body = document.array();
            else
                body = document.object();
        }
        array.append(QJsonObject{{QStringLiteral("route"), entry.route},
                                 {QStringLiteral("target"), entry.target},
                                 {QStringLiteral("body"), body}});
    }
    return array;
}
