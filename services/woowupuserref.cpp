#include "woowupuserref.h"

#include "woowupcodec.h"

WoowUpUserRef WoowUpUserRef::byId(qint64 userappId)
{
    WoowUpUserRef ref;
    if (userappId > 0) {
        ref.m_segment = QString::number(userappId);
        ref.m_display = ref.m_segment;
    }
    return ref;
}

WoowUpUserRef WoowUpUserRef::byServiceUid(const QString &serviceUid)
{
    WoowUpUserRef ref;
    if (!serviceUid.isEmpty()) {
        ref.m_segment = QString::fromLatin1(WoowUpCodec::encodeServiceUidForPath(serviceUid));
        ref.m_display = serviceUid;
    }
    return ref;
}
