/* test_pipe.c - the thread queue: order, bounds, and consumers that are slow,
 * fail, or stop early.
 * SPDX-License-Identifier: MIT
 */
#include "harness.h"
#include "pipe.h"

#include <pthread.h>
#include <time.h>

#define SLOT 64 /* bytes a slot */
#define SLOTS 4

/* A consumer that checks what it gets: every byte is the next of a counting
 * sequence. It can be slow, and it can fail at a given block. */
struct consumer {
  pthread_mutex_t lock;
  size_t blocks, bytes;
  unsigned char next; /* the byte expected next */
  bool out_of_order;
  bool partial_mid; /* a short block before the last */
  size_t last_len;  /* the length of the last block seen */
  long delay_us;    /* sleep per block */
  size_t fail_at;   /* fail on this block (1-based); 0: never */
};

static void pause_us(long us) {
  struct timespec ts = {us / 1000000, (us % 1000000) * 1000};
  nanosleep(&ts, NULL);
}

static enum ks_status consume(void *ctx, const void *data, size_t n,
                              struct ks_error *err) {
  struct consumer *c = ctx;
  const unsigned char *p = data;
  if (c->delay_us)
    pause_us(c->delay_us);
  pthread_mutex_lock(&c->lock);
  c->blocks++;
  if (c->last_len && c->last_len < SLOT)
    c->partial_mid = true;
  c->last_len = n;
  for (size_t i = 0; i < n; i++, c->next++)
    if (p[i] != c->next)
      c->out_of_order = true;
  c->bytes += n;
  pthread_mutex_unlock(&c->lock);
  if (c->fail_at && c->blocks == c->fail_at)
    return ks_error_set(err, KS_ERR_ENCODE, "disk full at block %zu",
                        c->blocks);
  return KS_OK;
}

static size_t consumed(struct consumer *c) {
  size_t b;
  pthread_mutex_lock(&c->lock);
  b = c->bytes;
  pthread_mutex_unlock(&c->lock);
  return b;
}

static void consumer_init(struct consumer *c, long delay_us, size_t fail_at) {
  memset(c, 0, sizeof *c);
  pthread_mutex_init(&c->lock, NULL);
  c->delay_us = delay_us;
  c->fail_at = fail_at;
}

/* Write total bytes of the counting sequence in writes of varying sizes
 * (1 to 150 bytes: within, across and beyond slots). Records the most bytes
 * the producer was ever ahead of the consumer, and stops at the first
 * failure, returning it. */
static enum ks_status produce(struct ks_pipe *p, struct consumer *c,
                              size_t total, size_t *ahead, size_t *written,
                              struct ks_error *err) {
  unsigned char buf[160], next = 0;
  size_t done = 0, step = 0;
  enum ks_status st = KS_OK;
  *ahead = 0;
  while (done < total && st == KS_OK) {
    size_t k = 1 + (step++ * 37) % 150, lag;
    if (k > total - done)
      k = total - done;
    for (size_t i = 0; i < k; i++)
      buf[i] = next++;
    st = ks_pipe_write(p, buf, k, err);
    if (st == KS_OK)
      done += k;
    lag = done - consumed(c);
    if (lag > *ahead)
      *ahead = lag;
  }
  *written = done;
  return st;
}

int main(void) {
  struct ks_pipe *p = NULL;
  struct consumer c;
  struct ks_error err = {KS_OK, "", NULL};
  size_t ahead, written;

  /* in order, every byte, the partial last block handed on at the end */
  consumer_init(&c, 0, 0);
  INT_EQ(ks_pipe_start(&p, SLOT, SLOTS, consume, &c, &err), KS_OK, "start");
  INT_EQ(produce(p, &c, 100000 + 17, &ahead, &written, &err), KS_OK,
         "100 kB written");
  INT_EQ(ks_pipe_finish(p, &err), KS_OK, "finish");
  INT_EQ(c.bytes, 100017, "every byte reached the consumer");
  OK(!c.out_of_order, "in order");
  OK(!c.partial_mid, "only the last block is short");
  INT_EQ(c.last_len, 100017 % SLOT, "the partial last block arrives at finish");

  /* a slow consumer: the producer waits, never more than the queue ahead */
  consumer_init(&c, 2000, 0);
  INT_EQ(ks_pipe_start(&p, SLOT, SLOTS, consume, &c, &err), KS_OK, "start");
  INT_EQ(produce(p, &c, 40 * SLOT, &ahead, &written, &err), KS_OK,
         "40 blocks to a consumer taking 2 ms each");
  OK(ahead <= (SLOTS + 2) * SLOT,
     "the producer waits: at most the slots, the one being filled and the "
     "one being consumed ahead");
  INT_EQ(ks_pipe_finish(p, &err), KS_OK, "finish waits for the last blocks");
  INT_EQ(c.bytes, 40 * SLOT, "all of them consumed");
  OK(!c.out_of_order, "in order");

  /* a consumer that fails on its first block: the producer hears of it at
   * once, with the consumer's message, and nothing more is consumed */
  consumer_init(&c, 0, 1);
  err.code = KS_OK;
  INT_EQ(ks_pipe_start(&p, SLOT, SLOTS, consume, &c, &err), KS_OK, "start");
  INT_EQ(produce(p, &c, 1000 * SLOT, &ahead, &written, &err), KS_ERR_ENCODE,
         "a write fails with the consumer's failure");
  OK(strstr(err.msg, "disk full at block 1") != NULL, err.msg);
  OK(written < (SLOTS + 3) * SLOT, "within a queue's length of the failure");
  err.code = KS_OK;
  INT_EQ(ks_pipe_finish(p, &err), KS_ERR_ENCODE, "finish says so too");
  OK(strstr(err.msg, "disk full") != NULL, "with the message");
  INT_EQ(c.blocks, 1, "no block is consumed after the failure");

  /* a consumer that stops early, while the producer waits for room: the
   * producer is woken, not left waiting forever */
  consumer_init(&c, 1000, 10);
  INT_EQ(ks_pipe_start(&p, SLOT, SLOTS, consume, &c, &err), KS_OK, "start");
  INT_EQ(produce(p, &c, 1000 * SLOT, &ahead, &written, &err), KS_ERR_ENCODE,
         "the producer, waiting on a full queue, hears of the stop");
  OK(strstr(err.msg, "block 10") != NULL, err.msg);
  OK(written >= 10 * SLOT && written < (10 + SLOTS + 3) * SLOT,
     "having written about the queue's length past the stop");
  INT_EQ(ks_pipe_finish(p, &err), KS_ERR_ENCODE, "finish returns the stop");
  INT_EQ(c.blocks, 10, "nothing is consumed after it");
  OK(!c.out_of_order, "what was consumed came in order");

  /* finishing with nothing written, and with nothing at all */
  consumer_init(&c, 0, 0);
  INT_EQ(ks_pipe_start(&p, SLOT, SLOTS, consume, &c, &err), KS_OK, "start");
  INT_EQ(ks_pipe_finish(p, &err), KS_OK, "finish with nothing written");
  INT_EQ(c.blocks, 0, "no empty block is handed on");
  INT_EQ(ks_pipe_finish(NULL, &err), KS_OK, "finish(NULL) is a no-op");
  return t_summary("test_pipe");
}
