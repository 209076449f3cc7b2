#!/usr/bin/env python3
"""audioinfo.py - print the format and tags of a FLAC or WAV file.

SPDX-License-Identifier: MIT

Usage: python3 tests/audioinfo.py FILE

Prints key=value lines: format, channels, rate, bits, frames, duration
(seconds), then one tag.NAME=value line per tag. FLAC tags come from the
Vorbis comment block (names upper-cased); WAV tags from the LIST/INFO
chunk, with the usual INFO ids mapped to the Vorbis names (INAM -> TITLE,
IART -> ARTIST, IPRD -> ALBUM, ICRD -> DATE, ICMT -> COMMENT ...), so a
test can ask for the same names in both. Exits 1 with a message on stderr
when the file is neither a valid FLAC nor a valid RIFF/WAVE file.

The e2e tests use it rather than libsndfile or sox so that they need only
python3's standard library.
"""

import struct
import sys

INFO_NAMES = {
    b"INAM": "TITLE",
    b"IART": "ARTIST",
    b"IPRD": "ALBUM",
    b"ICRD": "DATE",
    b"ICMT": "COMMENT",
    b"ICOP": "COPYRIGHT",
    b"ISFT": "SOFTWARE",
    b"IGNR": "GENRE",
    b"ITRK": "TRACKNUMBER",
}


class BadFile(Exception):
    pass


def read_flac(data):
    if data[:4] != b"fLaC":
        raise BadFile("no fLaC marker")
    pos = 4
    info = None
    tags = []
    while True:
        if pos + 4 > len(data):
            raise BadFile("truncated metadata block header")
        head = data[pos]
        last = head & 0x80
        kind = head & 0x7F
        size = int.from_bytes(data[pos + 1:pos + 4], "big")
        body = data[pos + 4:pos + 4 + size]
        if len(body) != size:
            raise BadFile("truncated metadata block")
        if kind == 0:
            if size != 34:
                raise BadFile("STREAMINFO is %d bytes, not 34" % size)
            # Bytes 10..17: rate (20 bits), channels-1 (3), bits-1 (5),
            # total samples (36).
            packed = int.from_bytes(body[10:18], "big")
            rate = packed >> 44
            channels = ((packed >> 41) & 0x7) + 1
            bits = ((packed >> 36) & 0x1F) + 1
            frames = packed & 0xFFFFFFFFF
            info = {"rate": rate, "channels": channels, "bits": bits,
                    "frames": frames}
        elif kind == 4:
            tags = parse_vorbis_comment(body)
        pos += 4 + size
        if last:
            break
    if info is None:
        raise BadFile("no STREAMINFO block")
    if pos + 2 > len(data) or data[pos] != 0xFF or (data[pos + 1] & 0xFC) != 0xF8:
        raise BadFile("no audio frame sync after the metadata")
    info["format"] = "flac"
    return info, tags


def parse_vorbis_comment(body):
    # Vorbis comments are little-endian, unlike the rest of FLAC.
    try:
        vlen = struct.unpack_from("<I", body, 0)[0]
        pos = 4 + vlen
        count = struct.unpack_from("<I", body, pos)[0]
        pos += 4
        tags = []
        for _ in range(count):
            n = struct.unpack_from("<I", body, pos)[0]
            pos += 4
            entry = body[pos:pos + n].decode("utf-8", "replace")
            pos += n
            name, _, value = entry.partition("=")
            tags.append((name.upper(), value))
        return tags
    except struct.error:
        raise BadFile("truncated Vorbis comment")


def read_wav(data):
    if data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        raise BadFile("no RIFF/WAVE header")
    pos = 12
    fmt = None
    data_len = None
    tags = []
    while pos + 8 <= len(data):
        cid = data[pos:pos + 4]
        size = struct.unpack_from("<I", data, pos + 4)[0]
        body = data[pos + 8:pos + 8 + size]
        if cid == b"fmt ":
            if size < 16:
                raise BadFile("fmt chunk too short")
            tag, channels, rate, _, align, bits = struct.unpack_from(
                "<HHIIHH", body, 0)
            fmt = {"tag": tag, "channels": channels, "rate": rate,
                   "align": align, "bits": bits}
        elif cid == b"data":
            data_len = min(size, len(data) - pos - 8)
        elif cid == b"LIST" and body[:4] == b"INFO":
            tags.extend(parse_info(body[4:]))
        pos += 8 + size + (size & 1)  # chunks are padded to even sizes
    if fmt is None:
        raise BadFile("no fmt chunk")
    if data_len is None:
        raise BadFile("no data chunk")
    if fmt["align"] == 0:
        raise BadFile("block align is 0")
    info = {"format": "wav", "rate": fmt["rate"], "channels": fmt["channels"],
            "bits": fmt["bits"], "frames": data_len // fmt["align"],
            "codec": fmt["tag"]}
    return info, tags


def parse_info(body):
    tags = []
    pos = 0
    while pos + 8 <= len(body):
        cid = body[pos:pos + 4]
        size = struct.unpack_from("<I", body, pos + 4)[0]
        raw = body[pos + 8:pos + 8 + size].split(b"\0", 1)[0]
        name = INFO_NAMES.get(cid, cid.decode("latin-1"))
        tags.append((name, raw.decode("utf-8", "replace")))
        pos += 8 + size + (size & 1)
    return tags


def describe(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:4] == b"fLaC":
        info, tags = read_flac(data)
    elif data[:4] == b"RIFF":
        info, tags = read_wav(data)
    else:
        raise BadFile("neither FLAC nor RIFF/WAVE (starts with %r)" % data[:4])
    rate = info["rate"]
    info["duration"] = "%.3f" % (info["frames"] / rate if rate else 0.0)
    lines = ["%s=%s" % (k, info[k]) for k in
             ("format", "channels", "rate", "bits", "frames", "duration")]
    if "codec" in info:
        lines.append("codec=%d" % info["codec"])
    lines += ["tag.%s=%s" % (name, value) for name, value in tags]
    return lines


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: python3 tests/audioinfo.py FILE\n")
        return 2
    try:
        lines = describe(argv[1])
    except (OSError, BadFile) as e:
        sys.stderr.write("audioinfo: %s: %s\n" % (argv[1], e))
        return 1
    sys.stdout.write("".join(line + "\n" for line in lines))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
