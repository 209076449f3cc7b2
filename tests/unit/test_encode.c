/* test_encode.c - formats by name; files appear only whole, by rename.
 * SPDX-License-Identifier: MIT
 */
#include "harness.h"
#include "kispeak.h"

#include <dirent.h>
#include <math.h>
#include <sndfile.h>
#include <stdlib.h>
#include <unistd.h>

static int count_entries(const char *dir) {
  DIR *d = opendir(dir);
  struct dirent *e;
  int n = 0;
  if (!d)
    return -1;
  while ((e = readdir(d)) != NULL)
    if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
      n++;
  closedir(d);
  return n;
}

static void encode(const char *path, const struct ks_format *fmt) {
  struct ks_encoder *e;
  struct ks_error err = {KS_OK, "", NULL};
  struct ks_tags tags = {"Headline", "A. Writer", "Site", "2024-12-03",
                         "https://example.org/a"};
  struct ks_audio_spec spec = {.rate = 22050, .channels = 1};
  float tone[22050];
  SF_INFO info;
  SNDFILE *sf;
  const char *s;

  for (size_t i = 0; i < 22050; i++)
    tone[i] = (float)((i % 50) * 0.01 - 0.25);
  INT_EQ(ks_encoder_open(path, fmt, &spec, &tags, &e, &err), KS_OK, path);
  OK(access(path, F_OK) != 0, "nothing at OUTPUT before commit");
  INT_EQ(ks_encoder_write(e, tone, 22050, &err), KS_OK, "write a second");
  INT_EQ(ks_encoder_commit(e, NULL, &err), KS_OK, "commit");
  memset(&info, 0, sizeof info);
  sf = sf_open(path, SFM_READ, &info);
  OK(sf != NULL, "libsndfile reads the file back");
  if (!sf)
    return;
  INT_EQ(info.channels, 1, "mono");
  INT_EQ(info.samplerate, 22050, "rate");
  INT_EQ(info.frames, 22050, "every sample");
  s = sf_get_string(sf, SF_STR_TITLE);
  STR_EQ(s ? s : "", "Headline", "title tag");
  s = sf_get_string(sf, SF_STR_ARTIST);
  STR_EQ(s ? s : "", "A. Writer", "artist tag");
  sf_close(sf);
}

/* Ten seconds of stereo at 44.1 kHz (several times the writers' buffer),
 * read back sample for sample: the buffered file's flushes and the header
 * rewritten at the end (WAV sizes, FLAC STREAMINFO) hold. */
static void round_trip(const char *path, const struct ks_format *fmt) {
  struct ks_encoder *e;
  struct ks_error err = {KS_OK, "", NULL};
  struct ks_audio_spec spec = {.rate = 44100, .channels = 2};
  size_t n = 441000, bad = 0, got = 0;
  float *in = malloc(n * 2 * sizeof *in), *back = malloc(n * 2 * sizeof *back);
  SF_INFO info;
  SNDFILE *sf;
  unsigned seed = 7;
  for (size_t i = 0; i < n * 2; i++) {
    seed = seed * 1103515245u + 12345u;
    in[i] = (float)((int)(seed >> 16) % 60000 - 30000) / 32767.0f;
  }
  INT_EQ(ks_encoder_open(path, fmt, &spec, NULL, &e, &err), KS_OK, path);
  for (size_t i = 0; i < n; i += 1000)
    if (ks_encoder_write(e, in + i * 2, 1000, &err) != KS_OK)
      break;
  INT_EQ(err.code, KS_OK, "ten seconds written in blocks of 1000 frames");
  INT_EQ(ks_encoder_commit(e, NULL, &err), KS_OK, "committed");
  memset(&info, 0, sizeof info);
  sf = sf_open(path, SFM_READ, &info);
  OK(sf != NULL, "read back");
  if (sf) {
    got = (size_t)sf_readf_float(sf, back, (sf_count_t)n);
    sf_close(sf);
  }
  INT_EQ(got, n, "every frame back");
  INT_EQ(info.channels, 2, "stereo back");
  for (size_t i = 0; i < got * 2; i++)
    if (fabsf(back[i] - in[i]) > 1.0f / 32768.0f)
      bad++;
  INT_EQ(bad, 0, "every sample back within one step of 16 bits");
  free(in);
  free(back);
}

#define WAV ks_format_find("wav")
#define FLAC ks_format_find("flac")
#define OPUS ks_format_find("opus")

int main(void) {
  char dir[] = "/tmp/kispeak-enc-XXXXXX", path[128], missing[160];
  struct ks_encoder *e;
  struct ks_error err = {KS_OK, "", NULL};
  FILE *f;
  char old[16] = "";
  float z[100] = {0};
  struct ks_audio_spec spec = {.rate = 22050, .channels = 1};

  OK(ks_format_for_path("a/b.flac") == FLAC, ".flac");
  OK(ks_format_for_path("B.WAV") == WAV, ".WAV");
  OK(ks_format_for_path("x.flac/out") == NULL, "no extension");
  OK(ks_format_for_path("out.xyz") == NULL, "unknown extension");
  OK(ks_format_find("FLAC") == FLAC, "format by name, any case");
  OK(ks_format_for_path("ep.mp3") == ks_format_find("mp3"), ".mp3");
  OK(ks_format_for_path("ep.oga") == ks_format_find("ogg"), ".oga is Ogg");
  OK(ks_format_for_path("ep.opus") == OPUS, ".opus");
  OK(!ks_format_rate_ok(OPUS, 44100), "Opus refuses 44.1 kHz");
  OK(ks_format_rate_ok(OPUS, 48000), "Opus takes 48 kHz");
  OK(ks_format_rate_ok(ks_format_find("mp3"), 44100), "MP3 takes 44.1 kHz");
  STR_EQ(ks_format_find("mp3")->mime, "audio/mpeg", "MP3's MIME type");
  OK(ks_format_find("mp3")->lossy && !FLAC->lossy, "which formats are lossy");
  {
    struct ks_buf list = KS_BUF_INIT;
    size_t n;
    const struct ks_format *all = ks_formats(&n);
    ks_format_list(&list);
    STR_EQ(list.ptr, "wav, flac, mp3, ogg, opus, epub", "the formats' names");
    INT_EQ(n, 6, "six formats");
    for (size_t i = 0; i < n; i++)
      OK(all[i].writer && all[i].mime && all[i].exts[0] &&
             (all[i].rate ? ks_format_rate_ok(&all[i], all[i].rate)
                          : !all[i].lossy), /* 0: the voice's rate */
         all[i].name);
    ks_buf_free(&list);
  }

  if (!mkdtemp(dir))
    return 1;
  snprintf(path, sizeof path, "%s/out.wav", dir);
  encode(path, WAV);
  snprintf(path, sizeof path, "%s/out.flac", dir);
  encode(path, FLAC);
  round_trip(path, FLAC);
  snprintf(path, sizeof path, "%s/long.wav", dir);
  round_trip(path, WAV);
  unlink(path);
  snprintf(path, sizeof path, "%s/out.flac", dir);
  INT_EQ(count_entries(dir), 2, "no temporary file is left behind");

  /* an abort leaves an existing file as it was */
  f = fopen(path, "w");
  if (f) {
    fputs("precious", f);
    fclose(f);
  }
  INT_EQ(ks_encoder_open(path, FLAC, &spec, NULL, &e, &err), KS_OK,
         "open over an existing file");
  INT_EQ(count_entries(dir), 3, "the temporary file sits beside OUTPUT");
  INT_EQ(ks_encoder_write(e, z, 100, &err), KS_OK, "write");
  ks_encoder_abort(e);
  f = fopen(path, "r");
  if (f) {
    if (!fgets(old, sizeof old, f))
      old[0] = '\0';
    fclose(f);
  }
  STR_EQ(old, "precious", "abort leaves OUTPUT untouched");
  INT_EQ(count_entries(dir), 2, "abort removes the temporary file");

  snprintf(missing, sizeof missing, "%s/no/such/dir/out.wav", dir);
  INT_EQ(ks_encoder_open(missing, WAV, &spec, NULL, &e, &err), KS_ERR_ENCODE,
         "a missing directory fails");
  OK(strstr(err.msg, "No such file or directory") != NULL, err.msg);

  snprintf(path, sizeof path, "%s/out.wav", dir);
  unlink(path);
  snprintf(path, sizeof path, "%s/out.flac", dir);
  unlink(path);
  rmdir(dir);
  return t_summary("test_encode");
}
