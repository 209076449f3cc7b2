/* pipe.c - a bounded queue that feeds a consumer on its own thread.
 * SPDX-License-Identifier: MIT
 *
 * Synthesis runs on one core; levelling, spooling and encoding can run on
 * another at the same time. The queue is bounded, so memory stays flat when
 * the consumer is the slower side. A sleeping consumer is woken only once a
 * few blocks wait, a producer waiting for room only once half the slots are
 * free: a wake-up is a system call, and on a virtual machine it can cost as
 * much as the work in a block. (Waiting for half of a long queue would leave
 * the consumer idle while synthesis fills it.)
 */
#include "pipe.h"
#include "buf.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#define WAKE_SLOTS 4 /* a sleeping consumer is woken once this many wait */

struct slot {
  void *data;
  size_t n;
};

struct ks_pipe {
  pthread_t thread;
  pthread_mutex_t lock;
  pthread_cond_t more, room;
  struct slot *slots;
  size_t n_slots, slot_bytes, head, count;
  bool closing;
  bool consumer_asleep, producer_asleep;
  ks_pipe_fn consume;
  void *ctx;
  enum ks_status status; /* the consumer's first failure */
  struct ks_error err;
  char *fill;    /* the slot being filled (past the counted ones), or NULL */
  size_t filled; /* bytes in it */
};

static void *run(void *arg) {
  struct ks_pipe *p = arg;
  for (;;) {
    struct slot s;
    enum ks_status st = KS_OK;
    pthread_mutex_lock(&p->lock);
    while (p->count == 0 && !p->closing) {
      p->consumer_asleep = true;
      pthread_cond_wait(&p->more, &p->lock);
      p->consumer_asleep = false;
    }
    if (p->count == 0) { /* closing and drained */
      pthread_mutex_unlock(&p->lock);
      return NULL;
    }
    s = p->slots[p->head];
    pthread_mutex_unlock(&p->lock);
    /* the slot is still counted, so the producer does not reuse it */
    if (p->status == KS_OK)
      st = p->consume(p->ctx, s.data, s.n, &p->err);
    pthread_mutex_lock(&p->lock);
    if (st != KS_OK && p->status == KS_OK)
      p->status = st;
    p->head = (p->head + 1) % p->n_slots;
    p->count--;
    if (p->producer_asleep && (p->count * 2 <= p->n_slots || p->status))
      pthread_cond_signal(&p->room);
    pthread_mutex_unlock(&p->lock);
  }
}

// Frees a pipe whose thread is not running (never started, or joined).
static void pipe_free(struct ks_pipe *p) {
  for (size_t i = 0; i < p->n_slots; i++)
    free(p->slots[i].data);
  free(p->slots);
  pthread_mutex_destroy(&p->lock);
  pthread_cond_destroy(&p->more);
  pthread_cond_destroy(&p->room);
  free(p);
}

enum ks_status ks_pipe_start(struct ks_pipe **out, size_t slot_bytes,
                             size_t slots, ks_pipe_fn consume, void *ctx,
                             struct ks_error *err) {
  struct ks_pipe *p = ks_xcalloc(1, sizeof *p);
  *out = NULL;
  p->slots = ks_xcalloc(slots, sizeof *p->slots);
  for (size_t i = 0; i < slots; i++)
    p->slots[i].data = ks_xmalloc(slot_bytes);
  p->n_slots = slots;
  p->slot_bytes = slot_bytes;
  p->consume = consume;
  p->ctx = ctx;
  pthread_mutex_init(&p->lock, NULL);
  pthread_cond_init(&p->more, NULL);
  pthread_cond_init(&p->room, NULL);
  if (pthread_create(&p->thread, NULL, run, p) != 0) {
    pipe_free(p);
    return ks_error_set(err, KS_ERR_IO, "cannot start a thread");
  }
  *out = p;
  return KS_OK;
}

/* The next free slot, waiting while every slot is counted. */
static enum ks_status claim(struct ks_pipe *p, struct ks_error *err) {
  enum ks_status st;
  pthread_mutex_lock(&p->lock);
  while (p->count == p->n_slots && p->status == KS_OK) {
    p->producer_asleep = true;
    pthread_cond_wait(&p->room, &p->lock);
    p->producer_asleep = false;
  }
  st = p->status;
  if (st != KS_OK) {
    if (err)
      *err = p->err;
  } else {
    /* only this thread fills slots past the counted ones */
    p->fill = p->slots[(p->head + p->count) % p->n_slots].data;
    p->filled = 0;
  }
  pthread_mutex_unlock(&p->lock);
  return st;
}

/* Counts the slot being filled, and wakes the consumer when it is due. */
static void hand_on(struct ks_pipe *p) {
  if (!p->fill)
    return;
  pthread_mutex_lock(&p->lock);
  p->slots[(p->head + p->count) % p->n_slots].n = p->filled;
  p->count++;
  if (p->consumer_asleep &&
      (p->count * 2 >= p->n_slots || p->count >= WAKE_SLOTS))
    pthread_cond_signal(&p->more);
  pthread_mutex_unlock(&p->lock);
  p->fill = NULL;
}

enum ks_status ks_pipe_write(struct ks_pipe *p, const void *data, size_t n,
                             struct ks_error *err) {
  const char *d = data;
  while (n > 0) {
    size_t k;
    if (!p->fill) {
      enum ks_status st = claim(p, err);
      if (st != KS_OK)
        return st;
    }
    k = p->slot_bytes - p->filled < n ? p->slot_bytes - p->filled : n;
    memcpy(p->fill + p->filled, d, k);
    p->filled += k;
    d += k;
    n -= k;
    if (p->filled == p->slot_bytes)
      hand_on(p);
  }
  return KS_OK;
}

enum ks_status ks_pipe_finish(struct ks_pipe *p, struct ks_error *err) {
  enum ks_status st;
  if (!p)
    return KS_OK;
  hand_on(p); /* the last, partial block */
  pthread_mutex_lock(&p->lock);
  p->closing = true;
  pthread_cond_signal(&p->more);
  pthread_mutex_unlock(&p->lock);
  pthread_join(p->thread, NULL);
  st = p->status;
  if (st != KS_OK && err)
    *err = p->err;
  pipe_free(p);
  return st;
}
