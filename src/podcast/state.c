/* state.c - a podcast's memory in SQLite (the only file that uses it).
 * SPDX-License-Identifier: MIT
 */
#include "podcast/state.h"
#include "buf.h"
#include "dl.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/vfs.h>
#include <time.h>

#define SCHEMA_VERSION 1

struct ks_state {
  sqlite3 *db;
  char *path;
};

/* The SQLite calls made here, opened with dlopen() on the first state
 * (dl.h): only a podcast keeps one, and no other run needs the library. */
static struct {
  int (*open_v2)(const char *filename, sqlite3 **db, int flags,
                 const char *vfs);
  int (*close)(sqlite3 *db);
  int (*exec)(sqlite3 *db, const char *sql,
              int (*callback)(void *, int, char **, char **), void *arg,
              char **errmsg);
  const char *(*errmsg)(sqlite3 *db);
  void (*free)(void *p);
  int (*busy_timeout)(sqlite3 *db, int ms);
  int (*prepare_v2)(sqlite3 *db, const char *sql, int bytes,
                    sqlite3_stmt **stmt, const char **tail);
  int (*step)(sqlite3_stmt *stmt);
  int (*reset)(sqlite3_stmt *stmt);
  int (*finalize)(sqlite3_stmt *stmt);
  int (*bind_int64)(sqlite3_stmt *stmt, int i, sqlite3_int64 v);
  int (*bind_text)(sqlite3_stmt *stmt, int i, const char *v, int n,
                   void (*destroy)(void *));
  int (*bind_null)(sqlite3_stmt *stmt, int i);
  int (*bind_double)(sqlite3_stmt *stmt, int i, double v);
  sqlite3_int64 (*column_int64)(sqlite3_stmt *stmt, int i);
  const unsigned char *(*column_text)(sqlite3_stmt *stmt, int i);
  double (*column_double)(sqlite3_stmt *stmt, int i);
} S;

#define SYM(f) KS_DL_SYM(sqlite3_, __typeof__(S), f)
static const struct ks_dl_sym sqlite_syms[] = {
    SYM(open_v2),       SYM(close),        SYM(exec),         SYM(errmsg),
    SYM(free),          SYM(busy_timeout), SYM(prepare_v2),   SYM(step),
    SYM(reset),         SYM(finalize),     SYM(bind_int64),   SYM(bind_text),
    SYM(bind_null),     SYM(bind_double),  SYM(column_int64), SYM(column_text),
    SYM(column_double),
};
#undef SYM
#define SAME(f) KS_DL_SAME(sqlite3_, S, f)
SAME(open_v2);
SAME(close);
SAME(exec);
SAME(errmsg);
SAME(free);
SAME(busy_timeout);
SAME(prepare_v2);
SAME(step);
SAME(reset);
SAME(finalize);
SAME(bind_int64);
SAME(bind_text);
SAME(bind_null);
SAME(bind_double);
SAME(column_int64);
SAME(column_text);
SAME(column_double);
#undef SAME

static const char schema[] =
    "CREATE TABLE IF NOT EXISTS settings("
    "  key TEXT PRIMARY KEY, value TEXT NOT NULL, updated INTEGER NOT NULL);"
    "CREATE TABLE IF NOT EXISTS sources("
    "  url TEXT PRIMARY KEY, kind TEXT, etag TEXT, last_modified TEXT,"
    "  hash TEXT, title TEXT, link TEXT, description TEXT, language TEXT,"
    "  image TEXT, author TEXT, updated INTEGER NOT NULL);"
    "CREATE TABLE IF NOT EXISTS items("
    "  identity TEXT PRIMARY KEY, guid TEXT NOT NULL, url TEXT,"
    "  source TEXT, title TEXT, description TEXT,"
    "  feed_date INTEGER NOT NULL DEFAULT 0,"
    "  article_date INTEGER NOT NULL DEFAULT 0,"
    "  first_seen INTEGER NOT NULL, pub INTEGER NOT NULL,"
    "  status TEXT NOT NULL, reason TEXT,"
    "  attempts INTEGER NOT NULL DEFAULT 0, hash TEXT, etag TEXT,"
    "  last_modified TEXT, stem TEXT, seconds REAL NOT NULL DEFAULT 0,"
    "  updated INTEGER NOT NULL);"
    "CREATE INDEX IF NOT EXISTS items_by_pub ON items(status, pub, guid DESC);"
    "CREATE TABLE IF NOT EXISTS files("
    "  identity TEXT NOT NULL, position INTEGER NOT NULL, format TEXT NOT NULL,"
    "  mime TEXT NOT NULL, path TEXT NOT NULL, bytes INTEGER NOT NULL,"
    "  PRIMARY KEY(identity, position));"
    "CREATE INDEX IF NOT EXISTS files_by_path ON files(path);"
    "CREATE TABLE IF NOT EXISTS retired(path TEXT PRIMARY KEY);";

static const char item_columns[] =
    "identity, guid, url, source, title, description, feed_date,"
    " article_date, first_seen, pub, status, reason, attempts, hash, etag,"
    " last_modified, stem, seconds, updated";

int64_t ks_state_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

static enum ks_status db_error(struct ks_state *s, const char *what,
                               struct ks_error *err) {
  return ks_error_set(err, KS_ERR_IO, "%s: %s: %s", s->path, what,
                      S.errmsg(s->db));
}

static enum ks_status exec(struct ks_state *s, const char *sql,
                           struct ks_error *err) {
  char *msg = NULL;
  if (S.exec(s->db, sql, NULL, NULL, &msg) == SQLITE_OK)
    return KS_OK;
  ks_error_set(err, KS_ERR_IO, "%s: %s", s->path, msg ? msg : S.errmsg(s->db));
  S.free(msg);
  return KS_ERR_IO;
}

static sqlite3_stmt *prepare(struct ks_state *s, const char *sql) {
  sqlite3_stmt *st = NULL;
  if (S.prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
    return NULL;
  return st;
}

static void bind_text(sqlite3_stmt *st, int i, const char *v) {
  if (v)
    S.bind_text(st, i, v, -1, SQLITE_TRANSIENT);
  else
    S.bind_null(st, i);
}

static char *column_text(sqlite3_stmt *st, int i) {
  const unsigned char *v = S.column_text(st, i);
  return v ? ks_xstrdup((const char *)v) : NULL;
}

/* Run a statement that returns no rows, then finalise it. */
static enum ks_status run(struct ks_state *s, sqlite3_stmt *st,
                          struct ks_error *err) {
  int rc = st ? S.step(st) : SQLITE_ERROR;
  enum ks_status r = rc == SQLITE_DONE ? KS_OK : db_error(s, "write", err);
  S.finalize(st);
  return r;
}

/* WAL needs shared memory that a network file system cannot give; there
 * a rollback journal is what works. */
static bool network_fs(const char *path) {
  struct statfs sf;
  char *dir = ks_xstrdup(path), *slash = strrchr(dir, '/');
  bool net = false;
  if (slash)
    *slash = '\0';
  if (statfs(slash ? dir : ".", &sf) == 0) {
    unsigned long t = (unsigned long)sf.f_type;
    net = t == 0x6969 /* NFS */ || t == 0x517B /* SMB */ ||
          t == 0xFF534D42 /* CIFS */ || t == 0xFE534D42 /* SMB2 */ ||
          t == 0x65735546 /* FUSE */ || t == 0x564C /* NCP */ ||
          t == 0x6B414653 /* AFS */ || t == 0x00C36400 /* Ceph */ ||
          t == 0x01161970 /* GFS2 */ || t == 0x47504653 /* GPFS */;
  }
  free(dir);
  return net;
}

enum ks_status ks_state_open(const char *path, struct ks_state **out,
                             struct ks_error *err) {
  const char *why = ks_dl_load("libsqlite3.so.0", sqlite_syms,
                               sizeof sqlite_syms / sizeof sqlite_syms[0], &S);
  struct ks_state *s;
  enum ks_status st = KS_OK;
  char pragmas[160];
  *out = NULL;
  if (why)
    return ks_error_set(err, KS_ERR_IO, "cannot load SQLite: %s", why);
  s = ks_xcalloc(1, sizeof *s);
  s->path = ks_xstrdup(path);
  if (S.open_v2(path, &s->db,
                SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE |
                    SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI,
                NULL) != SQLITE_OK) {
    st = db_error(s, "cannot open", err);
    ks_state_close(s);
    return st;
  }
  S.busy_timeout(s->db, 30000);
  snprintf(pragmas, sizeof pragmas,
           "PRAGMA journal_mode=%s; PRAGMA synchronous=%s;",
           network_fs(path) ? "DELETE" : "WAL",
           network_fs(path) ? "FULL" : "NORMAL");
  st = exec(s, pragmas, err);
  if (st == KS_OK)
    st = exec(s, schema, err);
  if (st == KS_OK)
    st = exec(s, "PRAGMA user_version=1;", err);
  if (st != KS_OK) {
    ks_state_close(s);
    return st;
  }
  *out = s;
  return KS_OK;
}

void ks_state_close(struct ks_state *s) {
  if (!s)
    return;
  S.close(s->db);
  free(s->path);
  free(s);
}

enum ks_status ks_state_begin(struct ks_state *s, struct ks_error *err) {
  return exec(s, "BEGIN IMMEDIATE", err);
}

enum ks_status ks_state_commit(struct ks_state *s, struct ks_error *err) {
  return exec(s, "COMMIT", err);
}

void ks_state_rollback(struct ks_state *s) {
  (void)S.exec(s->db, "ROLLBACK", NULL, NULL, NULL);
}

/* ---------------------------------------------------------------- settings */

char *ks_state_get(struct ks_state *s, const char *key) {
  sqlite3_stmt *st = prepare(s, "SELECT value FROM settings WHERE key = ?");
  char *v = NULL;
  if (!st)
    return NULL;
  bind_text(st, 1, key);
  if (S.step(st) == SQLITE_ROW)
    v = column_text(st, 0);
  S.finalize(st);
  return v;
}

enum ks_status ks_state_set(struct ks_state *s, const char *key,
                            const char *value, struct ks_error *err) {
  sqlite3_stmt *st;
  char *old = ks_state_get(s, key);
  bool same = old && value && !strcmp(old, value);
  free(old);
  if (same) /* unchanged: keeps its time, which the merge compares */
    return KS_OK;
  st = prepare(s, value ? "INSERT OR REPLACE INTO settings VALUES (?, ?, ?)"
                        : "DELETE FROM settings WHERE key = ?");
  if (st) {
    bind_text(st, 1, key);
    if (value) {
      bind_text(st, 2, value);
      S.bind_int64(st, 3, ks_state_now());
    }
  }
  return run(s, st, err);
}

/* ---------------------------------------------------------------- sources */

void ks_state_source_init(struct ks_state_source *src) {
  memset(src, 0, sizeof *src);
}

void ks_state_source_free(struct ks_state_source *src) {
  if (!src)
    return;
  free(src->url);
  free(src->kind);
  free(src->etag);
  free(src->last_modified);
  free(src->hash);
  free(src->title);
  free(src->link);
  free(src->description);
  free(src->language);
  free(src->image);
  free(src->author);
  ks_state_source_init(src);
}

bool ks_state_source_get(struct ks_state *s, const char *url,
                         struct ks_state_source *out) {
  sqlite3_stmt *st = prepare(s, "SELECT url, kind, etag, last_modified, hash,"
                                " title, link, description, language, image,"
                                " author FROM sources WHERE url = ?");
  bool found = false;
  if (!st)
    return false;
  bind_text(st, 1, url);
  if (S.step(st) == SQLITE_ROW) {
    char **f[] = {&out->url,      &out->kind,  &out->etag,  &out->last_modified,
                  &out->hash,     &out->title, &out->link,  &out->description,
                  &out->language, &out->image, &out->author};
    ks_state_source_free(out);
    for (int i = 0; i < 11; i++)
      *f[i] = column_text(st, i);
    found = true;
  }
  S.finalize(st);
  return found;
}

enum ks_status ks_state_source_put(struct ks_state *s,
                                   const struct ks_state_source *src,
                                   struct ks_error *err) {
  sqlite3_stmt *st = prepare(
      s, "INSERT OR REPLACE INTO sources VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
  const char *f[] = {src->url,      src->kind,  src->etag,  src->last_modified,
                     src->hash,     src->title, src->link,  src->description,
                     src->language, src->image, src->author};
  if (st) {
    for (int i = 0; i < 11; i++)
      bind_text(st, i + 1, f[i]);
    S.bind_int64(st, 12, ks_state_now());
  }
  return run(s, st, err);
}

/* ---------------------------------------------------------------- items */

static const char *const statuses[] = {"new", "done", "failed"};

void ks_state_item_init(struct ks_state_item *it) { memset(it, 0, sizeof *it); }

void ks_state_item_free(struct ks_state_item *it) {
  char **f[] = {&it->identity, &it->guid,          &it->url,    &it->source,
                &it->title,    &it->description,   &it->reason, &it->hash,
                &it->etag,     &it->last_modified, &it->stem};
  if (!it)
    return;
  for (size_t i = 0; i < sizeof f / sizeof f[0]; i++)
    free(*f[i]);
  for (size_t i = 0; i < it->n_files; i++)
    free(it->files[i].path);
  ks_state_item_init(it);
}

// The row (selected with item_columns) into it.
static void read_item(sqlite3_stmt *st, struct ks_state_item *it) {
  char **text[] = {&it->identity, &it->guid,  &it->url,
                   &it->source,   &it->title, &it->description};
  const unsigned char *status;
  ks_state_item_free(it);
  for (int i = 0; i < 6; i++)
    *text[i] = column_text(st, i);
  it->feed_date = S.column_int64(st, 6);
  it->article_date = S.column_int64(st, 7);
  it->first_seen = S.column_int64(st, 8);
  it->pub = S.column_int64(st, 9);
  status = S.column_text(st, 10);
  it->status = KS_ITEM_NEW;
  for (int i = 0; i < 3; i++)
    if (status && !strcmp((const char *)status, statuses[i]))
      it->status = (enum ks_item_status)i;
  it->reason = column_text(st, 11);
  it->attempts = (long)S.column_int64(st, 12);
  it->hash = column_text(st, 13);
  it->etag = column_text(st, 14);
  it->last_modified = column_text(st, 15);
  it->stem = column_text(st, 16);
  it->seconds = S.column_double(st, 17);
  it->updated = S.column_int64(st, 18);
}

static void read_files(struct ks_state *s, sqlite3_stmt *fq,
                       struct ks_state_item *it) {
  (void)s;
  S.reset(fq);
  bind_text(fq, 1, it->identity);
  while (S.step(fq) == SQLITE_ROW && it->n_files < KS_MAX_FORMATS) {
    struct ks_state_file *f = &it->files[it->n_files++];
    const unsigned char *fmt = S.column_text(fq, 0),
                        *mime = S.column_text(fq, 1);
    snprintf(f->format, sizeof f->format, "%s", fmt ? (const char *)fmt : "");
    snprintf(f->mime, sizeof f->mime, "%s", mime ? (const char *)mime : "");
    f->path = column_text(fq, 2);
    f->bytes = (uint64_t)S.column_int64(fq, 3);
  }
}

static const char files_query[] = "SELECT format, mime, path, bytes FROM files"
                                  " WHERE identity = ? ORDER BY position";

bool ks_state_item_get(struct ks_state *s, const char *identity,
                       struct ks_state_item *out) {
  struct ks_buf q = KS_BUF_INIT;
  sqlite3_stmt *st, *fq = prepare(s, files_query);
  bool found = false;
  ks_buf_printf(&q, "SELECT %s FROM items WHERE identity = ?", item_columns);
  st = prepare(s, q.ptr);
  ks_buf_free(&q);
  if (st && fq) {
    bind_text(st, 1, identity);
    if (S.step(st) == SQLITE_ROW) {
      read_item(st, out);
      read_files(s, fq, out);
      found = true;
    }
  }
  S.finalize(st);
  S.finalize(fq);
  return found;
}

/* The episode's date after a change to what it comes from: the source's,
 * else the page's, else when it was first seen. */
static enum ks_status set_pub(struct ks_state *s, const char *identity,
                              struct ks_error *err) {
  sqlite3_stmt *st = prepare(
      s, "UPDATE items SET pub = CASE WHEN feed_date != 0 THEN feed_date"
         " WHEN article_date != 0 THEN article_date ELSE first_seen END"
         " WHERE identity = ?");
  if (st)
    bind_text(st, 1, identity);
  return run(s, st, err);
}

enum ks_status ks_state_item_seen(struct ks_state *s,
                                  const struct ks_state_item *it,
                                  struct ks_error *err) {
  sqlite3_stmt *st = prepare(
      s,
      "INSERT INTO items(identity, guid, url, source, title, description,"
      " feed_date, first_seen, pub, status, updated)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 0, 'new', ?9)"
      " ON CONFLICT(identity) DO UPDATE SET"
      " url = coalesce(?3, url), source = coalesce(?4, source),"
      " title = coalesce(?5, title), description = coalesce(?6, description),"
      " feed_date = CASE WHEN ?7 != 0 THEN ?7 ELSE feed_date END,"
      " updated = CASE WHEN coalesce(?3, url) IS url AND"
      " coalesce(?5, title) IS title AND coalesce(?6, description) IS"
      " description AND (?7 = 0 OR ?7 = feed_date) THEN updated ELSE ?9 END");
  if (st) {
    bind_text(st, 1, it->identity);
    bind_text(st, 2, it->guid);
    bind_text(st, 3, it->url);
    bind_text(st, 4, it->source);
    bind_text(st, 5, it->title);
    bind_text(st, 6, it->description);
    S.bind_int64(st, 7, it->feed_date);
    S.bind_int64(st, 8, it->first_seen);
    S.bind_int64(st, 9, ks_state_now());
  }
  if (run(s, st, err) != KS_OK)
    return KS_ERR_IO;
  return set_pub(s, it->identity, err);
}

// Retire the item's files that its new set does not keep, then replace them.
static enum ks_status replace_files(struct ks_state *s,
                                    const struct ks_state_item *it,
                                    struct ks_error *err) {
  struct ks_state_item old;
  enum ks_status st = KS_OK;
  ks_state_item_init(&old);
  if (ks_state_item_get(s, it->identity, &old)) {
    for (size_t i = 0; i < old.n_files && st == KS_OK; i++) {
      bool kept = false;
      sqlite3_stmt *q;
      for (size_t j = 0; j < it->n_files; j++)
        kept = kept || !strcmp(old.files[i].path, it->files[j].path);
      if (kept)
        continue;
      q = prepare(s, "INSERT OR IGNORE INTO retired VALUES (?)");
      if (q)
        bind_text(q, 1, old.files[i].path);
      st = run(s, q, err);
    }
  }
  ks_state_item_free(&old);
  if (st == KS_OK) {
    sqlite3_stmt *q = prepare(s, "DELETE FROM files WHERE identity = ?");
    if (q)
      bind_text(q, 1, it->identity);
    st = run(s, q, err);
  }
  for (size_t i = 0; i < it->n_files && st == KS_OK; i++) {
    sqlite3_stmt *q = prepare(s, "INSERT INTO files VALUES (?, ?, ?, ?, ?, ?)");
    if (q) {
      bind_text(q, 1, it->identity);
      S.bind_int64(q, 2, (sqlite3_int64)i);
      bind_text(q, 3, it->files[i].format);
      bind_text(q, 4, it->files[i].mime);
      bind_text(q, 5, it->files[i].path);
      S.bind_int64(q, 6, (sqlite3_int64)it->files[i].bytes);
    }
    st = run(s, q, err);
  }
  if (st == KS_OK && it->n_files) { /* a path in use again is not retired */
    sqlite3_stmt *q =
        prepare(s, "DELETE FROM retired WHERE path IN (SELECT path FROM files"
                   " WHERE identity = ?)");
    if (q)
      bind_text(q, 1, it->identity);
    st = run(s, q, err);
  }
  return st;
}

enum ks_status ks_state_item_done(struct ks_state *s,
                                  const struct ks_state_item *it,
                                  struct ks_error *err) {
  sqlite3_stmt *st;
  enum ks_status r = replace_files(s, it, err);
  if (r != KS_OK)
    return r;
  st = prepare(s, "UPDATE items SET status = 'done', reason = NULL,"
                  " attempts = 0, hash = ?2, etag = ?3, last_modified = ?4,"
                  " stem = ?5, seconds = ?6, article_date = ?7,"
                  " title = coalesce(title, ?8),"
                  " description = coalesce(description, ?9), updated = ?10"
                  " WHERE identity = ?1");
  if (st) {
    bind_text(st, 1, it->identity);
    bind_text(st, 2, it->hash);
    bind_text(st, 3, it->etag);
    bind_text(st, 4, it->last_modified);
    bind_text(st, 5, it->stem);
    S.bind_double(st, 6, it->seconds);
    S.bind_int64(st, 7, it->article_date);
    bind_text(st, 8, it->title);
    bind_text(st, 9, it->description);
    S.bind_int64(st, 10, ks_state_now());
  }
  if (run(s, st, err) != KS_OK)
    return KS_ERR_IO;
  return set_pub(s, it->identity, err);
}

enum ks_status ks_state_item_failed(struct ks_state *s, const char *identity,
                                    const char *reason, struct ks_error *err) {
  sqlite3_stmt *st = prepare(
      s, "UPDATE items SET status = CASE status WHEN 'done' THEN 'done' ELSE"
         " 'failed' END, reason = ?2, attempts = attempts + 1, updated = ?3"
         " WHERE identity = ?1");
  if (st) {
    bind_text(st, 1, identity);
    bind_text(st, 2, reason);
    S.bind_int64(st, 3, ks_state_now());
  }
  return run(s, st, err);
}

enum ks_status ks_state_item_checked(struct ks_state *s, const char *identity,
                                     const char *etag,
                                     const char *last_modified,
                                     struct ks_error *err) {
  sqlite3_stmt *st = prepare(
      s, "UPDATE items SET etag = ?2, last_modified = ?3, reason = NULL,"
         " attempts = 0, updated = CASE WHEN ?2 IS etag AND ?3 IS"
         " last_modified AND reason IS NULL THEN updated ELSE ?4 END"
         " WHERE identity = ?1");
  if (st) {
    bind_text(st, 1, identity);
    bind_text(st, 2, etag && *etag ? etag : NULL);
    bind_text(st, 3, last_modified && *last_modified ? last_modified : NULL);
    S.bind_int64(st, 4, ks_state_now());
  }
  return run(s, st, err);
}

/* Walk the rows of sql (selecting item_columns, binding nothing), with
 * their files when files is true. */
static enum ks_status each(struct ks_state *s, const char *sql, bool files,
                           ks_state_each_fn fn, void *ctx,
                           struct ks_error *err) {
  sqlite3_stmt *st = prepare(s, sql),
               *fq = files ? prepare(s, files_query) : NULL;
  struct ks_state_item it;
  enum ks_status r = KS_OK;
  int rc;
  if (!st || (files && !fq)) {
    r = db_error(s, "read", err);
    goto out;
  }
  ks_state_item_init(&it);
  while ((rc = S.step(st)) == SQLITE_ROW) {
    read_item(st, &it);
    if (files)
      read_files(s, fq, &it);
    if (!fn(ctx, &it))
      break;
  }
  ks_state_item_free(&it);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    r = db_error(s, "read", err);
out:
  S.finalize(st);
  S.finalize(fq);
  return r;
}

enum ks_status ks_state_pending(struct ks_state *s, ks_state_each_fn fn,
                                void *ctx, struct ks_error *err) {
  struct ks_buf q = KS_BUF_INIT;
  enum ks_status r;
  ks_buf_printf(&q,
                "SELECT %s FROM items WHERE status != 'done'"
                " ORDER BY pub, guid",
                item_columns);
  r = each(s, q.ptr, false, fn, ctx, err);
  ks_buf_free(&q);
  return r;
}

size_t ks_state_count(struct ks_state *s) {
  sqlite3_stmt *st =
      prepare(s, "SELECT count(*) FROM items WHERE status = 'done'");
  size_t n = 0;
  if (st && S.step(st) == SQLITE_ROW)
    n = (size_t)S.column_int64(st, 0);
  S.finalize(st);
  return n;
}

enum ks_status ks_state_episodes(struct ks_state *s, bool newest, size_t offset,
                                 size_t limit, ks_state_each_fn fn, void *ctx,
                                 struct ks_error *err) {
  struct ks_buf q = KS_BUF_INIT;
  enum ks_status r;
  ks_buf_printf(&q,
                "SELECT %s FROM items WHERE status = 'done'"
                " ORDER BY %s LIMIT %zu OFFSET %zu",
                item_columns,
                newest ? "pub DESC, guid ASC" : "pub ASC, guid DESC", limit,
                offset);
  r = each(s, q.ptr, true, fn, ctx, err);
  ks_buf_free(&q);
  return r;
}

enum ks_status ks_state_retired(struct ks_state *s,
                                bool (*fn)(void *ctx, const char *path),
                                void *ctx, struct ks_error *err) {
  sqlite3_stmt *st = prepare(s, "SELECT path FROM retired");
  int rc;
  if (!st)
    return db_error(s, "read", err);
  while ((rc = S.step(st)) == SQLITE_ROW)
    if (!fn(ctx, (const char *)S.column_text(st, 0)))
      break;
  S.finalize(st);
  return rc == SQLITE_ROW || rc == SQLITE_DONE ? KS_OK
                                               : db_error(s, "read", err);
}

bool ks_state_in_use(struct ks_state *s, const char *path) {
  sqlite3_stmt *st = prepare(s, "SELECT 1 FROM files WHERE path = ?");
  bool used = true; /* when the state cannot tell: keep the file */
  if (st) {
    bind_text(st, 1, path);
    used = S.step(st) != SQLITE_DONE;
  }
  S.finalize(st);
  return used;
}

bool ks_state_stem_in_use(struct ks_state *s, const char *stem) {
  sqlite3_stmt *st = prepare(s, "SELECT 1 FROM items WHERE stem = ?");
  bool used = true; /* when the state cannot tell: keep the file */
  if (st) {
    bind_text(st, 1, stem);
    used = S.step(st) != SQLITE_DONE;
  }
  S.finalize(st);
  return used;
}

char *ks_state_fingerprint(struct ks_state *s) {
  sqlite3_stmt *st =
      prepare(s, "SELECT (SELECT count(*) FROM items WHERE status = 'done'),"
                 " (SELECT coalesce(max(updated), 0) FROM items),"
                 " (SELECT coalesce(max(updated), 0) FROM settings"
                 "  WHERE key NOT IN ('running', 'published')),"
                 " (SELECT count(*) FROM retired)");
  struct ks_buf b = KS_BUF_INIT;
  if (st && S.step(st) == SQLITE_ROW)
    ks_buf_printf(&b, "%lld:%lld:%lld:%lld", (long long)S.column_int64(st, 0),
                  (long long)S.column_int64(st, 1),
                  (long long)S.column_int64(st, 2),
                  (long long)S.column_int64(st, 3));
  S.finalize(st);
  return ks_buf_detach(&b, NULL);
}

enum ks_status ks_state_retired_clear(struct ks_state *s,
                                      struct ks_error *err) {
  return exec(s, "DELETE FROM retired", err);
}

/* ---------------------------------------------------------------- merge */

enum ks_status ks_state_import(struct ks_state *s, const char *path,
                               struct ks_error *err) {
  static const char fold[] =
      "CREATE TEMP TABLE newer AS SELECT o.identity FROM other.items o"
      " LEFT JOIN main.items m ON m.identity = o.identity"
      " WHERE m.identity IS NULL OR o.updated > m.updated;"
      "INSERT OR REPLACE INTO main.items SELECT * FROM other.items"
      " WHERE identity IN (SELECT identity FROM temp.newer);"
      "DELETE FROM main.files WHERE identity IN"
      " (SELECT identity FROM temp.newer);"
      "INSERT INTO main.files SELECT * FROM other.files"
      " WHERE identity IN (SELECT identity FROM temp.newer);"
      "INSERT OR IGNORE INTO main.retired SELECT * FROM other.retired"
      " WHERE path NOT IN (SELECT path FROM main.files);"
      /* the show's settings, not a shard's own bookkeeping */
      "INSERT INTO main.settings SELECT * FROM other.settings"
      " WHERE key NOT IN ('running', 'published', 'cover_title')"
      " ON CONFLICT(key) DO UPDATE SET value = excluded.value,"
      " updated = excluded.updated WHERE excluded.updated > updated;"
      "INSERT INTO main.sources SELECT * FROM other.sources WHERE true"
      " ON CONFLICT(url) DO UPDATE SET kind = excluded.kind,"
      " etag = excluded.etag, last_modified = excluded.last_modified,"
      " hash = excluded.hash, title = excluded.title, link = excluded.link,"
      " description = excluded.description, language = excluded.language,"
      " image = excluded.image, author = excluded.author,"
      " updated = excluded.updated WHERE excluded.updated > updated;"
      "DROP TABLE temp.newer;";
  sqlite3_stmt *st = prepare(s, "ATTACH DATABASE ? AS other");
  struct ks_buf uri = KS_BUF_INIT;
  enum ks_status r;
  /* read-only, as a URI: '%', '?' and '#' in the path are escaped */
  ks_buf_puts(&uri, "file:");
  for (const char *p = path; *p; p++)
    if (*p == '%' || *p == '?' || *p == '#')
      ks_buf_printf(&uri, "%%%02X", (unsigned char)*p);
    else
      ks_buf_putc(&uri, *p);
  ks_buf_puts(&uri, "?mode=ro");
  if (st)
    bind_text(st, 1, uri.ptr);
  ks_buf_free(&uri);
  r = run(s, st, err);
  if (r != KS_OK)
    return r;
  r = exec(s, "BEGIN IMMEDIATE", err);
  if (r == KS_OK) {
    r = exec(s, fold, err);
    if (r == KS_OK)
      r = exec(s, "COMMIT", err);
    else
      ks_state_rollback(s);
  }
  (void)S.exec(s->db, "DROP TABLE IF EXISTS temp.newer; DETACH other", NULL,
               NULL, NULL);
  return r;
}
