/* test_file.c - outputs written whole or not at all: files, links, streams.
 * SPDX-License-Identifier: MIT
 */
#define _XOPEN_SOURCE 600
#include "file.h"
#include "harness.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

static char base[] = "/tmp/test_file-XXXXXX";
static struct ks_error err;
static char big[200000]; /* more than a pipe holds */
static int n_temps;

// Counts a leftover temporary file; everything below is relative to base.
static int count_temp(const char *p, const struct stat *sb, int flag,
                      struct FTW *ftw) {
  (void)sb;
  (void)flag;
  if (!strncmp(p + ftw->base, ".kispeak-", 9))
    n_temps++;
  return 0;
}

static int temps(void) {
  n_temps = 0;
  nftw(".", count_temp, 16, FTW_PHYS);
  return n_temps;
}

static int rm_one(const char *p, const struct stat *sb, int flag,
                  struct FTW *ftw) {
  (void)sb;
  (void)flag;
  (void)ftw;
  return remove(p);
}

// A setup step: counts only when it fails.
static void must(int ok, const char *what) {
  if (!ok)
    OK(0, what);
}

static void put(const char *path, const char *text, mode_t mode) {
  int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  size_t n = strlen(text);
  must(fd >= 0 && write(fd, text, n) == (ssize_t)n, path);
  if (fd >= 0)
    close(fd);
  must(chmod(path, mode) == 0, path);
}

static void has(const char *path, const char *want, const char *what) {
  char *got = t_read_file(path, NULL);
  STR_EQ(got, want, what);
  free(got);
}

static long mode_of(const char *path) {
  struct stat sb;
  return stat(path, &sb) ? -1 : (long)(sb.st_mode & 07777);
}

static int is_link_to(const char *link, const char *to) {
  struct stat sb;
  char got[PATH_MAX];
  ssize_t k;
  if (lstat(link, &sb) != 0 || !S_ISLNK(sb.st_mode))
    return 0;
  k = readlink(link, got, sizeof got - 1);
  if (k < 0)
    return 0;
  got[k] = '\0';
  return !strcmp(got, to);
}

static enum ks_status write_all(const char *path, unsigned flags,
                                const void *data, size_t n, uint64_t *bytes) {
  struct ks_file *f;
  enum ks_status st = ks_file_open(path, flags, &f, &err);
  if (st != KS_OK)
    return st;
  st = ks_file_write(f, data, n, &err);
  if (st != KS_OK) {
    ks_file_abort(f);
    return st;
  }
  return ks_file_commit(f, bytes, &err);
}

/* Rule 1: a new file appears whole at commit, mode 0666 less the umask. */
static void test_new(void) {
  static const struct {
    mode_t mask, want;
    const char *path, *dir;
  } cases[] = {{022, 0644, "new1", "."}, {077, 0600, "sub/new2", "sub"}};
  must(mkdir("sub", 0755) == 0, "mkdir sub");
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    const char *path = cases[i].path, *t;
    size_t dl = strlen(cases[i].dir);
    struct ks_file *f;
    struct stat sb;
    uint64_t bytes = 0;
    char *tmp, *got;
    size_t len = 0;
    umask(cases[i].mask);
    INT_EQ(ks_file_open(path, 0, &f, &err), KS_OK, path);
    if (!f)
      continue;
    t = ks_file_temp_path(f);
    OK(t && strlen(t) == dl + 16 && !strncmp(t, cases[i].dir, dl) &&
           !strncmp(t + dl, "/.kispeak-", 10),
       "temporary file .kispeak-XXXXXX beside the output");
    OK(t && lstat(t, &sb) == 0 && S_ISREG(sb.st_mode),
       "the temporary file exists while writing");
    OK(access(path, F_OK) != 0, "nothing at the path before commit");
    OK(ks_file_seekable(f), "a new file is seekable");
    STR_EQ(ks_file_path(f), path, "the path as given");
    tmp = t ? strdup(t) : NULL;
    INT_EQ(ks_file_write(f, big, 1000, &err), KS_OK, "write a first part");
    INT_EQ(ks_file_write(f, big + 1000, sizeof big - 1000, &err), KS_OK,
           "write the rest");
    OK(access(path, F_OK) != 0, "still nothing at the path");
    INT_EQ(ks_file_commit(f, &bytes, &err), KS_OK, "commit");
    INT_EQ(bytes, sizeof big, "commit's bytes is the size");
    got = t_read_file(path, &len);
    OK(got && len == sizeof big && !memcmp(got, big, len), "the content");
    free(got);
    INT_EQ(mode_of(path), cases[i].want, "mode 0666 less the umask");
    OK(tmp && access(tmp, F_OK) != 0 && errno == ENOENT,
       "the temporary file is gone");
    free(tmp);
  }
  umask(022);
}

/* Rule 2: an existing file is replaced by rename, its mode (and owner) kept;
 * the umask does not apply to a kept mode, and a change of owner does not
 * take set-user-ID or set-group-ID away. */
static void test_replace(void) {
  static const mode_t modes[] = {0600, 0640, 04755, 02750};
  bool root = geteuid() == 0;
  umask(077);
  for (size_t i = 0; i < sizeof modes / sizeof *modes; i++) {
    struct stat before, after;
    put("old", "old content\n", modes[i]);
    if (root) /* a change of owner clears set-user-ID: mode after it */
      must(chown("old", 1234, 1234) == 0 && chmod("old", modes[i]) == 0,
           "chown old");
    must(stat("old", &before) == 0, "stat old");
    INT_EQ(write_all("old", 0, "new content\n", 12, NULL), KS_OK, "replace");
    must(stat("old", &after) == 0, "stat old again");
    OK(after.st_ino != before.st_ino, "replaced by rename: a new inode");
    INT_EQ(after.st_mode & 07777, modes[i], "the old file's mode is kept");
    has("old", "new content\n", "the new content");
    if (root) {
      INT_EQ(after.st_uid, 1234, "the old file's owner is kept");
      INT_EQ(after.st_gid, 1234, "the old file's group is kept");
    }
  }
  if (!root)
    printf("# skip owner kept on replace (needs root)\n");
  umask(022);
}

/* Rule 3: abort leaves the path as it was and removes the temporary file. */
static void test_abort(void) {
  struct ks_file *f;
  struct stat before, after;
  char *tmp = NULL;
  put("keep", "keep me\n", 0640);
  must(stat("keep", &before) == 0, "stat keep");
  INT_EQ(ks_file_open("keep", 0, &f, &err), KS_OK, "open an existing file");
  if (f) {
    tmp = strdup(ks_file_temp_path(f));
    INT_EQ(ks_file_write(f, "garbage", 7, &err), KS_OK, "write");
    ks_file_abort(f);
  }
  has("keep", "keep me\n", "abort leaves the file byte for byte");
  must(stat("keep", &after) == 0, "stat keep again");
  OK(after.st_ino == before.st_ino && after.st_size == before.st_size &&
         (after.st_mode & 07777) == 0640,
     "abort leaves the same file, same mode");
  OK(tmp && access(tmp, F_OK) != 0, "abort removes the temporary file");
  free(tmp);
  INT_EQ(ks_file_open("never", 0, &f, &err), KS_OK, "open a new path");
  if (f) {
    INT_EQ(ks_file_write(f, "x", 1, &err), KS_OK, "write");
    ks_file_abort(f);
  }
  OK(access("never", F_OK) != 0, "abort on a new path leaves nothing");
  INT_EQ(temps(), 0, "no temporary file after abort");
  ks_file_abort(NULL);
  OK(1, "ks_file_abort(NULL) is a no-op");
}

/* Rule 4: through a link, the file it names is replaced; the link stays. */
static void test_links(void) {
  static const struct {
    const char *link, *to, *target, *text;
  } cases[] = {
      {"A/rel", "../B/file", "B/file", "through a relative link\n"},
      {"A/abs", NULL, "B/file", "through an absolute link\n"},
      {"A/chain", "rel", "B/file", "through a chain of two links\n"},
      {"A/dangling", "../B/made", "B/made", "through a dangling link\n"},
  };
  char abs[PATH_MAX];
  snprintf(abs, sizeof abs, "%s/B/file", base);
  must(mkdir("A", 0755) == 0 && mkdir("B", 0755) == 0, "mkdir A B");
  put("B/file", "old\n", 0640);
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    const char *to = cases[i].to ? cases[i].to : abs;
    must(symlink(to, cases[i].link) == 0, cases[i].link);
    INT_EQ(
        write_all(cases[i].link, 0, cases[i].text, strlen(cases[i].text), NULL),
        KS_OK, cases[i].link);
    OK(is_link_to(cases[i].link, to), "the link stays, to the same target");
    has(cases[i].target, cases[i].text, "the target has the new content");
  }
  OK(is_link_to("A/rel", "../B/file"), "a chain's links both stay");
  INT_EQ(mode_of("B/file"), 0640, "the link's target keeps its mode");
  INT_EQ(mode_of("B/made"), 0644, "a dangling link's file is created");
  INT_EQ(temps(), 0, "no temporary file after links");
}

struct reader {
  const char *path;
  char *got;
  size_t len;
};

static void *read_all(void *arg) {
  struct reader *r = arg;
  r->got = t_read_file(r->path, &r->len);
  return NULL;
}

/* Rule 5: a FIFO is written as a stream, never renamed over or removed. */
static void test_fifo(void) {
  for (int commit = 1; commit >= 0; commit--) {
    struct reader r = {"fifo", NULL, 0};
    struct ks_file *f;
    struct stat sb;
    uint64_t bytes = 0;
    pthread_t th;
    if (commit)
      must(mkfifo("fifo", 0600) == 0, "mkfifo");
    must(pthread_create(&th, NULL, read_all, &r) == 0, "reader thread");
    INT_EQ(ks_file_open("fifo", KS_FILE_BINARY, &f, &err), KS_OK, "a FIFO");
    if (!f) { /* let the reader go */
      int fd = open("fifo", O_WRONLY);
      if (fd >= 0)
        close(fd);
    } else if (commit) {
      OK(!ks_file_seekable(f), "a FIFO is not seekable");
      OK(ks_file_temp_path(f) == NULL, "a FIFO has no temporary file");
      INT_EQ(ks_file_write(f, big, sizeof big, &err), KS_OK, "write a FIFO");
      INT_EQ(ks_file_commit(f, &bytes, &err), KS_OK, "commit a FIFO");
      INT_EQ(bytes, sizeof big, "commit's bytes for a FIFO");
    } else {
      INT_EQ(ks_file_write(f, "part", 4, &err), KS_OK, "write a FIFO");
      ks_file_abort(f);
    }
    pthread_join(th, NULL);
    if (commit)
      OK(r.got && r.len == sizeof big && !memcmp(r.got, big, r.len),
         "the reader got exactly the bytes");
    else
      OK(r.got && r.len == 4, "abort on a FIFO closes it");
    free(r.got);
    OK(lstat("fifo", &sb) == 0 && S_ISFIFO(sb.st_mode),
       commit ? "the FIFO stays after commit" : "the FIFO stays after abort");
  }
  INT_EQ(temps(), 0, "no temporary file beside a FIFO");
}

/* Rule 6: /dev/null is a stream; it stays the device it was. */
static void test_dev_null(void) {
  struct ks_file *f;
  struct stat sb;
  uint64_t bytes = 0;
  INT_EQ(write_all("/dev/null", KS_FILE_BINARY, big, sizeof big, &bytes), KS_OK,
         "write /dev/null");
  INT_EQ(bytes, sizeof big, "commit's bytes for /dev/null");
  INT_EQ(ks_file_open("/dev/null", 0, &f, &err), KS_OK, "open /dev/null");
  if (f) {
    OK(!ks_file_seekable(f) && ks_file_temp_path(f) == NULL,
       "/dev/null is a stream");
    ks_file_abort(f);
  }
  OK(stat("/dev/null", &sb) == 0 && S_ISCHR(sb.st_mode),
     "/dev/null is still a character device");
  INT_EQ(sb.st_mode & 07777, 0666, "/dev/null is still mode 0666");
}

/* Rule 7: "-" is standard output, written through a duplicate. */
static void test_stdout(void) {
  struct ks_file *f;
  enum ks_status op, wr = KS_ERR_IO, cm = KS_ERR_IO, bin;
  uint64_t bytes = 0;
  int p[2], saved, stream = 0, still = 0;
  char got[64];
  ssize_t k, len = 0;
  fflush(stdout);
  if (pipe(p) != 0 || (saved = dup(1)) < 0 || dup2(p[1], 1) < 0) {
    OK(0, "redirect standard output to a pipe");
    return;
  }
  op = ks_file_open("-", 0, &f, &err);
  if (op == KS_OK) {
    stream = !ks_file_seekable(f) && ks_file_temp_path(f) == NULL;
    wr = ks_file_write(f, "to stdout\n", 10, &err);
    cm = ks_file_commit(f, &bytes, &err);
  }
  still = fcntl(1, F_GETFD) != -1 && write(1, "+", 1) == 1;
  bin = ks_file_open("-", KS_FILE_BINARY, &f, &err);
  if (bin == KS_OK)
    ks_file_abort(f);
  dup2(saved, 1);
  close(saved);
  close(p[1]);
  while ((k = read(p[0], got + len, sizeof got - 1 - (size_t)len)) > 0)
    len += k;
  got[len] = '\0';
  close(p[0]);
  INT_EQ(op, KS_OK, "open standard output");
  OK(stream, "standard output is a stream");
  INT_EQ(wr, KS_OK, "write standard output");
  INT_EQ(cm, KS_OK, "commit standard output");
  INT_EQ(bytes, 10, "commit's bytes for standard output");
  OK(still, "fd 1 is still open after commit");
  STR_EQ(got, "to stdout\n+", "the bytes through the pipe");
  INT_EQ(bin, KS_OK, "a binary output to a pipe is accepted");
}

/* Rule 7: a binary output to a terminal is refused, "-" or a device. */
static void test_terminal(void) {
  int m = posix_openpt(O_RDWR | O_NOCTTY), s = -1, saved;
  const char *name = NULL;
  char tty[PATH_MAX], msg[KS_ERROR_SIZE] = "";
  struct ks_file *f;
  struct ks_file_out bin = {"-", KS_FILE_BINARY, NULL};
  enum ks_status ob, ot = KS_ERR_IO, cb;
  if (m < 0 || grantpt(m) != 0 || unlockpt(m) != 0 || !(name = ptsname(m)) ||
      (s = open(name, O_RDWR | O_NOCTTY)) < 0) {
    printf("# skip terminal checks: no pseudo-terminal\n");
    if (m >= 0)
      close(m);
    return;
  }
  snprintf(tty, sizeof tty, "%s", name);
  fflush(stdout);
  saved = dup(1);
  dup2(s, 1);
  ob = ks_file_open("-", KS_FILE_BINARY, &f, &err);
  if (ob == KS_OK)
    ks_file_abort(f);
  snprintf(msg, sizeof msg, "%s", err.msg);
  cb = ks_file_check(&bin, 1, NULL, &err);
  if (ks_file_open("-", 0, &f, &err) == KS_OK)
    ot = ks_file_commit(f, NULL, &err);
  dup2(saved, 1);
  close(saved);
  INT_EQ(ob, KS_ERR_USAGE, "binary \"-\" to a terminal is refused");
  OK(strstr(msg, "terminal") != NULL, "the message says terminal");
  INT_EQ(cb, KS_ERR_USAGE, "ks_file_check refuses binary \"-\" on a tty");
  INT_EQ(ot, KS_OK, "\"-\" without KS_FILE_BINARY to a terminal is fine");
  INT_EQ(ks_file_open(tty, KS_FILE_BINARY, &f, &err), KS_ERR_USAGE,
         "a binary output to the terminal's path is refused");
  OK(strstr(err.msg, tty) != NULL, "the message names the terminal");
  bin.path = tty;
  INT_EQ(ks_file_check(&bin, 1, NULL, &err), KS_ERR_USAGE,
         "ks_file_check refuses the terminal's path as binary");
  bin.flags = 0;
  INT_EQ(ks_file_check(&bin, 1, NULL, &err), KS_OK,
         "ks_file_check takes the terminal's path as text");
  close(s);
  close(m);
}

/* Rule 8: a directory, a socket, a missing directory: refused, nothing
 * created. */
static void test_refusals(void) {
  static const struct {
    const char *path, *says;
  } cases[] = {{"d", "directory"},
               {"nodir/x", "No such file or directory"},
               {"old/x", "Not a directory"},
               {"sock", "not a regular file"}};
  struct sockaddr_un sa = {.sun_family = AF_UNIX, .sun_path = "sock"};
  int sk = socket(AF_UNIX, SOCK_STREAM, 0);
  must(sk >= 0 && bind(sk, (struct sockaddr *)&sa, sizeof sa) == 0, "socket");
  must(mkdir("d", 0755) == 0, "mkdir d");
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    struct ks_file *f = (struct ks_file *)&err; /* must become NULL */
    INT_EQ(ks_file_open(cases[i].path, 0, &f, &err), KS_ERR_ENCODE,
           cases[i].path);
    OK(f == NULL, "no writer on a refusal");
    OK(strstr(err.msg, cases[i].says) && strstr(err.msg, cases[i].path),
       "the message names the path and the reason");
    INT_EQ(ks_file_save(cases[i].path, "x", 1, &err), KS_ERR_ENCODE,
           "ks_file_save refuses it too");
  }
  OK(access("nodir", F_OK) != 0, "the missing directory is not created");
  OK(rmdir("d") == 0, "the directory is left empty");
  INT_EQ(temps(), 0, "no temporary file after refusals");
  if (sk >= 0)
    close(sk);
}

/* Rule 9: outputs checked before any work starts. */
static void test_check(void) {
  static const struct {
    const char *a, *b, *source;
    enum ks_status want;
    const char *says, *names;
  } cases[] = {
      {"chk/f", "chk/g", "chk/src", KS_OK, NULL, NULL},
      {"chk/f", NULL, NULL, KS_OK, NULL, NULL},
      {NULL, NULL, "chk/src", KS_OK, NULL, NULL},
      {"chk/new", "chk/d/new", "chk/src", KS_OK, NULL, NULL},
      {"/dev/null", "/dev/null", NULL, KS_OK, NULL, NULL},
      {"chk/f", "chk/f", NULL, KS_ERR_USAGE, "same file", "chk/f"},
      {"chk/f", "chk/link", NULL, KS_ERR_USAGE, "same file", "chk/link"},
      {"chk/hard", "chk/f", NULL, KS_ERR_USAGE, "same file", "chk/hard"},
      {"chk/d/x", "chk/d/./x", NULL, KS_ERR_USAGE, "same file", "chk/d/./x"},
      {"chk/new", "chk/../chk/new", NULL, KS_ERR_USAGE, "same", "chk/../"},
      {"chk/f", "chk/src", "chk/src", KS_ERR_USAGE, "source", "chk/src"},
      {"chk/srclink", NULL, "chk/src", KS_ERR_USAGE, "source", "chk/srclink"},
      {"chk/src", NULL, "chk/srclink", KS_ERR_USAGE, "source", "chk/src"},
      {"chk/f", "chk/no/x", NULL, KS_ERR_ENCODE, "No such file", "chk/no/x"},
      {"chk/d", NULL, NULL, KS_ERR_ENCODE, "directory", "chk/d"},
  };
  must(mkdir("chk", 0755) == 0 && mkdir("chk/d", 0755) == 0, "mkdir chk");
  put("chk/f", "f\n", 0644);
  put("chk/g", "g\n", 0644);
  put("chk/src", "source\n", 0644);
  must(symlink("f", "chk/link") == 0 && link("chk/f", "chk/hard") == 0 &&
           symlink("src", "chk/srclink") == 0,
       "links in chk");
  INT_EQ(ks_file_check(NULL, 0, NULL, &err), KS_OK, "no outputs at all");
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    struct ks_file_out outs[3] = {{cases[i].a, KS_FILE_BINARY, NULL},
                                  {NULL, 0, NULL},
                                  {cases[i].b, 0, NULL}};
    char what[160];
    snprintf(what, sizeof what, "check %s, %s (source %s)",
             cases[i].a ? cases[i].a : "-", cases[i].b ? cases[i].b : "-",
             cases[i].source ? cases[i].source : "none");
    err.msg[0] = '\0';
    INT_EQ(ks_file_check(outs, 3, cases[i].source, &err), cases[i].want, what);
    if (cases[i].want != KS_OK)
      OK(strstr(err.msg, cases[i].says) && strstr(err.msg, cases[i].names),
         what);
    if (cases[i].want == KS_ERR_USAGE && cases[i].b &&
        strcmp(cases[i].says, "source"))
      OK(strstr(err.msg, cases[i].a) && strstr(err.msg, cases[i].b),
         "a clash's message names both paths");
  }
  OK(access("chk/new", F_OK) != 0 && access("chk/d/x", F_OK) != 0 &&
         access("chk/no", F_OK) != 0,
     "ks_file_check creates nothing");
  has("chk/src", "source\n", "the source is untouched");
}

/* Rule 10: ks_file_save writes a whole file, keeping an old one's mode. */
static void test_save(void) {
  INT_EQ(ks_file_save("saved", "one\n", 4, &err), KS_OK, "save a new file");
  has("saved", "one\n", "saved content");
  INT_EQ(mode_of("saved"), 0644, "a saved new file is 0666 less the umask");
  must(chmod("saved", 0600) == 0, "chmod saved");
  INT_EQ(ks_file_save("saved", "two!\n", 5, &err), KS_OK, "save over it");
  has("saved", "two!\n", "saved over content");
  INT_EQ(mode_of("saved"), 0600, "save keeps the old file's mode");
}

/* Rule 11: two writers of one path: the last commit wins, whole. */
static void test_two_writers(void) {
  static const char one[] = "first writer\n",
                    two[] = "second writer, a longer text\n";
  for (int round = 0; round < 2; round++) { /* a new path, then existing */
    struct ks_file *a, *b = NULL;
    INT_EQ(ks_file_open("both", 0, &a, &err), KS_OK, "first writer");
    INT_EQ(ks_file_open("both", 0, &b, &err), KS_OK, "second writer");
    if (!a || !b) {
      ks_file_abort(a);
      ks_file_abort(b);
      continue;
    }
    OK(strcmp(ks_file_temp_path(a), ks_file_temp_path(b)) != 0,
       "each writer has its own temporary file");
    INT_EQ(ks_file_write(b, two, strlen(two), &err), KS_OK, "second writes");
    INT_EQ(ks_file_write(a, one, strlen(one), &err), KS_OK, "first writes");
    INT_EQ(ks_file_commit(a, NULL, &err), KS_OK, "first commits");
    has("both", one, "after the first commit");
    INT_EQ(ks_file_commit(b, NULL, &err), KS_OK, "second commits");
    has("both", two, "the second's content, complete");
    INT_EQ(temps(), 0, "no temporary file left by two writers");
  }
}

int main(void) {
  for (size_t i = 0; i < sizeof big; i++)
    big[i] = (char)(i * 7 + i / 251);
  umask(022);
  if (!mkdtemp(base) || chdir(base) != 0) {
    printf("cannot make a work directory under /tmp\n");
    return 1;
  }
  test_new();
  test_replace();
  test_abort();
  test_links();
  test_fifo();
  test_dev_null();
  test_stdout();
  test_terminal();
  test_refusals();
  test_check();
  test_save();
  test_two_writers();
  INT_EQ(temps(), 0, "no temporary file anywhere at the end");
  must(chdir("/") == 0, "chdir /");
  nftw(base, rm_one, 16, FTW_DEPTH | FTW_PHYS);
  OK(access(base, F_OK) != 0, "the work directory is removed");
  return t_summary("test_file");
}
