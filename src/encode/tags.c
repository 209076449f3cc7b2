/* tags.c - the tag names every Vorbis-comment writer uses, and the Ogg
 * stream's serial number.
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

int ks_ogg_serial(const struct ks_tags *tags) {
  /* FNV-1a 32 over the tags: the same episode gets the same serial, so its
   * file is the same bytes each time it is made; two episodes chained into
   * one Ogg file have different titles, so different serials. */
  uint32_t h = 2166136261u;
  const char *const f[] = {tags ? tags->title : NULL,
                           tags ? tags->artist : NULL,
                           tags ? tags->date : NULL,
                           tags ? tags->comment : NULL};
  for (size_t i = 0; i < sizeof f / sizeof f[0]; i++) {
    for (const char *p = f[i] ? f[i] : ""; *p; p++)
      h = (h ^ (unsigned char)*p) * 16777619u;
    h = (h ^ 0xffu) * 16777619u; /* a field's end */
  }
  return (int)(h & 0x7fffffff);
}
