#include "importmappingstore.h"

#include <QCryptographicHash>
#include <QSettings>

ImportMappingStore::ImportMappingStore(QSettings *settings)
    : m_settings(settings)
{ }

QString ImportMappingStore::key(const QString &profileId, Service service, const QString &headerKey)
{
    // The header key may hold characters QSettings treats specially ('/'):
    // a hash of it is a safe, stable key.
    const QByteArray hash =
        QCryptographicHash::hash(headerKey.toUtf8(), QCryptographicHash::Sha1).toHex();
    QString profile = profileId;
    profile.replace(QLatin1Char('/'), QLatin1Char('_'));
    return QStringLiteral("mappings/%1/%2-%3")
        .arg(profile, serviceKey(service), QString::fromLatin1(hash));
}

void ImportMappingStore::save(const QString &profileId, const ColumnMapping &mapping)
{
    QSettings fallback;
    QSettings &settings = m_settings ? *m_settings : fallback;
    settings.setValue(key(profileId, mapping.service(), mapping.headerKey()), mapping.toJson());
}

std::optional<ColumnMapping> ImportMappingStore::find(const QString &profileId, Service service,
                                                      const QStringList &headers) const
{
    QSettings fallback;
    const QSettings &settings = m_settings ? *m_settings : fallback;
    const QString json =
        settings.value(key(profileId, service, ColumnMapping::headerKey(headers))).toString();
    if (json.isEmpty())
        return std::nullopt;
    bool ok = false;
    const ColumnMapping mapping = ColumnMapping::fromJson(json, &ok);
    if (!ok || mapping.service() != service)
        return std::nullopt;
    return mapping.adaptedTo(headers);
}
