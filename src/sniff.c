/* sniff.c - tell binary files from text by their first bytes.
 * SPDX-License-Identifier: MIT
 *
 * A server may say text/html of anything, and a local file has no type at
 * all: the bytes themselves are the only witness. Known signatures name the
 * file; otherwise a NUL byte early on means it is not text, since no text
 * encoding but UTF-16 and UTF-32 (which start with a byte-order mark, or are
 * declared) puts one there.
 */
#include "sniff.h"

#include <stdbool.h>
#include <string.h>

#define SNIFF_WINDOW 512 /* bytes looked at for a NUL */

struct magic {
  size_t off;      /* where the signature starts */
  const char *sig; /* its bytes */
  size_t len;
  const char *what;
};

#define M(off, sig, what)                                                      \
  { off, sig, sizeof sig - 1, what }

// Signatures long or odd enough that no web page starts with them.
static const struct magic magics[] = {
    M(0, "\x89PNG\r\n\x1a\n", "PNG image"),
    M(0, "%PDF-", "PDF document"),
    M(0, "\xFF\xD8\xFF", "JPEG image"),
    M(0, "GIF87a", "GIF image"),
    M(0, "GIF89a", "GIF image"),
    M(0, "PK\x03\x04", "ZIP archive"),
    M(0, "PK\x05\x06", "ZIP archive"),
    M(0, "PK\x07\x08", "ZIP archive"),
    M(0, "\x1F\x8B", "gzip data"),
    M(0, "\xFD\x37\x7A\x58\x5A\x00", "xz data"),
    M(0, "7z\xBC\xAF\x27\x1C", "7-Zip archive"),
    M(0, "\x28\xB5\x2F\xFD", "Zstandard data"),
    M(0, "OggS", "Ogg audio"),
    M(0, "fLaC", "FLAC audio"),
    M(0, "ID3\x02", "MP3 audio"), /* an ID3v2 tag, versions 2 to 4 */
    M(0, "ID3\x03", "MP3 audio"),
    M(0, "ID3\x04", "MP3 audio"),
    M(0, "\x1A\x45\xDF\xA3", "Matroska/WebM video"),
    M(4, "ftyp", "MP4/QuickTime media"),
    M(0, "\0asm", "WebAssembly"),
    M(0, "\177ELF", "ELF executable"),
    M(0, "II*\x00", "TIFF image"),
    M(0, "MM\x00*", "TIFF image"),
    M(0, "wOFF", "WOFF font"),
    M(0, "wOF2", "WOFF2 font"),
    M(0, "SQLite format 3\x00", "SQLite database"),
    M(0, "\xCA\xFE\xBA\xBE", "Java class file"),
};

// "RIFF" wraps several formats; the form type says which.
static const struct magic riff_forms[] = {
    M(8, "WAVE", "WAV audio"),
    M(8, "AVI ", "AVI video"),
    M(8, "WEBP", "WebP image"),
};

#undef M

static bool has(const unsigned char *p, size_t n, const struct magic *m) {
  return n >= m->off + m->len && !memcmp(p + m->off, m->sig, m->len);
}

/* A byte-order mark of UTF-16 or UTF-32: such text is full of NULs. UTF-32LE
 * starts like UTF-16LE, so one test covers both. */
static bool wide_bom(const unsigned char *p, size_t n) {
  return n >= 2 &&
         ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF) ||
          (n >= 4 && p[0] == 0 && p[1] == 0 && p[2] == 0xFE && p[3] == 0xFF));
}

/* An MPEG audio frame header without an ID3 tag: 11 sync bits, then a
 * version, layer, bit rate and sample rate that are not the reserved
 * values. Called only after the byte-order marks, which look alike. */
static bool mpeg_frame(const unsigned char *p, size_t n) {
  return n >= 3 && p[0] == 0xFF && (p[1] & 0xE0) == 0xE0 &&
         ((p[1] >> 3) & 3) != 1 && ((p[1] >> 1) & 3) != 0 &&
         (p[2] >> 4) != 15 && ((p[2] >> 2) & 3) != 3;
}

const char *ks_sniff_binary(const void *data, size_t n) {
  const unsigned char *p = data;
  size_t window = n < SNIFF_WINDOW ? n : SNIFF_WINDOW;

  if (wide_bom(p, n))
    return NULL;
  for (size_t i = 0; i < sizeof magics / sizeof magics[0]; i++)
    if (has(p, n, &magics[i]))
      return magics[i].what;
  if (n >= 12 && !memcmp(p, "RIFF", 4)) {
    for (size_t i = 0; i < sizeof riff_forms / sizeof riff_forms[0]; i++)
      if (has(p, n, &riff_forms[i]))
        return riff_forms[i].what;
    // Another form: its little-endian size under 16 MiB puts a NUL at 7.
    if (p[7] == 0)
      return "RIFF (WAV/AVI/WebP) data";
  }
  if (mpeg_frame(p, n))
    return "MP3 audio";
  if (memchr(p, '\0', window))
    return "binary data";
  return NULL;
}
