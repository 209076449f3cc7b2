/* file.c - every output written safely: whole or not at all.
 * SPDX-License-Identifier: MIT
 *
 * The rules are in file.h. The temporary file is created with O_EXCL and
 * mode 0666, so the kernel applies the umask: reading the umask would mean
 * setting it, which races with other threads creating files.
 */
#include "file.h"
#include "buf.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define MAX_LINKS 40 /* as the kernel's own limit on a chain of links */

enum kind {
  K_NEW,     /* nothing there yet: created by rename */
  K_REPLACE, /* a regular file: replaced by rename */
  K_STREAM,  /* a FIFO or a character device */
  K_STDOUT   /* "-" */
};

/* Where a path leads, once its links are followed. */
struct target {
  enum kind kind;
  char *path;       /* what is renamed onto (K_NEW, K_REPLACE), owned */
  struct stat st;   /* of the file there (K_REPLACE, K_STREAM, K_STDOUT) */
  struct stat dir;  /* of its directory (K_NEW) */
  const char *base; /* its last component, in path (K_NEW) */
};

struct ks_file {
  enum kind kind;
  int fd;
  char *given;  /* the path as given */
  char *target; /* what the temporary file is renamed onto */
  char *tmp;    /* the temporary file, NULL once renamed */
  mode_t mode;  /* the replaced file's mode, set at commit */
  bool keep_mode;
  uint64_t streamed; /* bytes written to a stream */
};

static enum ks_status io_error(struct ks_error *err, const char *what,
                               const char *path, int e) {
  ks_error_set(err, KS_ERR_ENCODE, "%s %s: %s", what, path, strerror(e));
  return KS_ERR_ENCODE;
}

// The directory part of path ("." when it has none), newly allocated.
static char *dir_of(const char *path) {
  const char *slash = strrchr(path, '/');
  if (!slash)
    return ks_xstrdup(".");
  if (slash == path)
    return ks_xstrdup("/");
  return ks_xstrndup(path, (size_t)(slash - path));
}

/* The path a chain of symbolic links ends at (path itself when it is no
 * link), newly allocated. A link's relative target is read from the link's
 * directory. A loop stops after MAX_LINKS and is left for open() to
 * report. */
static char *follow_links(const char *path) {
  char *cur = ks_xstrdup(path);
  for (int hops = 0; hops < MAX_LINKS; hops++) {
    struct stat ls;
    char to[PATH_MAX];
    ssize_t k;
    struct ks_buf next = KS_BUF_INIT;
    if (lstat(cur, &ls) != 0 || !S_ISLNK(ls.st_mode))
      break;
    k = readlink(cur, to, sizeof to - 1);
    if (k <= 0)
      break;
    to[k] = '\0';
    if (to[0] != '/') {
      char *dir = dir_of(cur);
      ks_buf_puts(&next, dir);
      ks_buf_putc(&next, '/');
      free(dir);
    }
    ks_buf_puts(&next, to);
    free(cur);
    cur = ks_buf_detach(&next, NULL);
  }
  return cur;
}

// Where path leads; fills t (t->path is freed by the caller).
static enum ks_status resolve(const char *path, struct target *t,
                              struct ks_error *err) {
  memset(t, 0, sizeof *t);
  if (!strcmp(path, "-")) {
    t->kind = K_STDOUT;
    if (fstat(STDOUT_FILENO, &t->st) != 0)
      return io_error(err, "cannot write", "standard output", errno);
    return KS_OK;
  }
  if (stat(path, &t->st) == 0) {
    if (S_ISFIFO(t->st.st_mode) || S_ISCHR(t->st.st_mode)) {
      t->kind = K_STREAM;
      return KS_OK;
    }
    if (S_ISDIR(t->st.st_mode))
      return io_error(err, "cannot write", path, EISDIR);
    if (!S_ISREG(t->st.st_mode)) {
      ks_error_set(err, KS_ERR_ENCODE,
                   "cannot write %s: not a regular file, "
                   "FIFO or character device",
                   path);
      return KS_ERR_ENCODE;
    }
    t->kind = K_REPLACE;
    t->path = follow_links(path);
  } else if (errno == ENOENT) {
    char *dir;
    t->kind = K_NEW;
    t->path = follow_links(path); /* a dangling link: create what it names */
    dir = dir_of(t->path);
    if (stat(dir, &t->dir) != 0) {
      int e = errno;
      free(dir);
      return io_error(err, "cannot write", path, e);
    }
    free(dir);
    if (!S_ISDIR(t->dir.st_mode))
      return io_error(err, "cannot write", path, ENOTDIR);
    t->base = strrchr(t->path, '/') ? strrchr(t->path, '/') + 1 : t->path;
  } else {
    return io_error(err, "cannot write", path, errno);
  }
  {
    char *dir = dir_of(t->path);
    int ok = access(dir, W_OK | X_OK);
    int e = errno;
    free(dir);
    if (ok != 0)
      return io_error(err, "cannot write", path, e);
  }
  return KS_OK;
}

// Whether two targets are one file (or, both new, one name in one directory).
static bool same_target(const struct target *a, const struct target *b) {
  if (a->kind == K_NEW || b->kind == K_NEW)
    return a->kind == b->kind && a->dir.st_dev == b->dir.st_dev &&
           a->dir.st_ino == b->dir.st_ino && !strcmp(a->base, b->base);
  return a->st.st_dev == b->st.st_dev && a->st.st_ino == b->st.st_ino;
}

// A binary output that is a terminal (only a stream can be one).
static enum ks_status no_terminal(const char *path, const struct target *t,
                                  struct ks_error *err) {
  int fd = t->kind == K_STDOUT ? STDOUT_FILENO : -1;
  bool tty;
  if (t->kind == K_STREAM && S_ISCHR(t->st.st_mode))
    fd = open(path, O_WRONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  tty = fd >= 0 && isatty(fd);
  if (fd > STDOUT_FILENO)
    close(fd);
  if (!tty)
    return KS_OK;
  ks_error_set(err, KS_ERR_USAGE,
               "%s is a terminal: name a file, or pipe "
               "the audio to a player",
               t->kind == K_STDOUT ? "standard output" : path);
  return KS_ERR_USAGE;
}

enum ks_status ks_file_check(const struct ks_file_out *outs, size_t n,
                             const char *source, struct ks_error *err) {
  struct target *t = ks_xcalloc(n ? n : 1, sizeof *t);
  struct stat src;
  bool have_src = source && strcmp(source, "-") && stat(source, &src) == 0 &&
                  S_ISREG(src.st_mode);
  enum ks_status st = KS_OK;
  size_t done = 0;

  for (; done < n && st == KS_OK; done++) {
    if (!outs[done].path)
      continue;
    st = resolve(outs[done].path, &t[done], err);
    if (st == KS_OK && (outs[done].flags & KS_FILE_BINARY))
      st = no_terminal(outs[done].path, &t[done], err);
    st = ks_error_option(err, st, outs[done].option);
  }
  for (size_t i = 0; st == KS_OK && i < n; i++) {
    if (!outs[i].path)
      continue;
    if (have_src && t[i].kind != K_NEW && t[i].st.st_dev == src.st_dev &&
        t[i].st.st_ino == src.st_ino) {
      st = ks_error_set(err, KS_ERR_USAGE,
                        "%s is the source; writing it "
                        "would destroy it",
                        outs[i].path);
      break;
    }
    for (size_t j = 0; j < i; j++) {
      if (!outs[j].path || !same_target(&t[i], &t[j]))
        continue;
      if (t[i].kind == K_STREAM && S_ISCHR(t[i].st.st_mode))
        continue; /* /dev/null twice is no clash */
      st = ks_error_set(err, KS_ERR_USAGE, "%s and %s are the same file",
                        outs[j].path, outs[i].path);
      break;
    }
  }
  for (size_t i = 0; i < done; i++)
    free(t[i].path);
  free(t);
  return st;
}

/* A new file beside target, ".kispeak-XXXXXX", created exclusively with
 * mode less the umask. */
static int make_temp(const char *target, mode_t mode, char **tmp) {
  static const char digits[] =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  static unsigned counter;
  char *dir = dir_of(target);
  struct ks_buf b = KS_BUF_INIT;
  int fd = -1;
  for (int attempt = 0; attempt < 100 && fd < 0; attempt++) {
    struct timespec ts;
    unsigned long x;
    clock_gettime(CLOCK_REALTIME, &ts);
    x = (unsigned long)ts.tv_nsec ^ ((unsigned long)getpid() << 16) ^
        (__atomic_add_fetch(&counter, 1, __ATOMIC_RELAXED) * 2654435761u);
    ks_buf_clear(&b);
    ks_buf_printf(&b, "%s/.kispeak-", dir);
    for (int i = 0; i < 6; i++, x /= 62)
      ks_buf_putc(&b, digits[x % 62]);
    fd = open(b.ptr, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0 && errno != EEXIST)
      break;
  }
  free(dir);
  if (fd < 0) {
    int e = errno;
    ks_buf_free(&b);
    errno = e;
    return -1;
  }
  *tmp = ks_buf_detach(&b, NULL);
  return fd;
}

enum ks_status ks_file_open(const char *path, unsigned flags,
                            struct ks_file **out, struct ks_error *err) {
  struct target t;
  struct ks_file *f;
  enum ks_status st = resolve(path, &t, err);

  *out = NULL;
  if (st != KS_OK) {
    free(t.path);
    return st;
  }
  f = ks_xcalloc(1, sizeof *f);
  f->kind = t.kind;
  f->fd = -1;
  f->given = ks_xstrdup(path);
  f->target = t.path;
  if (flags & KS_FILE_BINARY)
    st = no_terminal(path, &t, err);
  if (st != KS_OK) {
    ks_file_abort(f);
    return st;
  }
  if (t.kind == K_STDOUT) {
    f->fd = fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3);
  } else if (t.kind == K_STREAM) {
    f->fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC);
  } else if (t.kind == K_NEW) {
    f->fd = make_temp(t.path, 0666, &f->tmp);
  } else {
    /* the new file takes the old one's place: its owner where we may set
     * it, and its mode, set at commit (a change of owner, or a write without
     * CAP_FSETID, clears set-user-ID). It is created no more open than the
     * old one, so no one can read it who could not read that. */
    f->fd = make_temp(t.path, t.st.st_mode & 0777, &f->tmp);
    if (f->fd >= 0 && (t.st.st_uid != geteuid() || t.st.st_gid != getegid()))
      (void)!fchown(f->fd, t.st.st_uid, t.st.st_gid);
    f->mode = t.st.st_mode & 07777;
    f->keep_mode = true;
  }
  if (f->fd < 0) {
    st = io_error(err, "cannot write", path, errno);
    ks_file_abort(f);
    return st;
  }
  *out = f;
  return KS_OK;
}

int ks_file_fd(const struct ks_file *f) { return f->fd; }

bool ks_file_seekable(const struct ks_file *f) {
  return f->kind == K_NEW || f->kind == K_REPLACE;
}

const char *ks_file_temp_path(const struct ks_file *f) { return f->tmp; }

const char *ks_file_path(const struct ks_file *f) { return f->given; }

enum ks_status ks_file_adopt(struct ks_file *f, struct ks_error *err) {
  int fd;
  if (!f->tmp)
    return ks_error_set(err, KS_ERR_ENCODE, "%s is a stream", f->given);
  fd = open(f->tmp, O_RDWR | O_CLOEXEC);
  if (fd < 0)
    return io_error(err, "cannot write", f->given, errno);
  close(f->fd);
  f->fd = fd;
  return KS_OK;
}

enum ks_status ks_file_write(struct ks_file *f, const void *data, size_t n,
                             struct ks_error *err) {
  const char *p = data;
  while (n > 0) {
    ssize_t k = write(f->fd, p, n);
    if (k < 0 && errno == EINTR)
      continue;
    if (k <= 0)
      return io_error(err, "cannot write", f->given, k < 0 ? errno : EIO);
    p += k;
    n -= (size_t)k;
    f->streamed += (uint64_t)k;
  }
  return KS_OK;
}

// Makes a rename in dir last across a crash; a failure here loses nothing.
static void sync_dir(const char *path) {
  char *dir = dir_of(path);
  int fd = open(dir, O_RDONLY | O_CLOEXEC);
  if (fd >= 0) {
    (void)fsync(fd);
    close(fd);
  }
  free(dir);
}

enum ks_status ks_file_commit(struct ks_file *f, uint64_t *bytes,
                              struct ks_error *err) {
  enum ks_status st = KS_OK;
  struct stat sb;
  if (!ks_file_seekable(f)) {
    if (bytes)
      *bytes = f->streamed;
    if (close(f->fd) != 0 && errno != EINTR)
      st = io_error(err, "cannot write", f->given, errno);
    f->fd = -1;
    ks_file_abort(f);
    return st;
  }
  if (f->keep_mode)
    (void)fchmod(f->fd, f->mode);
  if (fsync(f->fd) != 0 || fstat(f->fd, &sb) != 0) {
    st = io_error(err, "cannot write", f->given, errno);
  } else {
    int rc = close(f->fd);
    f->fd = -1;
    if (rc != 0)
      st = io_error(err, "cannot write", f->given, errno);
    else if (rename(f->tmp, f->target) != 0)
      st = io_error(err, "cannot rename onto", f->given, errno);
    else {
      free(f->tmp);
      f->tmp = NULL; /* nothing left to remove */
      sync_dir(f->target);
      if (bytes)
        *bytes = (uint64_t)sb.st_size;
    }
  }
  ks_file_abort(f);
  return st;
}

void ks_file_abort(struct ks_file *f) {
  if (!f)
    return;
  if (f->fd >= 0)
    close(f->fd);
  if (f->tmp)
    unlink(f->tmp);
  free(f->tmp);
  free(f->target);
  free(f->given);
  free(f);
}

enum ks_status ks_file_save(const char *path, const void *data, size_t len,
                            struct ks_error *err) {
  struct ks_file *f;
  enum ks_status st = ks_file_open(path, 0, &f, err);
  if (st != KS_OK)
    return st;
  st = ks_file_write(f, data, len, err);
  if (st != KS_OK) {
    ks_file_abort(f);
    return st;
  }
  return ks_file_commit(f, NULL, err);
}
