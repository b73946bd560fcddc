// libFuzzer target: every decoder of a Wazzup API response body. A server
// (or whatever answers on its address) sends arbitrary bytes; the decoders
// must refuse them with a message, never crash.

#include "wazzupcodec.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A deep copy: QJsonDocument may keep pointers into the body.
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));

    QString error;
    const auto page = WazzupCodec::decodeUserPage(body, &error);
    if (!page && error.isEmpty())
        __builtin_trap();
    if (page) {
        // What was decoded must encode again (the app sends edited users back).
        (void)WazzupCodec::encodeUsers(page->users);
    }

    error.clear();
    const auto user = WazzupCodec::decodeUser(body, &error);
    if (!user && error.isEmpty())
        __builtin_trap();

    error.clear();
    const auto ids = WazzupCodec::decodeIdList(body, &error);
    if (!ids && error.isEmpty())
        __builtin_trap();
    if (ids)
        (void)WazzupCodec::encodeIds(*ids);

    (void)WazzupCodec::decodeError(body);
    return 0;
}
