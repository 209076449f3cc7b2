/* test_episode.c - an article in, an episode out: the protocol between
 * synthesis, the signal path and the encoder, with a fake writer whose
 * decoder overshoots, and several episodes from one process.
 * SPDX-License-Identifier: MIT
 */
#include "harness.h"
#include "encode/writer.h"

#include <math.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

/* ---------------------------------------------------------------- fake */

/* The fake format writes raw floats. Its decoder plays them back louder by
 * `overshoot_db`, as a lossy decoder overshoots the peaks it was given. */
static double overshoot_db;
static int decodes, opens;
static volatile sig_atomic_t *stop_on_write; /* set on the first write */

static enum ks_status fake_open(struct ks_vfile *out,
                                const struct ks_writer_spec *s,
                                const struct ks_tags *tags, void **state,
                                struct ks_error *err) {
  (void)s, (void)tags, (void)err;
  opens++;
  *state = out;
  return KS_OK;
}

static enum ks_status fake_write(void *state, const float *frames, size_t n,
                                 struct ks_error *err) {
  if (stop_on_write)
    *stop_on_write = 1;
  if (ks_vfile_write(state, frames, n * sizeof *frames) != n * sizeof *frames)
    return ks_error_set(err, KS_ERR_ENCODE, "fake: cannot write");
  return KS_OK;
}

static enum ks_status fake_finish(void *state, struct ks_error *err) {
  (void)state, (void)err;
  return KS_OK;
}

static void fake_drop(void *state) { (void)state; }

static const struct ks_writer fake_writer = {fake_open, fake_write, fake_finish,
                                             fake_drop};

static enum ks_status fake_decode(const char *path,
                                  const struct ks_frame_sink *sink,
                                  struct ks_error *err) {
  FILE *f = fopen(path, "rb");
  float buf[4096];
  size_t n;
  float gain = (float)pow(10.0, overshoot_db / 20.0);
  enum ks_status st = KS_OK;
  decodes++;
  if (!f)
    return ks_error_set(err, KS_ERR_ENCODE, "fake: cannot read %s", path);
  while (st == KS_OK && (n = fread(buf, sizeof *buf, 4096, f)) > 0) {
    for (size_t i = 0; i < n; i++)
      buf[i] *= gain;
    st = sink->write(sink->ctx, buf, n, err);
  }
  fclose(f);
  return st;
}

/* The loudest sample of a fake file as its decoder plays it, in dBFS (a
 * lower bound of the true peak). */
static double decoded_max_db(const char *path) {
  FILE *f = fopen(path, "rb");
  float buf[4096], m = 0;
  size_t n;
  if (!f)
    return 99;
  while ((n = fread(buf, sizeof *buf, 4096, f)) > 0)
    for (size_t i = 0; i < n; i++)
      m = fabsf(buf[i]) > m ? fabsf(buf[i]) : m;
  fclose(f);
  return 20 * log10(m > 0 ? m : 1e-9) + overshoot_db;
}

static bool exists(const char *path) { return access(path, F_OK) == 0; }

static long size_of(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 ? (long)st.st_size : -1;
}

int main(void) {
  char dir[] = "/tmp/kispeak-episode-XXXXXX";
  char src[128], out[128], vtt[128], txt[128], json[128];
  struct ks_format lossy, lossless;
  struct ks_episode_opts o;
  struct ks_episode_result res;
  struct ks_synth *engine = NULL;
  struct ks_error err = {KS_OK, "", NULL};
  volatile sig_atomic_t stop = 0;
  FILE *f;

  if (!mkdtemp(dir))
    return 1;
  snprintf(src, sizeof src, "%s/article.txt", dir);
  snprintf(out, sizeof out, "%s/ep.fake", dir);
  snprintf(vtt, sizeof vtt, "%s/ep.vtt", dir);
  snprintf(txt, sizeof txt, "%s/ep.txt", dir);
  snprintf(json, sizeof json, "%s/ep.json", dir);
  f = fopen(src, "w");
  if (!f)
    return 1;
  for (int i = 0; i < 6; i++)
    fprintf(f,
            "The harbour ferry left at %d in the morning, on Dec. 3. It "
            "carried 412 people across the bay, and the crossing took "
            "forty minutes in calm water.\n\n",
            i + 6);
  fclose(f);

  /* fakes built on the real table's entries: the same facts, another writer */
  lossy = *ks_format_find("mp3");
  lossy.writer = &fake_writer;
  lossy.decode = fake_decode;
  lossless = *ks_format_find("flac");
  lossless.writer = &fake_writer;

  INT_EQ(ks_synth_new(&engine, &err), KS_OK, "the engine starts");
  ks_episode_opts_init(&o);
  o.voice_dir = "voices";
  o.audio = out;

  /* 1. a decoder that overshoots by 2 dB: pass two is redone once, under a
   * ceiling lowered by the overshoot, and the decoded file is within
   * -1 dBTP */
  overshoot_db = 2.0;
  decodes = opens = 0;
  o.format = &lossy;
  INT_EQ(ks_episode_make(engine, src, &o, &res, &err), KS_OK, err.msg);
  INT_EQ(res.passes, 2, "a lossy overshoot redoes pass two once");
  INT_EQ(decodes, 2, "the file is decoded after each pass");
  INT_EQ(opens, 2, "into a fresh file each time");
  OK(decoded_max_db(out) <= -1.0, "the kept file decodes within -1 dBTP");
  INT_EQ((long)res.bytes, size_of(out), "bytes: the file's size");
  OK(fabs(res.seconds - (double)size_of(out) / 4 / res.rate) < 0.01,
     "seconds: the audio's length");
  OK(res.format == &lossy && res.n_written == 1, "the format; one file");

  /* 2. an overshoot no ceiling within reach fixes (the ceiling goes at most
   * 1.5 dB lower): one redo at the lowest ceiling, then it stops */
  overshoot_db = 6.0;
  decodes = opens = 0;
  INT_EQ(ks_episode_make(engine, src, &o, &res, &err), KS_OK, err.msg);
  INT_EQ(res.passes, 2, "one redo, at the lowest ceiling");
  INT_EQ(decodes, 2, "each checked");
  OK(decoded_max_db(out) <= lossy.ceiling_dbtp - 1.5 + 6.0 + 0.1,
     "the kept file has the lowest ceiling");

  /* 2b. an overshoot of 3 dB takes two redos: 0 dBTP, then -1.8, then the
   * lowest ceiling */
  overshoot_db = 3.0;
  decodes = opens = 0;
  INT_EQ(ks_episode_make(engine, src, &o, &res, &err), KS_OK, err.msg);
  OK(res.passes >= 2 && res.passes <= 3, "two or three passes, no more");
  INT_EQ(decodes, (int)res.passes, "each checked");

  /* 3. no overshoot: one pass, one check */
  overshoot_db = 0.0;
  decodes = opens = 0;
  INT_EQ(ks_episode_make(engine, src, &o, &res, &err), KS_OK, err.msg);
  INT_EQ(res.passes, 1, "within the ceiling at once: one pass");
  INT_EQ(decodes, 1, "one check");

  /* 4. a lossless format is not decoded again; --loudness off neither */
  decodes = 0;
  o.format = &lossless;
  INT_EQ(ks_episode_make(engine, src, &o, &res, &err), KS_OK, err.msg);
  INT_EQ(decodes, 0, "a lossless file is not decoded");
  o.format = &lossy;
  o.loudness = false;
  overshoot_db = 2.0;
  INT_EQ(ks_episode_make(engine, src, &o, &res, &err), KS_OK, err.msg);
  OK(decodes == 0 && res.passes == 1, "nor with loudness off");
  o.loudness = true;

  /* 5. a stream cannot be redone: one pass, no check, whatever it would
   * have found */
  {
    char fifo[128];
    pid_t pid;
    snprintf(fifo, sizeof fifo, "%s/pipe", dir);
    OK(mkfifo(fifo, 0600) == 0, "a FIFO");
    pid = fork();
    if (pid == 0) { /* a reader that drains the FIFO */
      FILE *r = fopen(fifo, "rb");
      char b[4096];
      while (r && fread(b, 1, sizeof b, r) > 0)
        ;
      _exit(0);
    }
    decodes = opens = 0;
    o.audio = fifo;
    INT_EQ(ks_episode_make(engine, src, &o, &res, &err), KS_OK, err.msg);
    OK(res.passes == 1 && decodes == 0, "a stream is written once");
    OK(res.bytes > 0, "and its bytes counted");
    waitpid(pid, NULL, 0);
    o.audio = out;
    unlink(fifo);
  }

  /* 6. companions are written with the audio, all or nothing */
  overshoot_db = 0.0;
  unlink(out);
  o.captions = vtt;
  o.transcript = txt;
  o.chapters = json;
  INT_EQ(ks_episode_make(engine, src, &o, &res, &err), KS_OK, err.msg);
  OK(exists(out) && exists(vtt) && exists(txt) && exists(json),
     "audio, captions, transcript and chapters written");
  INT_EQ(res.n_written, 4, "four paths listed");
  STR_EQ(res.written[1], vtt, "the captions' path");
  unlink(out);
  unlink(vtt);
  unlink(txt);
  unlink(json);
  stop = 0;
  o.stop = &stop;
  stop_on_write = &stop;
  INT_EQ(ks_episode_make(engine, src, &o, &res, &err), KS_ERR_INTERRUPTED,
         "a stop during the episode fails it");
  OK(!exists(out) && !exists(vtt) && !exists(txt) && !exists(json),
     "and leaves nothing behind");
  stop_on_write = NULL;
  o.stop = NULL;

  /* 7. an output that cannot be written is found before any work */
  decodes = opens = 0;
  o.captions = "/nonexistent-dir/ep.vtt";
  INT_EQ(ks_episode_make(engine, src, &o, &res, &err), KS_ERR_ENCODE,
         "a missing captions directory fails");
  OK(strstr(err.msg, "/nonexistent-dir/ep.vtt") != NULL, err.msg);
  INT_EQ(opens, 0, "before the audio was begun");
  OK(!exists(out), "no audio either");
  o.captions = NULL;
  o.transcript = o.chapters = NULL;

  /* 8. one process, several real episodes, in two voices */
  {
    char flac[128], flac2[128];
    snprintf(flac, sizeof flac, "%s/en.flac", dir);
    snprintf(flac2, sizeof flac2, "%s/uk.flac", dir);
    o.format = NULL;
    o.audio = flac;
    INT_EQ(ks_episode_make(engine, src, &o, &res, &err), KS_OK, err.msg);
    STR_EQ(res.format->name, "flac", "the format from the extension");
    STR_EQ(res.format->mime, "audio/flac", "with its MIME type");
    INT_EQ((long)res.bytes, size_of(flac), "bytes: the file's size");
    OK(res.seconds > 40 && res.seconds < 90, "seconds of speech");
    o.voice = "uk";
    o.audio = flac2;
    INT_EQ(ks_episode_make(engine, src, &o, &res, &err), KS_OK,
           "a second episode, another voice, same process");
    OK(exists(flac2) && size_of(flac2) != size_of(flac), "its own audio");
    unlink(flac);
    unlink(flac2);
  }

  ks_synth_free(engine);
  unlink(out);
  unlink(src);
  rmdir(dir);
  return t_summary("test_episode");
}
