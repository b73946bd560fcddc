#pragma once

#include "columnmapping.h"

#include <optional>

class QSettings;

// Column mappings the person made, saved per profile and offered again
// when a file with the same headers comes (in any order or spelling
// ColumnMapping::headerKey() treats as the same). Kept in QSettings under
// "mappings/<profileId>/<service>-<headerKey>"; a mapping holds no secret.
class ImportMappingStore
{
public:
    // settings null: the application's QSettings.
    explicit ImportMappingStore(QSettings *settings = nullptr);

    void save(const QString &profileId, const ColumnMapping &mapping);
    // Adapted to these headers' order; empty when none was saved.
    std::optional<ColumnMapping> find(const QString &profileId, Service service,
                                      const QStringList &headers) const;

private:
    static QString key(const QString &profileId, Service service, const QString &headerKey);

    QSettings *m_settings;
};
