/* test_item.c - one item in a worker: the messages both ways, an article
 * made into an episode, asked for again unchanged, failing, stopped, and
 * kept on the processor it was given.
 * SPDX-License-Identifier: MIT
 */
#define _GNU_SOURCE /* sched_getaffinity */
#include "harness.h"
#include "podcast/item.h"

#include <dirent.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static char dir[] = "/tmp/test_item-XXXXXX";

static void test_messages(void) {
  struct ks_item_job j = {true, "id",  "https://e.org/a",  "\"e\"",
                          NULL, "abc", "episodes/ab/abcd", 2,
                          1},
                     back;
  struct ks_item_result r, rb;
  struct ks_buf b = KS_BUF_INIT;
  ks_item_job_encode(&j, &b);
  OK(ks_item_job_decode(b.ptr, b.len, &back), "job decoded");
  OK(back.refresh && !strcmp(back.url, j.url) && !strcmp(back.etag, "\"e\"") &&
         back.last_modified == NULL && !strcmp(back.stem, j.stem) &&
         back.cores == 2 && back.cpu == 1,
     "job as sent, NULL kept NULL");
  ks_item_job_free(&back);
  OK(!ks_item_job_decode(b.ptr, b.len - 1, &back), "a cut job is refused");
  ks_item_job_free(&back);
  memset(&r, 0, sizeof r);
  r.outcome = KS_ITEM_MADE;
  r.identity = "id";
  r.hash = "h";
  r.seconds = 12.25;
  r.article_date = -5;
  r.n_files = 2;
  snprintf(r.files[0].format, 16, "mp3");
  snprintf(r.files[0].mime, 64, "audio/mpeg");
  r.files[0].path = "episodes/x.mp3";
  r.files[0].bytes = 1234567890123u;
  snprintf(r.files[1].format, 16, "opus");
  r.files[1].path = "episodes/x.opus";
  ks_buf_clear(&b);
  ks_item_result_encode(&r, &b);
  OK(ks_item_result_decode(b.ptr, b.len, &rb), "result decoded");
  OK(rb.outcome == KS_ITEM_MADE && rb.seconds == 12.25 &&
         rb.article_date == -5 && rb.n_files == 2 &&
         rb.files[0].bytes == 1234567890123u &&
         !strcmp(rb.files[1].path, "episodes/x.opus") && !rb.message,
     "result as sent");
  ks_item_result_free(&rb);
  OK(!ks_item_result_decode(b.ptr, 7, &rb), "a cut result is refused");
  ks_item_result_free(&rb);
  ks_buf_free(&b);
}

static int count_files(const char *path) {
  DIR *d = opendir(path);
  struct dirent *e;
  int n = 0;
  while (d && (e = readdir(d)) != NULL)
    n += e->d_name[0] != '.' || !strncmp(e->d_name, ".kispeak-", 9);
  if (d)
    closedir(d);
  return n;
}

static void test_make(void) {
  struct ks_episode_opts eo;
  struct ks_item_ctx c;
  struct ks_item_job j;
  struct ks_item_result r;
  volatile sig_atomic_t stop = 0;
  char path[300], sub[300], cwd[200];
  struct stat sb;
  ks_episode_opts_init(&eo);
  memset(&c, 0, sizeof c);
  c.dir = dir;
  c.formats[0] = ks_format_find("mp3");
  c.formats[1] = ks_format_find("ogg");
  c.n_formats = 2;
  c.episode = &eo;
  memset(&j, 0, sizeof j);
  j.cpu = -1;
  j.identity = "tag:a01";
  if (!getcwd(cwd, sizeof cwd))
    return;
  snprintf(path, sizeof path, "%s/tests/feed/site/articles/a01.html", cwd);
  j.url = path;
  j.stem = "episodes/ab/abcdef";
  ks_item_make(&c, &j, &stop, &r);
  INT_EQ(r.outcome, KS_ITEM_MADE, r.message ? r.message : "made");
  INT_EQ(r.n_files, 2, "two formats");
  OK(r.stem && !strncmp(r.stem, "episodes/ab/abcdef-", 19),
     "the stem has the text's hash");
  OK(r.seconds > 10 && r.seconds < 60, "seconds of audio");
  INT_EQ(r.article_date, 1730705400, "the page's own date");
  STR_EQ(r.title, "Ferry timetable changes from Monday", "the page's title");
  if (r.n_files == 2) {
    snprintf(sub, sizeof sub, "%s/%s", dir, r.files[0].path);
    OK(stat(sub, &sb) == 0 && (uint64_t)sb.st_size == r.files[0].bytes,
       "the MP3 is there with its bytes");
    STR_EQ(r.files[1].mime, "audio/ogg", "the alternate's type");
  }
  snprintf(sub, sizeof sub, "%s/episodes/ab", dir);
  INT_EQ(count_files(sub), 6,
         "mp3, ogg, vtt, chapters, transcript, read-along page");
  j.refresh = true;
  j.hash = r.hash;
  {
    struct ks_item_result again;
    ks_item_make(&c, &j, &stop, &again);
    INT_EQ(again.outcome, KS_ITEM_UNCHANGED, "the same text: unchanged");
    ks_item_result_free(&again);
  }
  ks_item_result_free(&r);
  j.refresh = false;
  j.hash = NULL;
  j.stem = "episodes/cd/cdef";
  stop = 1;
  ks_item_make(&c, &j, &stop, &r);
  INT_EQ(r.outcome, KS_ITEM_INTERRUPTED, "stopped");
  snprintf(sub, sizeof sub, "%s/episodes/cd", dir);
  INT_EQ(count_files(sub), 0, "... leaving nothing");
  ks_item_result_free(&r);
  stop = 0;
  j.url = "/no/such/article.html";
  ks_item_make(&c, &j, &stop, &r);
  INT_EQ(r.outcome, KS_ITEM_ERROR, "a missing article fails");
  OK(r.message && strstr(r.message, "/no/such/article.html"), "saying why");
  ks_item_result_free(&r);
  { /* a job given a processor runs on it, and only there */
    cpu_set_t all, now;
    int last = -1;
    if (sched_getaffinity(0, sizeof all, &all) == 0)
      for (int k = 0; k < CPU_SETSIZE; k++)
        if (CPU_ISSET(k, &all))
          last = k;
    if (last >= 0) {
      j.cpu = last;
      ks_item_make(&c, &j, &stop, &r);
      ks_item_result_free(&r);
      OK(sched_getaffinity(0, sizeof now, &now) == 0 && CPU_COUNT(&now) == 1 &&
             CPU_ISSET(last, &now),
         "the episode's process is kept on its processor");
      (void)sched_setaffinity(0, sizeof all, &all);
      j.cpu = -1;
    }
  }
  ks_synth_free(c.engine);
}

int main(void) {
  char cmd[300];
  if (!mkdtemp(dir))
    return 1;
  test_messages();
  test_make();
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  if (system(cmd) != 0)
    OK(0, "cleanup");
  return t_summary("test_item");
}
