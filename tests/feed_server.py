#!/usr/bin/env python3
"""feed_server.py - a loopback web site for kispeak's podcast tests.

SPDX-License-Identifier: MIT

Usage: python3 tests/feed_server.py DOCROOT

Binds 127.0.0.1 on a free port, prints the port number as the first line
of stdout, and serves DOCROOT until it gets SIGTERM or SIGINT, as a news
site's server does: every file with a strong ETag (from its bytes) and a
Last-Modified (its time), and a 304 Not Modified to a request whose
If-None-Match (or, without one, If-Modified-Since) still holds. Files are
read at each request, so a test edits the site by writing into DOCROOT.

  /_log          JSON: every request so far, [method, path, status]
  /_log?clear=1  the same, then forgets them

Standard library only.
"""

import email.utils
import hashlib
import json
import mimetypes
import os
import signal
import sys
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

TYPES = {".xml": "application/rss+xml", ".atom": "application/atom+xml",
         ".html": "text/html; charset=utf-8", ".txt": "text/plain; charset=utf-8"}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "kispeak-feed-test/1"
    docroot = "."
    log = []
    lock = threading.Lock()

    def log_message(self, format, *args):  # quiet: tests read stdout
        pass

    def send(self, code, ctype=None, body=b"", extra=None):
        with self.lock:
            Handler.log.append([self.command, self.path, code])
        self.send_response(code)
        if ctype:
            self.send_header("Content-Type", ctype)
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body) if code != 304 else 0))
        self.end_headers()
        if self.command != "HEAD" and code != 304:
            self.wfile.write(body)

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        if url.path == "/_log":
            with self.lock:
                body = json.dumps(Handler.log).encode()
                if "clear=1" in url.query:
                    Handler.log = []
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        rel = os.path.normpath(urllib.parse.unquote(url.path)).lstrip("/")
        root = os.path.realpath(self.docroot)
        real = os.path.realpath(os.path.join(root, rel))
        if (real != root and not real.startswith(root + os.sep)) \
                or not os.path.isfile(real):
            self.send(404, "text/html; charset=utf-8",
                      b"<html><body><h1>404 Not Found</h1></body></html>\n")
            return
        with open(real, "rb") as f:
            body = f.read()
        mtime = int(os.stat(real).st_mtime)
        etag = '"%s"' % hashlib.sha1(body).hexdigest()[:20]
        modified = email.utils.formatdate(mtime, usegmt=True)
        ext = os.path.splitext(real)[1]
        ctype = TYPES.get(ext) or mimetypes.guess_type(real)[0] or \
            "application/octet-stream"
        validators = {"ETag": etag, "Last-Modified": modified}
        inm = self.headers.get("If-None-Match")
        ims = self.headers.get("If-Modified-Since")
        if inm is not None:
            if etag in [t.strip() for t in inm.split(",")] or inm.strip() == "*":
                self.send(304, None, b"", validators)
                return
        elif ims is not None:
            try:
                since = email.utils.parsedate_to_datetime(ims).timestamp()
            except (TypeError, ValueError):
                since = None
            if since is not None and mtime <= since:
                self.send(304, None, b"", validators)
                return
        self.send(200, ctype, body, validators)

    do_HEAD = do_GET


class Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def handle_error(self, request, client_address):
        # A client that hangs up (a worker process ending, a test's kill)
        # is no error of the server's: say nothing.
        if not isinstance(sys.exc_info()[1], (ConnectionError, BrokenPipeError)):
            super().handle_error(request, client_address)


def main(argv):
    if len(argv) != 2 or not os.path.isdir(argv[1]):
        sys.stderr.write("usage: python3 tests/feed_server.py DOCROOT\n")
        return 2
    Handler.docroot = os.path.abspath(argv[1])
    server = Server(("127.0.0.1", 0), Handler)

    def stop(signum, frame):
        raise SystemExit(0)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    sys.stdout.write("%d\n" % server.server_address[1])
    sys.stdout.flush()
    try:
        server.serve_forever(poll_interval=0.1)
    except SystemExit:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
