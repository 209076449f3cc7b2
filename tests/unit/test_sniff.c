/* test_sniff.c - binary files are told from text by their first bytes.
 * SPDX-License-Identifier: MIT
 */
#include "harness.h"
#include "sniff.h"

#include <stdlib.h>

// Literals may hold NUL bytes, so each case carries its length.
#define CASE(lit, want)                                                        \
  { lit, sizeof lit - 1, want }

static const struct {
  const char *in;
  size_t len;
  const char *want; /* NULL: may be text */
} cases[] = {
    CASE("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "PNG image"),
    CASE("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF document"),
    CASE("\xFF\xD8\xFF\xE0\0\x10JFIF", "JPEG image"),
    CASE("GIF89a\x01\0\x01\0", "GIF image"),
    CASE("GIF87a", "GIF image"),
    CASE("PK\x03\x04\x14\0", "ZIP archive"),
    CASE("\x1F\x8B\x08\0", "gzip data"),
    CASE("OggS\0\x02", "Ogg audio"),
    CASE("fLaC\0\0\0\x22", "FLAC audio"),
    CASE("ID3\x04\0\0\0\0\0\0", "MP3 audio"),
    CASE("\xFF\xFB\x90\x64", "MP3 audio"), /* a bare MPEG frame header */
    CASE("RIFF\x24\0\0\0WAVEfmt ", "WAV audio"),
    CASE("RIFF\x24\0\0\0WEBPVP8 ", "WebP image"),
    CASE("RIFF\x24\0\0\0AVI LIST", "AVI video"),
    CASE("RIFF\x24\0\0\0CDXA", "RIFF (WAV/AVI/WebP) data"),
    CASE("\0asm\x01\0\0\0", "WebAssembly"),
    CASE("\0\0\0 ftypisom", "MP4/QuickTime media"),
    CASE("\177ELF\x02\x01", "ELF executable"),
    CASE("<html>\0<body>", "binary data"), /* a NUL inside the window */
    CASE("\0\0\x01\0", "binary data"),     /* an icon: no signature here */
    /* text */
    CASE("<!DOCTYPE html><html><body><p>Hello</p>", NULL),
    CASE("\xEF\xBB\xBF<html>", NULL),
    CASE("\xFF\xFE<\0h\0t\0m\0l\0>\0", NULL), /* UTF-16LE with its BOM */
    CASE("\xFE\xFF\0<\0h\0t\0m\0l\0>", NULL), /* UTF-16BE with its BOM */
    CASE("\0\0\xFE\xFF\0\0\0<", NULL),        /* UTF-32BE with its BOM */
    CASE("ID3 tags, explained", NULL),        /* looks like a tag, is not */
    CASE("PK is a shortcut", NULL),
    CASE("RIFF", NULL),
    CASE("RIFF raids on the coast", NULL),
    CASE("\x89PN", NULL), /* too short to tell */
    CASE("", NULL),
    CASE("Plain text about GIF89a files.", NULL),
};

int main(void) {
  char what[64];
  unsigned char *late;

  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    const char *got = ks_sniff_binary(cases[i].in, cases[i].len);
    snprintf(what, sizeof what, "case %zu", i);
    STR_EQ(got ? got : "(text)", cases[i].want ? cases[i].want : "(text)",
           what);
  }

  // Only the first 512 bytes are looked at for a NUL.
  late = malloc(1024);
  memset(late, 'a', 1024);
  late[600] = '\0';
  OK(ks_sniff_binary(late, 1024) == NULL, "a NUL past 512 bytes is not seen");
  late[511] = '\0';
  STR_EQ(ks_sniff_binary(late, 1024), "binary data", "a NUL at byte 511");
  free(late);
  return t_summary("test_sniff");
}
