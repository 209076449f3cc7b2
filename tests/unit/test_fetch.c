/* test_fetch.c - ks_fetch against a loopback server run by this test.
 * SPDX-License-Identifier: MIT
 */
#include "harness.h"
#include "kispeak.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <unistd.h>

static int listener;
static int port;

/* One canned response per path; the server answers until the socket closes. */
static void answer(int c, const char *path) {
  char big[3000];
  const char *resp;
  char buf[4096];
  if (!strcmp(path, "/page"))
    resp = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1251"
           "\r\nContent-Length: 12\r\nConnection: close\r\n\r\n<p>hello</p>";
  else if (!strcmp(path, "/missing"))
    resp = "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n"
           "Content-Length: 9\r\nConnection: close\r\n\r\nnot here.";
  else if (!strcmp(path, "/png"))
    resp = "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: 8"
           "\r\nConnection: close\r\n\r\n\x89PNG\r\n\x1a\n";
  else if (!strcmp(path, "/redirect"))
    resp = "HTTP/1.1 302 Found\r\nLocation: /page\r\nContent-Length: 0\r\n"
           "Connection: close\r\n\r\n";
  else if (!strcmp(path, "/loop"))
    resp = "HTTP/1.1 302 Found\r\nLocation: /loop\r\nContent-Length: 0\r\n"
           "Connection: close\r\n\r\n";
  else if (!strcmp(path, "/file"))
    resp = "HTTP/1.1 302 Found\r\nLocation: file:///etc/passwd\r\n"
           "Content-Length: 0\r\nConnection: close\r\n\r\n";
  else {
    memset(big, 'x', sizeof big);
    snprintf(buf, sizeof buf,
             "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
             "Content-Length: %zu\r\nConnection: close\r\n\r\n",
             sizeof big);
    if (write(c, buf, strlen(buf)) < 0 || write(c, big, sizeof big) < 0)
      return;
    return;
  }
  if (write(c, resp, strlen(resp) + (strstr(resp, "PNG") ? 0 : 0)) < 0)
    return;
}

static void *serve(void *arg) {
  (void)arg;
  for (;;) {
    char req[4096], path[256] = "";
    ssize_t n;
    int c = accept(listener, NULL, NULL);
    if (c < 0)
      return NULL;
    n = read(c, req, sizeof req - 1);
    if (n > 0) {
      req[n] = '\0';
      if (sscanf(req, "GET %255s", path) == 1)
        answer(c, path);
    }
    close(c);
  }
}

static enum ks_status get(const char *path, size_t max, struct ks_page *page,
                          struct ks_error *err) {
  char url[128];
  struct ks_fetch_opts o = {5, max, false, NULL};
  snprintf(url, sizeof url, "http://127.0.0.1:%d%s", port, path);
  ks_page_init(page);
  return ks_fetch(url, &o, page, err);
}

int main(void) {
  struct sockaddr_in a;
  socklen_t len = sizeof a;
  pthread_t t;
  struct ks_page page;
  struct ks_error err = {KS_OK, "", NULL};

  listener = socket(AF_INET, SOCK_STREAM, 0);
  memset(&a, 0, sizeof a);
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (listener < 0 || bind(listener, (struct sockaddr *)&a, sizeof a) != 0 ||
      listen(listener, 8) != 0 ||
      getsockname(listener, (struct sockaddr *)&a, &len) != 0)
    return 1;
  port = ntohs(a.sin_port);
  pthread_create(&t, NULL, serve, NULL);

  INT_EQ(get("/page", 0, &page, &err), KS_OK, "a page");
  STR_EQ(page.body.ptr, "<p>hello</p>", "its body");
  STR_EQ(page.content_type, "text/html", "its media type, without parameters");
  STR_EQ(page.charset, "windows-1251",
         "the header's charset reaches the parser");
  ks_page_free(&page);

  INT_EQ(get("/redirect", 0, &page, &err), KS_OK, "a redirect is followed");
  OK(strstr(page.url, "/page") != NULL, "the page's own URL after redirects");
  ks_page_free(&page);

  INT_EQ(get("/missing", 0, &page, &err), KS_ERR_FETCH, "HTTP 404");
  OK(strstr(err.msg, "HTTP 404 for http://127.0.0.1:") == err.msg, err.msg);
  ks_page_free(&page);

  INT_EQ(get("/png", 0, &page, &err), KS_ERR_FETCH, "an image is refused");
  OK(strstr(err.msg, "image/png") != NULL, err.msg);
  INT_EQ(page.body.len, 0, "before its body is kept");
  ks_page_free(&page);

  INT_EQ(get("/loop", 0, &page, &err), KS_ERR_FETCH, "a redirect loop");
  OK(strstr(err.msg, "too many redirects") != NULL, err.msg);
  ks_page_free(&page);

  INT_EQ(get("/file", 0, &page, &err), KS_ERR_FETCH,
         "a redirect to file:// is refused");
  ks_page_free(&page);

  INT_EQ(get("/big", 1000, &page, &err), KS_ERR_FETCH, "the size cap");
  OK(strstr(err.msg, "larger than") != NULL, err.msg);
  ks_page_free(&page);

  ks_page_init(&page);
  INT_EQ(ks_fetch("ftp://example.org/x", NULL, &page, &err), KS_ERR_FETCH,
         "other schemes are refused before any connection");
  OK(strstr(err.msg, "only http and https") != NULL, err.msg);
  ks_page_free(&page);

  shutdown(listener, SHUT_RDWR);
  close(listener);
  pthread_join(t, NULL);
  return t_summary("test_fetch");
}
