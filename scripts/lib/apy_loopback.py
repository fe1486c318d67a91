#!/usr/bin/python3
"""Runs Apertium APy (Debian's apertium-apy) bound to loopback only.

APy 0.11 has no option for the listen address and binds every interface; this wrapper pins
tornado's bind() to 127.0.0.1 and then hands over to APy's own main() with the same arguments.
Usage: apy_loopback.py [apertium-apy options] PAIRS_PATH
"""
import sys

import tornado.tcpserver

from apertium_apy import apy

_bind = tornado.tcpserver.TCPServer.bind


def _bind_loopback(self, port, address=None, *args, **kwargs):
    return _bind(self, port, "127.0.0.1", *args, **kwargs)


tornado.tcpserver.TCPServer.bind = _bind_loopback
sys.argv[0] = "apertium-apy"
sys.exit(apy.main())
