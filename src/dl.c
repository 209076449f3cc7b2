/* dl.c - a library opened with dlopen() on first use.
 * SPDX-License-Identifier: MIT
 */
#include "dl.h"

#include <dlfcn.h>
#include <string.h>

const char *ks_dl_load(const char *soname, const struct ks_dl_sym *syms,
                       size_t n, void *table) {
  const char *why;
  void *lib = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
  if (!lib) {
    why = dlerror();
    return why ? why : "unknown error";
  }
  for (size_t i = 0; i < n; i++) {
    void *sym = dlsym(lib, syms[i].name);
    if (!sym) {
      why = dlerror();
      (void)dlclose(lib);
      return why ? why : "a function is missing";
    }
    /* POSIX lets a function pointer live in a void *; ISO C has no cast. */
    memcpy((char *)table + syms[i].off, &sym, sizeof sym);
  }
  return NULL;
}
