/* pipe.h - a bounded queue that feeds a consumer on its own thread (internal).
 * SPDX-License-Identifier: MIT
 */
#ifndef KS_PIPE_H
#define KS_PIPE_H

#include "kispeak.h"

typedef enum ks_status (*ks_pipe_fn)(void *ctx, const void *data, size_t n,
                                     struct ks_error *err);

struct ks_pipe;

/** Start a thread that calls consume(ctx, block, bytes, err) for each block
 *  pushed, in order. Blocks are copied; at most `slots` wait at once, each of
 *  at most `slot_bytes`. */
KS_NODISCARD enum ks_status ks_pipe_start(struct ks_pipe **out,
                                          size_t slot_bytes, size_t slots,
                                          ks_pipe_fn consume, void *ctx,
                                          struct ks_error *err);
/** Queue a copy of data (n <= slot_bytes); waits while the queue is full.
 *  Returns the consumer's failure, if it has failed. */
KS_NODISCARD enum ks_status ks_pipe_push(struct ks_pipe *p, const void *data,
                                         size_t n, struct ks_error *err);
/** The next free slot, to be filled in place (waits while the queue is
 *  full), then handed on with ks_pipe_commit(). Returns the consumer's
 *  failure, if it has failed. */
KS_NODISCARD enum ks_status ks_pipe_claim(struct ks_pipe *p, void **buf,
                                          struct ks_error *err);
/** Hand the claimed slot, holding n bytes, to the consumer. */
void ks_pipe_commit(struct ks_pipe *p, size_t n);
/** Wait for every block to be consumed, stop the thread, free the pipe.
 *  Returns the consumer's status (the first failure). NULL is a no-op. */
enum ks_status ks_pipe_finish(struct ks_pipe *p, struct ks_error *err);

#endif
