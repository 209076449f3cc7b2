/* audiocheck.c - what a podcast host would check of an audio file: format,
 * rate, channels, duration, loudness and true peak (libebur128), tags.
 * SPDX-License-Identifier: MIT
 *
 * Usage: audiocheck FILE. Prints key=value lines. A test tool, not part of
 * kispeak: it decodes with libsndfile (WAV, FLAC, Ogg Vorbis, Opus, MP3).
 */
#include <ebur128.h>
#include <math.h>
#include <sndfile.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
  SF_INFO info = {0};
  SNDFILE *sf;
  ebur128_state *m;
  float *buf;
  sf_count_t n, frames = 0;
  double lufs = -HUGE_VAL, peak = 0;
  static const struct {
    int id;
    const char *name;
  } tags[] = {{SF_STR_TITLE, "title"},
              {SF_STR_ARTIST, "artist"},
              {SF_STR_ALBUM, "album"},
              {SF_STR_DATE, "date"},
              {SF_STR_COMMENT, "comment"}};

  if (argc != 2) {
    fprintf(stderr, "usage: audiocheck FILE\n");
    return 2;
  }
  sf = sf_open(argv[1], SFM_READ, &info);
  if (!sf) {
    fprintf(stderr, "audiocheck: %s: %s\n", argv[1], sf_strerror(NULL));
    return 1;
  }
  printf("major=%#x\nchannels=%d\nrate=%d\n", info.format & SF_FORMAT_TYPEMASK,
         info.channels, info.samplerate);
  for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++) {
    const char *s = sf_get_string(sf, tags[i].id);
    if (s)
      printf("%s=%s\n", tags[i].name, s);
  }
  m = ebur128_init((unsigned)info.channels, (unsigned long)info.samplerate,
                   EBUR128_MODE_I | EBUR128_MODE_TRUE_PEAK);
  buf = malloc(4096 * sizeof *buf * (size_t)info.channels);
  if (!m || !buf)
    return 1;
  while ((n = sf_readf_float(sf, buf, 4096)) > 0) {
    ebur128_add_frames_float(m, buf, (size_t)n);
    frames += n;
  }
  ebur128_loudness_global(m, &lufs);
  for (unsigned c = 0; c < (unsigned)info.channels; c++) {
    double p = 0;
    if (ebur128_true_peak(m, c, &p) == EBUR128_SUCCESS && p > peak)
      peak = p;
  }
  printf("frames=%lld\nseconds=%.3f\nlufs=%.2f\ntrue_peak_db=%.2f\n",
         (long long)frames, (double)frames / info.samplerate, lufs,
         peak > 0 ? 20 * log10(peak) : -HUGE_VAL);
  ebur128_destroy(&m);
  free(buf);
  sf_close(sf);
  return 0;
}
