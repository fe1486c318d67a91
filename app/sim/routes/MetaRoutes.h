#pragma once

namespace hd::sim {

class SimServer;

/// Meta Graph (Facebook Page Messenger and Instagram) on the simulator, under /meta/{version}:
/// GET /{page-id}/conversations (platform filter, cursor paging with paging.cursors.after and
/// paging.next, nested messages newest first), GET /{conversation-id}/messages, GET /{page-id},
/// POST /{page-id}/messages (Send API: RESPONSE within 24 h of the person's last message,
/// MESSAGE_TAG + HUMAN_AGENT within 7 days, else error 10/2018278). Bearer Page token; an invalid
/// or expired one answers error 190. Scenario section "meta": pageId, pageName, auth {accessToken,
/// accessTtlSec}, conversations[] {id, platform, participants[], messages[] {id, created_time, from,
/// message}}.
void installMetaRoutes(SimServer &server);

} // namespace hd::sim
