#pragma once

#include <QString>

// Names a customer in the path of WoowUp's deprecated routes
// (/users/{id}, /users/{id}/exist, /users/{id}/belongsToSegment): either the
// numeric userapp_id or the service_uid, which goes into the path as
// standard Base64, percent-encoded (WoowUpCodec::encodeServiceUidForPath).
class WoowUpUserRef
{
public:
    WoowUpUserRef() = default;
    static WoowUpUserRef byId(qint64 userappId);
    static WoowUpUserRef byServiceUid(const QString &serviceUid);

    bool isValid() const { return !m_segment.isEmpty(); }
    QString pathSegment() const { return m_segment; } // already percent-encoded
    QString displayText() const { return m_display; } // for messages

private:
    QString m_segment;
    QString m_display;
};
