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
 *  written, in order; at most `slots` wait at once, each of `slot_bytes`
 *  (the last may be shorter). */
KS_NODISCARD enum ks_status ks_pipe_start(struct ks_pipe **out,
                                          size_t slot_bytes, size_t slots,
                                          ks_pipe_fn consume, void *ctx,
                                          struct ks_error *err);
/** Copy n bytes into the queue, straight into its slots. A slot goes to the
 *  consumer when full (or at ks_pipe_finish), so with slot_bytes a multiple
 *  of the consumer's unit (a sample, a frame), writes of whole units never
 *  split one. Waits while the queue is full. Returns the consumer's failure,
 *  if it has failed. */
KS_NODISCARD enum ks_status ks_pipe_write(struct ks_pipe *p, const void *data,
                                          size_t n, struct ks_error *err);
/** Hand on the last, partial block, wait for every block to be consumed,
 *  stop the thread, free the pipe.
 *  Returns the consumer's status (the first failure). NULL is a no-op. */
enum ks_status ks_pipe_finish(struct ks_pipe *p, struct ks_error *err);

#endif
