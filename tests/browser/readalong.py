#!/usr/bin/python3
"""readalong.py - the read-along page in a real browser (headless Chromium).

SPDX-License-Identifier: MIT

Usage: /usr/bin/python3 tests/browser/readalong.py KISPEAK PAGE.html OUTDIR

Makes an episode of PAGE with its read-along page in a temporary directory,
opens the page from disk, and checks what a listener meets: the sentence
being spoken carries aria-current, the highlight follows playback at 1x and
2x (the delay from a sentence's first sound to its highlight is printed),
Tab and Enter play from a sentence, a reload offers to resume, axe-core
finds no violation in the light, dark and forced-colours themes, the focus
ring contrasts with the page, and at 400% zoom (320 CSS px) the player does
not cover the text. Screenshots of both themes go to OUTDIR. Prints
"ok - ..." / "not ok - ..." and ends with "N passed, N failed".
"""

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

HERE = os.path.dirname(os.path.abspath(__file__))
passed = failed = 0


def check(name, ok, why=""):
    global passed, failed
    if ok:
        passed += 1
        print("ok - " + name)
    else:
        failed += 1
        print("not ok - " + name)
        if why:
            print("#   " + str(why)[:600])


def browser(tmp):
    o = webdriver.ChromeOptions()
    o.binary_location = "/usr/bin/chromium"
    for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
              "--no-first-run", "--disable-background-networking",
              "--disable-component-update", "--disable-sync",
              "--disable-dev-shm-usage", "--allow-file-access-from-files",
              "--autoplay-policy=no-user-gesture-required",
              "--window-size=1200,900", "--user-data-dir=" + os.path.join(tmp, "profile")):
        o.add_argument(a)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=o)


def wait(d, script, timeout=10.0):
    end = time.time() + timeout
    while time.time() < end:
        if d.execute_script("return " + script):
            return True
        time.sleep(0.05)
    return False


def current(d):
    return d.execute_script(
        "var e = document.querySelectorAll('[aria-current=\"true\"]');"
        "return Array.from(e).map(function (x) { return x.id; });")


def luminance(rgb):
    def ch(c):
        c = c / 255.0
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = rgb[:3]
    return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b)


def contrast(a, b):
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def rgb(css):
    nums = css[css.index("(") + 1:css.index(")")].replace("/", ",").split(",")
    return [float(x) for x in nums[:3]]


def axe(d, label):
    d.execute_script(open(os.path.join(HERE, "node_modules/axe-core/axe.min.js")).read())
    res = d.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
        "  done(r.violations.map(function (v) { return v.id + ': ' + v.help + ' (' +"
        "    v.nodes.length + ')'; })); });")
    check("axe-core, %s theme: no violations" % label, res == [], res)
    return len(res)


def main():
    kispeak, page, outdir = sys.argv[1:4]
    os.makedirs(outdir, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="kispeak-browser.")
    results = {}
    try:
        audio = os.path.join(tmp, "episode.mp3")
        html = os.path.join(tmp, "episode.html")
        vtt = os.path.join(tmp, "episode.vtt")
        subprocess.run([kispeak, "-q", "--readalong", html, "--captions", vtt, page, audio],
                       check=True)
        d = browser(tmp)
        d.set_script_timeout(60)
        try:
            run(d, html, outdir, results)
        finally:
            d.quit()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    with open(os.path.join(outdir, "readalong-results.json"), "w") as f:
        json.dump(results, f, indent=1)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


def run(d, html, outdir, results):
    url = "file://" + html
    d.get(url)
    check("the page loads with its player and controls",
          wait(d, "document.getElementById('ks-audio').readyState >= 1 && "
                  "!document.getElementById('ks-controls').hidden"))
    cues = d.execute_script("return window.ksReadalong.cues")
    check("the page holds its timings: %d sentences" % len(cues), len(cues) > 10)
    check("no autoplay", d.execute_script("return document.getElementById('ks-audio').paused"))
    check("no aria-live anywhere on the page",
          not d.execute_script("return document.querySelector('[aria-live]')"))

    # seek into the middle of several sentences: exactly that one is current
    bad = []
    for i in (0, 3, 7, len(cues) // 2, len(cues) - 1):
        mid = (cues[i][0] + cues[i][1]) / 2
        d.execute_script("document.getElementById('ks-audio').currentTime = arguments[0]", mid)
        if not wait(d, "(function () { var e = document.querySelectorAll('[aria-current]');"
                       " return e.length === 1 && e[0].id === 's%d'; })()" % i, 3):
            bad.append((i, current(d)))
    check("seeking to the middle of a sentence marks exactly that sentence", not bad, bad)

    # word highlighting, when asked for: the word being said is marked
    d.execute_script("var w = document.getElementById('ks-words'); w.checked = true;"
                     "w.dispatchEvent(new Event('change'));"
                     "document.getElementById('ks-audio').currentTime = arguments[0];",
                     cues[4][0] + 2.0)
    ok = wait(d, "CSS.highlights.has('ks-word') && "
                 "document.getElementById('s4').textContent.indexOf("
                 "CSS.highlights.get('ks-word').values().next().value.toString()) >= 0", 3)
    word = d.execute_script("return CSS.highlights.has('ks-word') ? "
                            "CSS.highlights.get('ks-word').values().next().value.toString() : ''")
    check("word highlighting (an option): a word of the current sentence is marked: %r" % word,
          ok and word.strip() != "")
    d.execute_script("var w = document.getElementById('ks-words'); w.checked = false;"
                     "w.dispatchEvent(new Event('change'));")

    # play muted at 1x and 2x: the highlight follows, and how late it is
    delays = {}
    for rate in (1, 2):
        d.execute_script("var a = document.getElementById('ks-audio'); a.muted = true;"
                         "a.playbackRate = arguments[0]; a.currentTime = arguments[1];",
                         rate, cues[3][1] - 0.3)
        wait(d, "window.ksReadalong.current() === 3", 3)
        d.execute_script("window.ksReadalong.log.length = 0;"
                         "document.getElementById('ks-audio').play();")
        time.sleep(15 if rate == 1 else 8)
        log = d.execute_script("document.getElementById('ks-audio').pause();"
                               "return window.ksReadalong.log.slice();")
        seen = [e["sentence"] for e in log]
        ok = seen[:3] == [4, 5, 6]
        check("playing at %dx: the highlight follows sentence by sentence %s" % (rate, seen), ok)
        delays[rate] = [e["delay"] * 1000 for e in log if e["sentence"] >= 4]
    alls = delays[1] + delays[2]
    if alls:
        results["delay_ms"] = {"1x": delays[1], "2x": delays[2], "median": statistics.median(alls),
                               "max": max(alls)}
        print("# highlight delay after the sentence's first sound: median %.1f ms, max %.1f ms "
              "(%d sentences at 1x and 2x)" % (statistics.median(alls), max(alls), len(alls)))
        check("the highlight comes within 50 ms of the sentence's first sound (max %.1f ms)"
              % max(alls), max(alls) < 50)

    # Tab to a sentence, Enter: playback moves there
    d.execute_script("document.activeElement.blur(); window.scrollTo(0, 0);")
    target = None
    for _ in range(80):
        d.switch_to.active_element.send_keys(Keys.TAB)
        fid = d.execute_script("return document.activeElement.id")
        if fid == "s4":
            target = 4
            break
    check("Tab reaches the sentences", target == 4)
    if target:
        d.switch_to.active_element.send_keys(Keys.ENTER)
        ok = wait(d, "(function () { var a = document.getElementById('ks-audio');"
                     " return !a.paused && Math.abs(a.currentTime - %f) < 0.6; })()" % cues[4][0], 3)
        check("Enter on a sentence plays from it", ok,
              d.execute_script("var a = document.getElementById('ks-audio');"
                               "return [a.paused, a.currentTime]"))
        d.execute_script("document.getElementById('ks-audio').pause()")

    # the focus ring stands out from the page
    d.execute_script("document.getElementById('s2').focus()")
    ring = d.execute_script("var s = getComputedStyle(document.getElementById('s2'));"
                            "return [s.outlineColor, s.outlineStyle, s.outlineWidth,"
                            " getComputedStyle(document.body).backgroundColor,"
                            " getComputedStyle(document.documentElement).backgroundColor]")
    bg = ring[3] if "0, 0, 0, 0" not in ring[3] else ring[4]
    c = contrast(rgb(ring[0]), rgb(bg))
    check("the focus ring: %s %s, %.1f:1 against the page (3:1 or more)" % (ring[1], ring[2], c),
          ring[1] != "none" and c >= 3)

    # the highlight's own contrast, light and dark
    for theme in ("light", "dark"):
        d.execute_script("var t = document.getElementById('ks-theme'); t.value = arguments[0];"
                         "t.dispatchEvent(new Event('change'));", theme)
        col = d.execute_script("var e = document.querySelector('[aria-current]') ||"
                               " document.getElementById('s0');"
                               "e.setAttribute('aria-current', 'true');"
                               "var s = getComputedStyle(e); return [s.color, s.backgroundColor,"
                               " s.textDecorationLine]")
        c = contrast(rgb(col[0]), rgb(col[1]))
        check("%s theme: the highlight is %.1f:1 (4.5:1 or more) and underlined" % (theme, c),
              c >= 4.5 and "underline" in col[2])
        d.execute_script("window.scrollTo(0, 0)")
        d.save_screenshot(os.path.join(outdir, "readalong-%s.png" % theme))
        results.setdefault("axe", {})[theme] = axe(d, theme)
    d.execute_cdp_cmd("Emulation.setEmulatedMedia",
                      {"features": [{"name": "forced-colors", "value": "active"}]})
    results["axe"]["forced-colors"] = axe(d, "forced-colours")
    d.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})

    # resume after a reload; a #s12 link opens at its sentence
    d.execute_script("var a = document.getElementById('ks-audio'); a.currentTime = 12.5;"
                     "a.dispatchEvent(new Event('pause'));")
    d.refresh()
    ok = wait(d, "!document.getElementById('ks-resume').hidden", 5)
    check("after a reload: an offer to resume at %s" %
          d.execute_script("return document.getElementById('ks-resume-at').textContent"), ok)
    if ok:
        d.find_element(By.ID, "ks-resume-go").click()
        check("Resume plays from where the listener was",
              wait(d, "Math.abs(document.getElementById('ks-audio').currentTime - 12.5) < 1", 3))
        d.execute_script("document.getElementById('ks-audio').pause()")
    d.get(url + "#s9")
    check("a #s9 link opens at sentence 9, without playing",
          wait(d, "(function () { var e = document.querySelector('[aria-current]');"
                  " var a = document.getElementById('ks-audio');"
                  " return e && e.id === 's9' && a.paused; })()", 5))

    # 400% zoom on a 1280x1024 window: 320x256 CSS px; the player covers no text
    d.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                      {"width": 320, "height": 256, "deviceScaleFactor": 4, "mobile": False})
    time.sleep(0.5)
    lay = d.execute_script("var p = document.getElementById('ks-player');"
                           "return [getComputedStyle(p).position, document.documentElement.scrollWidth,"
                           " window.innerWidth, p.getBoundingClientRect().height, window.innerHeight]")
    check("320 CSS px wide: the player scrolls with the page (%s) and nothing is wider than "
          "the window (%d <= %d)" % (lay[0], lay[1], lay[2]),
          lay[0] != "sticky" and lay[1] <= lay[2] + 1, lay)
    d.save_screenshot(os.path.join(outdir, "readalong-400.png"))
    d.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


if __name__ == "__main__":
    sys.exit(main())
