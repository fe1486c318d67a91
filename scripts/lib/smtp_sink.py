#!/usr/bin/python3
"""SMTP sink for HarborDesk's integration tests (loopback only).

Accepts every message and writes it to OUT_DIR as NNNNNN.eml (the raw message as received) beside
NNNNNN.json (the envelope: mail_from, rcpt_tos, auth_user, received_at_ms). The .json is written
first and the .eml renamed into place last, so a test that sees the .eml sees a complete pair.

AUTH PLAIN/LOGIN is offered without TLS; only USER/PASSWORD is accepted, other credentials get 535.
Sending without AUTH is allowed too (a relay that does not authenticate).

Usage: smtp_sink.py --port PORT --out OUT_DIR [--user harbordesk --password harbordesk]
Needs aiosmtpd (Debian: python3-aiosmtpd).
"""
import argparse
import itertools
import json
import os
import signal
import sys
import threading
import time

try:
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult, LoginPassword
except ImportError:  # pragma: no cover - reported to the caller
    sys.exit("smtp_sink: aiosmtpd is missing (apt-get install python3-aiosmtpd)")


class Sink:
    def __init__(self, out_dir):
        self.out_dir = out_dir
        existing = [int(n[:6]) for n in os.listdir(out_dir) if n.endswith(".eml") and n[:6].isdigit()]
        self.counter = itertools.count(max(existing, default=0) + 1)
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            n = next(self.counter)
        base = os.path.join(self.out_dir, "%06d" % n)
        auth = session.auth_data
        meta = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": list(envelope.rcpt_tos),
            "auth_user": auth.login.decode("utf-8", "replace") if isinstance(auth, LoginPassword) else None,
            "received_at_ms": int(time.time() * 1000),
        }
        with open(base + ".json.tmp", "w", encoding="utf-8") as f:
            json.dump(meta, f)
        os.replace(base + ".json.tmp", base + ".json")
        data = envelope.original_content if envelope.original_content is not None else envelope.content
        if isinstance(data, str):
            data = data.encode("utf-8")
        with open(base + ".eml.tmp", "wb") as f:
            f.write(data)
        os.replace(base + ".eml.tmp", base + ".eml")
        return "250 OK queued as %06d" % n


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--user", default="harbordesk")
    ap.add_argument("--password", default="harbordesk")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)

    user, password = args.user.encode(), args.password.encode()

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and auth_data.login == user and auth_data.password == password
        return AuthResult(success=ok, handled=False, auth_data=auth_data if ok else None)

    controller = Controller(Sink(args.out), hostname=args.host, port=args.port,
                            authenticator=authenticator, auth_require_tls=False, auth_required=False,
                            decode_data=False, enable_SMTPUTF8=True, ready_timeout=10)
    controller.start()
    print("smtp_sink: listening on %s:%d, writing to %s" % (args.host, args.port, args.out), flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    controller.stop()


if __name__ == "__main__":
    main()
