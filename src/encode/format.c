/* format.c - the one table of audio formats: every fact about each, once.
 * SPDX-License-Identifier: MIT
 */
#include "writer.h"
#include "ascii.h"
#include "buf.h"

#include <string.h>

/* The loudness facts below were measured on decoded files of the shared news
 * fixture (tests/audiocheck.c): MP3, Vorbis and Opus at these bit rates
 * decode 0.4 to 0.7 LU quieter than what they were given (hence the offset,
 * the middle of that), and their decoders overshoot the peaks they were
 * given, Opus's the most (hence ceilings below -1 dBTP by that margin). */
static const int opus_rates[] = {8000, 12000, 16000, 24000, 48000, 0};
static const int mp3_rates[] = {16000, 22050, 24000, 32000, 44100, 48000, 0};

static const struct ks_format table[] = {
    {.name = "wav",
     .exts = (const char *const[]){"wav", NULL},
     .mime = "audio/wav",
     .library = "libsndfile",
     .ceiling_dbtp = -1.3,
     .writer = &ks_writer_sndfile_wav,
     .stream_writer = &ks_writer_wav_stream},
    {.name = "flac",
     .exts = (const char *const[]){"flac", NULL},
     .mime = "audio/flac",
     .library = "libFLAC",
     .ceiling_dbtp = -1.3,
     .writer = &ks_writer_flac},
    {.name = "mp3",
     .exts = (const char *const[]){"mp3", NULL},
     .mime = "audio/mpeg",
     .library = "LAME",
     .lossy = true,
     .rates = mp3_rates,
     .rate = 44100,
     .kbps_mono = 64,
     .kbps_stereo = 96,
     .ceiling_dbtp = -2.0,
     .lufs_offset = 0.5,
     .writer = &ks_writer_mp3_parallel,
     .decode = ks_sndfile_decode},
    {.name = "ogg",
     .exts = (const char *const[]){"ogg", "oga", NULL},
     .mime = "audio/ogg",
     .library = "libvorbisenc",
     .lossy = true,
     .rate = 44100,
     .quality = 0.2f,
     .ceiling_dbtp = -2.6,
     .lufs_offset = 0.5,
     .writer = &ks_writer_vorbis_parallel,
     .decode = ks_sndfile_decode},
    {.name = "opus",
     .exts = (const char *const[]){"opus", NULL},
     .mime = "audio/ogg",
     .library = "libopus",
     .lossy = true,
     .rates = opus_rates,
     .rate = 48000,
     .kbps_mono = 48,
     .kbps_stereo = 64,
     .ceiling_dbtp = -2.6,
     .lufs_offset = 0.5,
     .writer = &ks_writer_opus_parallel,
     .decode = ks_sndfile_decode},
    {.name = "epub",
     .exts = (const char *const[]){"epub", NULL},
     .mime = "application/epub+zip",
     .library = "libzip, with MP3 inside (LAME)",
     .lossy = true,
     .rates = mp3_rates,
     .rate = 44100,
     .kbps_mono = 64,
     .kbps_stereo = 96,
     .ceiling_dbtp = -2.0,
     .lufs_offset = 0.5,
     .writer = &ks_writer_mp3_parallel,
     .decode = ks_sndfile_decode,
     .epub = true},
};
#define N_FORMATS (sizeof table / sizeof table[0])

const struct ks_format *ks_formats(size_t *n) {
  *n = N_FORMATS;
  return table;
}

const struct ks_format *ks_format_find(const char *name) {
  for (size_t i = 0; i < N_FORMATS; i++) {
    if (ks_eq_ci(name, table[i].name))
      return &table[i];
    for (const char *const *e = table[i].exts; *e; e++)
      if (ks_eq_ci(name, *e))
        return &table[i];
  }
  return NULL;
}

const struct ks_format *ks_format_for_path(const char *path) {
  const char *slash = strrchr(path, '/');
  const char *dot = strrchr(slash ? slash : path, '.');
  return dot ? ks_format_find(dot + 1) : NULL;
}

void ks_format_list(struct ks_buf *out) {
  for (size_t i = 0; i < N_FORMATS; i++) {
    if (i)
      ks_buf_puts(out, ", ");
    ks_buf_puts(out, table[i].name);
  }
}

bool ks_format_rate_ok(const struct ks_format *fmt, int rate) {
  if (!fmt->rates)
    return rate >= 8000 && rate <= 192000;
  for (const int *r = fmt->rates; *r; r++)
    if (*r == rate)
      return true;
  return false;
}

void ks_format_rates(const struct ks_format *fmt, struct ks_buf *out) {
  if (!fmt->rates) {
    ks_buf_puts(out, "8000 to 192000");
    return;
  }
  for (const int *r = fmt->rates; *r; r++) {
    if (r != fmt->rates)
      ks_buf_puts(out, r[1] ? ", " : " or ");
    ks_buf_printf(out, "%d", *r);
  }
}
