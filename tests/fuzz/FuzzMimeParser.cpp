// Fuzz target: the MIME parser and everything that reads its output (relay recognition, mapping,
// attachment extraction). Built as a libFuzzer target with -DHARBORDESK_BUILD_FUZZ=ON (clang), and
// always as a bounded replay + mutation run under ctest (see FuzzDriver.cpp and README.md).
#include "core/channels/email/EmailMessageMapper.h"
#include "core/channels/email/MimeMessageParser.h"
#include "core/channels/email/RelayRecognizer.h"

#include <QByteArrayView>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace hd;
    hd::MimeLimits limits;
    limits.maxRawBytes = 1024 * 1024; // keep each run fast
    const QByteArrayView raw(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto mail = MimeMessageParser::parse(raw, limits);
    if (!mail.ok())
        return 0;
    const RelayInfo relay = RelayRecognizer::recognize(*mail);
    (void)relay;
    const InboundMessage m = EmailMessageMapper::map(*mail,
                                                     1,
                                                     QStringLiteral("seller@shop.example"),
                                                     QStringLiteral("imap:INBOX;UIDVALIDITY=1/;UID=1"),
                                                     0);
    (void)m;
    for (const MailAttachment &a : mail->attachments)
        (void)MimeMessageParser::attachmentContent(raw, a.partPath, limits);
    return 0;
}
