// libFuzzer target: the WoowUp response decoders, from the envelope down to
// customers and custom attribute definitions, over arbitrary bytes.

#include "woowupcodec.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace {

void decodePayload(const QJsonValue &payload)
{
    QString error;
    const auto customers = WoowUpCodec::customersFromPayload(payload, &error);
    if (!customers && error.isEmpty())
        __builtin_trap();
    if (customers) {
        // Decoded customers are edited and sent back: they must encode again.
        for (const WoowUpCustomer &customer : *customers)
            (void)WoowUpCodec::encodeCustomer(customer);
    }
    if (payload.isObject()) {
        const WoowUpCustomer customer = WoowUpCodec::customerFromJson(payload.toObject());
        (void)WoowUpCodec::encodeCustomer(customer);
    }
    const CustomAttributeDefinitions definitions = WoowUpCodec::definitionsFromPayload(payload);
    for (const CustomAttributeDefinition &definition : definitions) {
        (void)definition.valueKind();
        (void)WoowUpCodec::definitionToJson(definition);
    }
    (void)WoowUpCodec::existFromPayload(payload);
    (void)WoowUpCodec::belongsToSegmentFromPayload(payload);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));

    QString error;
    const auto envelope = WoowUpCodec::decodeEnvelope(body, &error);
    if (!envelope && error.isEmpty())
        __builtin_trap();
    if (envelope) {
        (void)envelope->errors();
        decodePayload(envelope->payload);
    }

    // The same bytes as a bare payload too, so that the fuzzer does not have to
    // find the envelope before it reaches the customer decoders.
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isArray())
        decodePayload(document.array());
    else if (document.isObject())
        decodePayload(document.object());

    (void)WoowUpCodec::decodeServiceUidFromPath(body);
    return 0;
}
