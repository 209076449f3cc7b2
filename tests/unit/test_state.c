/* test_state.c - a podcast's memory: settings, sources, items through new,
 * done and failed, the order of the feed, retired files, and a shard's
 * state folded into another.
 * SPDX-License-Identifier: MIT
 */
#include "harness.h"
#include "podcast/state.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static char dir[] = "/tmp/test_state-XXXXXX";

static struct ks_state *open_at(const char *name) {
  char path[256];
  struct ks_state *s = NULL;
  struct ks_error err = {KS_OK, "", NULL};
  snprintf(path, sizeof path, "%s/%s", dir, name);
  if (ks_state_open(path, &s, &err) != KS_OK)
    printf("  %s\n", err.msg);
  OK(s != NULL, "state opened");
  return s;
}

static void seen(struct ks_state *s, const char *id, const char *guid,
                 int64_t date) {
  struct ks_state_item it;
  struct ks_error err;
  char url[128];
  ks_state_item_init(&it);
  snprintf(url, sizeof url, "https://e.org/%s", id);
  it.identity = (char *)id;
  it.guid = (char *)guid;
  it.url = url;
  it.source = "feed";
  it.title = (char *)id;
  it.feed_date = date;
  it.first_seen = 1000;
  OK(ks_state_item_seen(s, &it, &err) == KS_OK, "item seen");
}

static void done(struct ks_state *s, const char *id, const char *path,
                 uint64_t bytes) {
  struct ks_state_item it;
  struct ks_error err;
  ks_state_item_init(&it);
  it.identity = (char *)id;
  it.hash = "h";
  it.stem = (char *)path;
  it.seconds = 12.5;
  it.article_date = 500;
  it.n_files = 1;
  snprintf(it.files[0].format, sizeof it.files[0].format, "mp3");
  snprintf(it.files[0].mime, sizeof it.files[0].mime, "audio/mpeg");
  it.files[0].path = (char *)path;
  it.files[0].bytes = bytes;
  OK(ks_state_item_done(s, &it, &err) == KS_OK, "item done");
}

struct list {
  char ids[16][16];
  size_t n;
};

static bool collect(void *ctx, const struct ks_state_item *it) {
  struct list *l = ctx;
  if (l->n < 16)
    snprintf(l->ids[l->n++], 16, "%s", it->identity);
  return true;
}

static bool count_path(void *ctx, const char *path) {
  (void)path;
  ++*(int *)ctx;
  return true;
}

static void test_items(struct ks_state *s) {
  struct ks_error err;
  struct ks_state_item it;
  struct list l;
  int retired = 0;
  char *v;
  OK(ks_state_set(s, "title", "Show", &err) == KS_OK, "setting kept");
  v = ks_state_get(s, "title");
  STR_EQ(v, "Show", "setting read");
  free(v);
  OK(ks_state_get(s, "nothing") == NULL, "an unset setting is NULL");
  seen(s, "b", "g-b", 200);
  seen(s, "a", "g-a", 200); /* same date: by guid */
  seen(s, "c", "g-c", 0);   /* no date: the article's, else first seen */
  seen(s, "d", "g-d", 300);
  ks_state_item_init(&it);
  OK(ks_state_item_get(s, "a", &it) && it.status == KS_ITEM_NEW, "a new item");
  INT_EQ(it.pub, 200, "its date, from the feed");
  ks_state_item_free(&it);
  OK(ks_state_item_get(s, "c", &it) && it.pub == 1000,
     "no date anywhere: first seen");
  ks_state_item_free(&it);
  done(s, "a", "episodes/a-1.mp3", 10);
  done(s, "b", "episodes/b-1.mp3", 20);
  done(s, "c", "episodes/c-1.mp3", 30);
  OK(ks_state_item_failed(s, "d", "HTTP 404", &err) == KS_OK, "failed");
  OK(ks_state_item_failed(s, "d", "HTTP 404", &err) == KS_OK, "again");
  OK(ks_state_item_get(s, "d", &it) && it.status == KS_ITEM_FAILED &&
         it.attempts == 2 && !strcmp(it.reason, "HTTP 404"),
     "failed twice, with its reason");
  ks_state_item_free(&it);
  OK(ks_state_item_get(s, "c", &it) && it.pub == 500,
     "made: the article's date");
  ks_state_item_free(&it);
  INT_EQ(ks_state_count(s), 3, "three published");
  memset(&l, 0, sizeof l);
  OK(ks_state_episodes(s, true, 0, 10, collect, &l, &err) == KS_OK, "list");
  INT_EQ(l.n, 3, "listed");
  STR_EQ(l.ids[0], "c", "newest first");
  STR_EQ(l.ids[1], "a", "equal dates by guid");
  STR_EQ(l.ids[2], "b", "...");
  memset(&l, 0, sizeof l);
  OK(ks_state_episodes(s, false, 1, 1, collect, &l, &err) == KS_OK &&
         l.n == 1 && !strcmp(l.ids[0], "a"),
     "oldest first, offset and limit");
  memset(&l, 0, sizeof l);
  OK(ks_state_pending(s, collect, &l, &err) == KS_OK && l.n == 1 &&
         !strcmp(l.ids[0], "d"),
     "pending: the failed one");
  /* an edited article: a new file, the old one retired */
  done(s, "a", "episodes/a-2.mp3", 11);
  OK(ks_state_retired(s, count_path, &retired, &err) == KS_OK && retired == 1,
     "the old file is retired");
  OK(!ks_state_in_use(s, "episodes/a-1.mp3") &&
         ks_state_in_use(s, "episodes/a-2.mp3"),
     "the new one is in use");
  OK(ks_state_item_failed(s, "a", "HTTP 500", &err) == KS_OK &&
         ks_state_item_get(s, "a", &it) && it.status == KS_ITEM_DONE,
     "a published episode whose article fails stays published");
  ks_state_item_free(&it);
  OK(ks_state_item_checked(s, "a", "\"e1\"", NULL, &err) == KS_OK &&
         ks_state_item_get(s, "a", &it) && !strcmp(it.etag, "\"e1\"") &&
         !it.reason,
     "checked: new validators, no failure");
  ks_state_item_free(&it);
  OK(ks_state_retired_clear(s, &err) == KS_OK, "retired cleared");
}

static void test_import(struct ks_state *s) {
  struct ks_error err;
  struct ks_state *shard = open_at("shard-0-of-2.db");
  struct ks_state_source src;
  struct ks_state_item it;
  char path[256];
  char *v;
  if (!shard)
    return;
  seen(shard, "e", "g-e", 400);
  done(shard, "e", "episodes/e-1.mp3", 50);
  OK(ks_state_set(shard, "base_url", "https://e.org/p/", &err) == KS_OK,
     "shard setting");
  ks_state_source_init(&src);
  src.url = "feed";
  src.kind = "feed";
  src.title = "Feed title";
  OK(ks_state_source_put(shard, &src, &err) == KS_OK, "shard source");
  ks_state_close(shard);
  snprintf(path, sizeof path, "%s/shard-0-of-2.db", dir);
  OK(ks_state_import(s, path, &err) == KS_OK, "imported");
  INT_EQ(ks_state_count(s), 4, "its episode is in");
  ks_state_item_init(&it);
  OK(ks_state_item_get(s, "e", &it) && it.n_files == 1 &&
         it.files[0].bytes == 50,
     "with its files");
  ks_state_item_free(&it);
  v = ks_state_get(s, "base_url");
  STR_EQ(v, "https://e.org/p/", "and its settings");
  free(v);
  ks_state_source_init(&src);
  OK(ks_state_source_get(s, "feed", &src) && !strcmp(src.title, "Feed title"),
     "and its sources");
  ks_state_source_free(&src);
  OK(ks_state_import(s, path, &err) == KS_OK && ks_state_count(s) == 4,
     "imported again: nothing doubles");
}

int main(void) {
  struct ks_state *s;
  if (!mkdtemp(dir))
    return 1;
  s = open_at("podcast.db");
  if (s) {
    test_items(s);
    test_import(s);
    ks_state_close(s);
    s = open_at("podcast.db");
    OK(s && ks_state_count(s) == 4, "reopened: all there");
    ks_state_close(s);
  }
  {
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
      OK(0, "cleanup");
  }
  return t_summary("test_state");
}
