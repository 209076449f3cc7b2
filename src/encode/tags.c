/* tags.c - the tag names every Vorbis-comment writer uses.
 * SPDX-License-Identifier: MIT
 */
#include "writer.h"

void ks_vorbis_comments(const struct ks_tags *tags,
                        void (*put)(void *ctx, const char *name,
                                    const char *value),
                        void *ctx) {
  if (tags) {
    const struct {
      const char *name, *value;
    } fields[] = {{"TITLE", tags->title},
                  {"ARTIST", tags->artist},
                  {"ALBUM", tags->album},
                  {"DATE", tags->date},
                  {"COMMENT", tags->comment}};
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
      if (fields[i].value && *fields[i].value)
        put(ctx, fields[i].name, fields[i].value);
  }
  put(ctx, "ENCODER", "kispeak " KS_VERSION);
}
