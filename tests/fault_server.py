#!/usr/bin/env python3
"""fault_server.py - a loopback HTTP server that misbehaves, for tests/faults.sh.

SPDX-License-Identifier: MIT

Usage: python3 tests/fault_server.py [CERT KEY]

Binds 127.0.0.1 on a free port and prints that port as the first line of
stdout. Given a certificate and key, it also serves HTTPS (same routes) on a
second free port, printed as the second line. Serves until SIGTERM/SIGINT.
Standard library only; every page is built here, nothing is read from disk.

Routes (one per fault):
  /article              a small, well-formed news article (the control case)
  /long-article         the same article repeated for a minute of speech
  /status/N             HTTP status N with an HTML error page
  /chain/N              302 to /chain/N-1 ... /chain/0 is /article
  /loop                 302 to itself
  /to-file              302 to file:///etc/passwd
  /to-ftp               302 to ftp://127.0.0.1/article
  /hang                 reads the request and never answers
  /drip                 headers, then one body byte a second
  /reset                half the declared body, then a TCP reset
  /gzip-truncated       gzip body cut in the middle (Content-Length honest)
  /gzip-bomb            256 MiB of spaces, gzip-compressed to about 250 KiB
  /big                  40 MiB of HTML with a Content-Length
  /big-stream           40 MiB of HTML without a length (read to close)
  /empty                200 text/html with an empty body
  /nav-only             menus and a footer, no article
  /png-as-html          PNG bytes served as text/html
  /pdf-as-html          PDF bytes served as text/html
  /html-as-plain        the article served as text/plain
  /invalid-utf8         the article with broken UTF-8 sequences
  /utf16-bom            the article in UTF-16LE with a byte-order mark, no
                        charset anywhere
  /cp1251-header        a Russian article in Windows-1251; charset only in
                        the HTTP header
  /many-paragraphs      100,000 paragraphs
  /long-sentence        one 1 MB "sentence" with no punctuation
  /deep                 a paragraph inside 10,000 nested <div>s
  /entities             a DOCTYPE declaring an external entity (file://) and
                        an external DTD on this server, plus sub-resources
                        (img, script, link, iframe) that must not be fetched
  /_hits                JSON: request count per path since start
"""

import gzip
import json
import signal
import socket
import ssl
import struct
import sys
import threading
import time
import urllib.parse
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

MIB = 1024 * 1024

TITLE = "Night buses return to the river towns"
PARAS = [
    "The regional transport board voted on Tuesday to restore night bus "
    "services between the river towns, two years after they were cut.",
    "Buses will run every forty minutes between midnight and five in the "
    "morning, starting on the first Friday of next month.",
    "Board member Ruth Adeyemi said shift workers had asked for the service "
    "at every public meeting since the cuts.",
    "The board expects about nine hundred riders a night once the timetable "
    "is printed and the new stops are marked.",
    "Operators will hire twelve drivers, and the depot at Millbrook will stay "
    "open through the night for the first time since the cuts.",
]


def told(times):
    """PARAS told times over, each telling marked, so that no telling is
    the same as another (a page that prints its story twice is read once)."""
    return ["In part %d, %s%s" % (k + 1, p[0].lower(), p[1:])
            for k in range(times) for p in PARAS]


def article_html(paras=PARAS, charset_meta=True, extra_head="", extra_body=""):
    meta = '<meta charset="utf-8">' if charset_meta else ""
    body = "\n".join("<p>%s</p>" % p for p in paras)
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head>%s<title>%s | River Post"
        "</title>%s</head>\n<body><nav><a href=\"/\">Home</a> <a href=\"/n\">"
        "News</a></nav>\n<article><h1>%s</h1>\n%s\n%s</article>\n"
        "<footer><p>River Post</p></footer></body></html>\n"
        % (meta, TITLE, extra_head, TITLE, body, extra_body))


ARTICLE = article_html().encode("utf-8")

RU_TITLE = "В Заречье открылся новый паромный причал"
RU_PARAS = [
    "В понедельник в Заречье открылся новый паромный причал, который "
    "заменил старую деревянную пристань.",
    "Паром будет ходить каждые полчаса с шести утра до полуночи, сообщили "
    "в администрации района.",
    "Жители давно просили о ремонте: старая пристань была закрыта почти "
    "год из-за трещин в опорах.",
]

NAV_ONLY = (
    "<!DOCTYPE html><html><head><title>Sections</title></head><body>"
    "<header><nav><ul><li><a href=\"/news\">News</a></li>"
    "<li><a href=\"/sport\">Sport</a></li><li><a href=\"/arts\">Arts</a></li>"
    "<li><a href=\"/weather\">Weather</a></li></ul></nav></header>"
    "<footer><ul><li><a href=\"/about\">About</a></li>"
    "<li><a href=\"/privacy\">Privacy</a></li></ul></footer></body></html>"
).encode("utf-8")


def png_bytes():
    """A valid 64x64 PNG with noisy pixels."""
    def chunk(kind, data):
        body = kind + data
        return (struct.pack(">I", len(data)) + body +
                struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF))
    rows = b"".join(b"\x00" + bytes((x * 7 + y * 13) % 256
                                    for x in range(64 * 3))
                    for y in range(64))
    return (b"\x89PNG\r\n\x1a\n" +
            chunk(b"IHDR", struct.pack(">IIBBBBB", 64, 64, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def pdf_bytes():
    """A small one-page PDF whose content stream holds readable sentences,
    as real PDFs often do: an extractor that takes it for HTML finds 'text'."""
    stream = (b"BT /F1 12 Tf 72 712 Td (The council approved the budget on "
              b"Monday after a long debate about the harbour.) Tj ET\n"
              b"BT /F1 12 Tf 72 690 Td (Members said the new ferry would "
              b"run from the spring and cost less than expected.) Tj ET\n")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += (b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, xref))
    return out


def invalid_utf8():
    paras = list(PARAS)
    paras[1] = paras[1].replace("forty", "forty \udcff\udcfe")
    html = article_html(paras)
    # Stray continuation bytes, a truncated sequence, an overlong form and a
    # UTF-16 surrogate encoded as UTF-8, all inside otherwise good text.
    raw = html.encode("utf-8", "surrogateescape")
    return raw.replace(b"Millbrook", b"Mill\x80\xbfbrook \xc0\xaf \xed\xa0\x80 "
                       b"\xe2\x82")


def many_paragraphs(n=100000):
    parts = ["<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
             "<title>Long</title></head><body><article><h1>A long page</h1>"]
    parts += ["<p>Paragraph %d of the long page has a few words.</p>" % i
              for i in range(n)]
    parts.append("</article></body></html>")
    return "\n".join(parts).encode("utf-8")


def long_sentence(size=MIB):
    words = ("river bus night town board driver depot timetable stop "
             "rider ").encode("ascii")
    body = (words * (size // len(words) + 1))[:size]
    return (b"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            b"<title>Run on</title></head><body><article><h1>Run on</h1><p>" +
            body + b"</p></article></body></html>")


def deep(levels=10000):
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<title>Deep</title></head><body>" + "<div>" * levels +
            "<p>%s</p><p>%s</p>" % (PARAS[0], PARAS[1]) + "</div>" * levels +
            "</body></html>").encode("utf-8")


def entities(port):
    head = ('<link rel="stylesheet" href="/res/style.css">'
            '<script src="/res/app.js"></script>')
    body = ('<img src="/res/photo.jpg" alt=""><iframe src="/res/frame">'
            '</iframe><p>&xxe; &ext;</p>')
    html = article_html(extra_head=head, extra_body=body)
    doctype = ('<!DOCTYPE html SYSTEM "http://127.0.0.1:%d/res/evil.dtd" [\n'
               '<!ENTITY xxe SYSTEM "file:///etc/hostname">\n'
               '<!ENTITY ext SYSTEM "http://127.0.0.1:%d/res/entity">\n]>\n'
               % (port, port))
    return html.replace("<!DOCTYPE html>\n", doctype).encode("utf-8")


def gzip_stream(total, unit=b" " * 65536):
    """total bytes of unit, gzip-compressed in pieces (never all in memory)."""
    comp = zlib.compressobj(9, zlib.DEFLATED, 31)
    out = []
    left = total
    while left > 0:
        piece = unit[:min(left, len(unit))]
        out.append(comp.compress(piece))
        left -= len(piece)
    out.append(comp.flush())
    return b"".join(out)


class Cache:
    """Pages built on first use, once: some take a moment to make."""
    lock = threading.Lock()
    pages = {}

    @classmethod
    def get(cls, name, make):
        with cls.lock:
            if name not in cls.pages:
                cls.pages[name] = make()
            return cls.pages[name]


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "kispeak-faults/1"
    hits = {}
    hits_lock = threading.Lock()
    port = 0

    def log_message(self, format, *args):  # quiet: the script reads stdout
        pass

    def head(self, code, ctype, length=None, extra=()):
        self.send_response(code)
        if ctype:
            self.send_header("Content-Type", ctype)
        if length is not None:
            self.send_header("Content-Length", str(length))
        else:
            self.send_header("Connection", "close")
            self.close_connection = True
        for name, value in extra:
            self.send_header(name, value)
        self.end_headers()

    def send(self, code, ctype, body, extra=()):
        self.head(code, ctype, len(body), extra)
        if self.command != "HEAD":
            self.wfile.write(body)

    def redirect(self, location):
        self.send(302, "text/html; charset=utf-8",
                  b"<html><body>Moved</body></html>",
                  [("Location", location)])

    def stream(self, ctype, total, chunk, with_length):
        self.head(200, ctype, total if with_length else None)
        sent = 0
        try:
            while sent < total:
                piece = chunk[:min(len(chunk), total - sent)]
                self.wfile.write(piece)
                sent += len(piece)
        except OSError:
            pass  # the client stopped reading: that is the point
        self.close_connection = True

    def do_GET(self):
        path = urllib.parse.urlsplit(self.path).path
        with self.hits_lock:
            Handler.hits[path] = Handler.hits.get(path, 0) + 1
        html = "text/html; charset=utf-8"
        route = ROUTES.get(path)
        if route:
            route(self)
        elif path.startswith("/status/") and path[8:].isdigit():
            code = int(path[8:])
            self.send(code, html, (
                "<html><head><title>Error %d</title></head><body><h1>Error %d"
                "</h1><p>The server could not give you this page, and this "
                "paragraph is long enough to look like an article.</p>"
                "</body></html>" % (code, code)).encode("utf-8"))
        elif path.startswith("/chain/") and path[7:].isdigit():
            n = int(path[7:])
            self.redirect("/chain/%d" % (n - 1) if n > 0 else "/article")
        elif path == "/_hits":
            with self.hits_lock:
                body = json.dumps(Handler.hits).encode("utf-8")
            self.send(200, "application/json", body)
        else:
            self.send(404, html, b"<html><body><p>Not here.</p></body></html>")

    def r_hang(self):
        # The request has been read; answer nothing until the client leaves.
        self.close_connection = True
        try:
            self.connection.settimeout(60)
            self.connection.recv(1)
        except OSError:
            pass

    def r_drip(self):
        body = ARTICLE
        self.head(200, "text/html; charset=utf-8", len(body))
        try:
            for i in range(len(body)):
                self.wfile.write(body[i:i + 1])
                self.wfile.flush()
                time.sleep(1)
        except OSError:
            pass
        self.close_connection = True

    def r_reset(self):
        body = Cache.get("many", many_paragraphs)[:4 * MIB]
        self.head(200, "text/html; charset=utf-8", len(body))
        try:
            self.wfile.write(body[:len(body) // 2])
            self.wfile.flush()
            time.sleep(0.2)
            # SO_LINGER with a zero timeout makes close() send a RST.
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                       struct.pack("ii", 1, 0))
        except OSError:
            pass
        self.close_connection = True
        self.connection.close()

    def r_gzip_truncated(self):
        # Small, so that a fetcher that misses the truncation speaks only a
        # few sentences before the test notices.
        whole = gzip.compress(article_html(told(2)).encode("utf-8"))
        body = whole[:len(whole) * 3 // 5]
        self.send(200, "text/html; charset=utf-8", body,
                  [("Content-Encoding", "gzip")])

    def r_gzip_bomb(self):
        body = Cache.get("bomb", lambda: gzip_stream(256 * MIB))
        self.send(200, "text/html; charset=utf-8", body,
                  [("Content-Encoding", "gzip")])

    def r_big(self):
        self.stream("text/html; charset=utf-8", 40 * MIB,
                    b"<p>" + b"filler text " * 5000 + b"</p>\n", True)

    def r_big_stream(self):
        self.stream("text/html; charset=utf-8", 40 * MIB,
                    b"<p>" + b"filler text " * 5000 + b"</p>\n", False)


def fixed(ctype, make):
    def route(handler):
        handler.send(200, ctype, Cache.get(make.__name__, make))
    return route


def article():
    return ARTICLE


def long_article():
    return article_html(told(30)).encode("utf-8")


def empty():
    return b""


def nav_only():
    return NAV_ONLY


def utf16_bom():
    # No charset in the header nor in the page: only the BOM tells.
    return b"\xff\xfe" + article_html(charset_meta=False).encode("utf-16-le")


def cp1251_header():
    return article_html(RU_PARAS, charset_meta=False).replace(
        TITLE, RU_TITLE).replace('lang="en"', 'lang="ru"').encode("cp1251")


ROUTES = {
    "/article": fixed("text/html; charset=utf-8", article),
    "/long-article": fixed("text/html; charset=utf-8", long_article),
    "/loop": lambda h: h.redirect("/loop"),
    "/to-file": lambda h: h.redirect("file:///etc/passwd"),
    "/to-ftp": lambda h: h.redirect("ftp://127.0.0.1/article"),
    "/hang": Handler.r_hang,
    "/drip": Handler.r_drip,
    "/reset": Handler.r_reset,
    "/gzip-truncated": Handler.r_gzip_truncated,
    "/gzip-bomb": Handler.r_gzip_bomb,
    "/big": Handler.r_big,
    "/big-stream": Handler.r_big_stream,
    "/empty": fixed("text/html; charset=utf-8", empty),
    "/nav-only": fixed("text/html; charset=utf-8", nav_only),
    "/png-as-html": fixed("text/html", png_bytes),
    "/pdf-as-html": fixed("text/html; charset=utf-8", pdf_bytes),
    "/html-as-plain": fixed("text/plain; charset=utf-8", article),
    "/invalid-utf8": fixed("text/html; charset=utf-8", invalid_utf8),
    "/utf16-bom": fixed("text/html", utf16_bom),
    "/cp1251-header": fixed("text/html; charset=windows-1251", cp1251_header),
    "/many-paragraphs": fixed("text/html; charset=utf-8", many_paragraphs),
    "/long-sentence": fixed("text/html; charset=utf-8", long_sentence),
    "/deep": fixed("text/html; charset=utf-8", deep),
    "/entities": lambda h: h.send(200, "text/html; charset=utf-8",
                                  entities(Handler.port)),
}


def serve(server):
    try:
        server.serve_forever(poll_interval=0.1)
    except Exception:  # noqa: BLE001 - a dying server ends the tests anyway
        pass


def main(argv):
    if len(argv) not in (1, 3):
        sys.stderr.write("usage: python3 tests/fault_server.py [CERT KEY]\n")
        return 2
    servers = [ThreadingHTTPServer(("127.0.0.1", 0), Handler)]
    Handler.port = servers[0].server_address[1]
    if len(argv) == 3:
        tls = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(argv[1], argv[2])
        tls.socket = ctx.wrap_socket(tls.socket, server_side=True)
        servers.append(tls)
    for s in servers:
        # A request stuck in /hang or /drip must not hold up the exit.
        s.daemon_threads = True
        s.block_on_close = False

    def stop(signum, frame):
        raise SystemExit(0)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    for s in servers:
        sys.stdout.write("%d\n" % s.server_address[1])
    sys.stdout.flush()
    for s in servers[1:]:
        threading.Thread(target=serve, args=(s,), daemon=True).start()
    try:
        servers[0].serve_forever(poll_interval=0.1)
    except SystemExit:
        pass
    finally:
        for s in servers:
            s.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
