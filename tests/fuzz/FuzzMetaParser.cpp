// Fuzz target: every Meta Graph payload parser (conversations page with its nested messages,
// conversation messages, send answer, error body with X-Business-Use-Case-Usage, Graph times) for
// both Messenger and Instagram. See README.md for how it runs.
#include "core/channels/meta/MetaParser.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace hd;
    const QByteArray raw = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const char *platform : {"messenger", "instagram"}) {
        MetaConfig config;
        config.channelId = 7;
        config.pageId = QStringLiteral("104251234567890");
        config.platform = QString::fromLatin1(platform);
        (void)MetaParser::conversations(raw, config);
        (void)MetaParser::messages(raw, config, QStringLiteral("t_10161234567890"));
    }
    (void)MetaParser::sendResponse(raw);
    for (const int status : {200, 400, 403, 500})
        (void)MetaParser::failure(status, raw, raw.left(512));
    (void)MetaParser::parseTime(QString::fromUtf8(raw.left(64)));
    return 0;
}
