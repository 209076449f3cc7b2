#!/usr/bin/env python3
"""server.py - a loopback HTTP server for kispeak's end-to-end tests.

SPDX-License-Identifier: MIT

Usage: python3 tests/server.py DOCROOT

Binds 127.0.0.1 on a free port, prints the port number as the first line
of stdout, and serves until it gets SIGTERM or SIGINT. Files come from
DOCROOT; a few fixed routes produce the faults a fetcher must survive:

  /status/404, /status/500  that status, with an HTML body
  /png                      a real 16x16 PNG, image/png
  /nav-only                 a page with a nav menu, header and footer only
  /loop                     302 to itself (a redirect loop)
  /redirect-ok              302 to /page.html
  /cp1251                   a Russian article in Windows-1251; the charset is
                            only in the Content-Type header
  /gzip                     DOCROOT/page.html gzip-encoded when the request
                            accepts gzip, plain otherwise
  /plain-html               DOCROOT/page.html served as text/plain
  /slow?s=N                 page.html after N seconds (default 5), for timeouts
  /_stats                   JSON: how /gzip was last served, request count

Standard library only.
"""

import gzip
import json
import mimetypes
import os
import signal
import struct
import sys
import threading
import time
import urllib.parse
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# The Russian article behind /cp1251, written for these tests. Each
# paragraph is one line so that a tester can look for it verbatim.
CP1251_TITLE = "В Заречье открылась библиотека на старой пристани"
CP1251_PARAS = [
    "В субботу в Заречье открылась новая городская библиотека: она "
    "разместилась в отреставрированном здании старой речной пристани.",
    "«Мы хотели, чтобы у жителей было тёплое место для чтения и "
    "встреч», — сказала директор библиотеки Анна Соколова.",
    "В фонде уже восемь тысяч книг, а по вечерам здесь будут проходить "
    "занятия для школьников и лекции об истории края.",
    "Ремонт здания занял почти два года: строители сохранили дубовые "
    "балки, чугунную лестницу и большие окна, выходящие на реку.",
    "По словам главы района, часть книг подарили сами горожане, а "
    "стеллажи сделали ученики местного технического колледжа.",
    "Библиотека работает ежедневно, кроме понедельника, с десяти утра "
    "до восьми вечера.",
]


def cp1251_page():
    """Build the /cp1251 page bytes; there is deliberately no meta charset."""
    paras = "\n".join("      <p>%s</p>" % p for p in CP1251_PARAS)
    html = (
        "<!DOCTYPE html>\n"
        '<html lang="ru">\n'
        "<head>\n"
        "  <title>%s | Заречные вести</title>\n"
        "</head>\n"
        "<body>\n"
        '  <nav><a href="/">Главная</a> <a href="/news/">Новости</a></nav>\n'
        "  <main>\n"
        "    <article>\n"
        "      <h1>%s</h1>\n"
        "%s\n"
        "    </article>\n"
        "  </main>\n"
        "  <footer><p>© Заречные вести</p></footer>\n"
        "</body>\n"
        "</html>\n" % (CP1251_TITLE, CP1251_TITLE, paras)
    )
    return html.encode("windows-1251")


NAV_ONLY = b"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Sections | The Harbour Ledger</title></head>
<body>
  <header class="site-header">
    <a class="logo" href="/">The Harbour Ledger</a>
    <nav class="main-nav">
      <ul>
        <li><a href="/news/">News</a></li>
        <li><a href="/city/">City</a></li>
        <li><a href="/business/">Business</a></li>
        <li><a href="/sport/">Sport</a></li>
        <li><a href="/opinion/">Opinion</a></li>
        <li><a href="/weather/">Weather</a></li>
      </ul>
    </nav>
  </header>
  <footer class="site-footer">
    <ul>
      <li><a href="/about/">About us</a></li>
      <li><a href="/contact/">Contact</a></li>
      <li><a href="/privacy/">Privacy</a></li>
    </ul>
    <p>Copyright 2024 The Harbour Ledger</p>
  </footer>
</body>
</html>
"""


def png_bytes():
    """A valid 16x16 RGB PNG (a blue square), built chunk by chunk."""
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(
            ">I", zlib.crc32(body) & 0xFFFFFFFF)

    width = height = 16
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    raw = b"".join(b"\x00" + b"\x20\x40\xc0" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) +
            chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def error_page(code, reason):
    return ("<!DOCTYPE html>\n<html><head><title>%d %s</title></head>"
            "<body><h1>%d %s</h1><p>The server could not give you this "
            "page.</p></body></html>\n" % (code, reason, code, reason)
            ).encode("utf-8")


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "kispeak-test/1"
    docroot = "."
    stats = {"requests": 0, "gzip": None}
    lock = threading.Lock()

    def log_message(self, format, *args):  # quiet: tests read stdout
        pass

    def send_body(self, code, ctype, body, extra=None):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def redirect(self, location):
        body = b"<html><body>Moved</body></html>\n"
        self.send_body(302, "text/html; charset=utf-8", body,
                       {"Location": location})

    def not_found(self):
        self.send_body(404, "text/html; charset=utf-8",
                       error_page(404, "Not Found"))

    def read_doc(self, name):
        with open(os.path.join(self.docroot, name), "rb") as f:
            return f.read()

    def accepts_gzip(self):
        accept = self.headers.get("Accept-Encoding", "")
        for item in accept.split(","):
            parts = item.strip().split(";")
            if parts[0].strip().lower() in ("gzip", "x-gzip", "*"):
                q = [p.strip() for p in parts[1:] if p.strip().startswith("q=")]
                if not q or float(q[0][2:] or 0) > 0:
                    return True
        return False

    def serve_file(self, path):
        # Resolve inside DOCROOT only; directories are not listed.
        rel = os.path.normpath(urllib.parse.unquote(path)).lstrip("/")
        full = os.path.join(self.docroot, rel)
        root = os.path.realpath(self.docroot)
        real = os.path.realpath(full)
        if (real != root and not real.startswith(root + os.sep)) \
                or not os.path.isfile(real):
            self.not_found()
            return
        ctype = mimetypes.guess_type(real)[0] or "application/octet-stream"
        if ctype.startswith("text/") or ctype in ("application/json",):
            ctype += "; charset=utf-8"
        with open(real, "rb") as f:
            body = f.read()
        self.send_body(200, ctype, body)

    def do_GET(self):
        with self.lock:
            Handler.stats["requests"] += 1
        url = urllib.parse.urlsplit(self.path)
        path = url.path
        query = urllib.parse.parse_qs(url.query)
        html = "text/html; charset=utf-8"
        if path.startswith("/status/") and path[8:].isdigit():
            code = int(path[8:])
            reason = {404: "Not Found", 500: "Internal Server Error"}.get(
                code, "Status")
            self.send_body(code, html, error_page(code, reason))
        elif path == "/png":
            self.send_body(200, "image/png", png_bytes())
        elif path == "/nav-only":
            self.send_body(200, html, NAV_ONLY)
        elif path == "/loop":
            self.redirect("/loop")
        elif path == "/redirect-ok":
            self.redirect("/page.html")
        elif path == "/cp1251":
            self.send_body(200, "text/html; charset=windows-1251",
                           cp1251_page())
        elif path == "/gzip":
            body = self.read_doc("page.html")
            if self.accepts_gzip():
                with self.lock:
                    Handler.stats["gzip"] = "gzip"
                self.send_body(200, html, gzip.compress(body),
                               {"Content-Encoding": "gzip",
                                "Vary": "Accept-Encoding"})
            else:
                with self.lock:
                    Handler.stats["gzip"] = "identity"
                self.send_body(200, html, body, {"Vary": "Accept-Encoding"})
        elif path == "/plain-html":
            self.send_body(200, "text/plain; charset=utf-8",
                           self.read_doc("page.html"))
        elif path == "/slow":
            try:
                delay = float(query.get("s", ["5"])[0])
            except ValueError:
                delay = 5.0
            time.sleep(min(max(delay, 0.0), 60.0))
            self.send_body(200, html, self.read_doc("page.html"))
        elif path == "/_stats":
            with self.lock:
                body = json.dumps(Handler.stats).encode("utf-8")
            self.send_body(200, "application/json", body)
        else:
            self.serve_file(path)

    do_HEAD = do_GET


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: python3 tests/server.py DOCROOT\n")
        return 2
    if not os.path.isdir(argv[1]):
        sys.stderr.write("server.py: not a directory: %s\n" % argv[1])
        return 2
    Handler.docroot = os.path.abspath(argv[1])
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    # A request still sleeping in /slow must not hold up the exit.
    server.daemon_threads = True
    server.block_on_close = False

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
