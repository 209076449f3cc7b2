/* podcast.h - the command line of `kispeak podcast` (internal to the
 * program).
 * SPDX-License-Identifier: MIT
 */
#ifndef KS_CLI_PODCAST_H
#define KS_CLI_PODCAST_H

/** Run `kispeak podcast`, with argv[0] "podcast"; returns the exit status:
 *  0 success, 1 failure, 2 usage error, 3 some items failed (the rest are
 *  published). */
int cli_podcast(int argc, char **argv);

#endif
