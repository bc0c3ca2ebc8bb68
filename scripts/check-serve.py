#!/usr/bin/env python3
"""Live reload in headless Chromium, end to end.

Usage: scripts/check-serve.py PATH-TO-productstudio

Copies the repository's site to a temporary folder, runs `productstudio serve` on it, opens the pricing page in
headless Chromium (driven over the DevTools protocol through a pipe) and checks, without a console error or an
uncaught exception:
- an edit of the page's Markdown reloads it with the new text, keeping the scroll position;
- an edit of the stylesheet alone changes the styles without reloading the page;
- a broken link shows the error overlay, and fixing it removes the overlay.
"""
import os, shutil, signal, socket, subprocess, sys, tempfile, time, urllib.request

from devtools import DevTools, DevToolsError

binary = os.path.abspath(sys.argv[1])
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
work = tempfile.mkdtemp(prefix="check-serve-")
site = os.path.join(work, "site")
os.makedirs(site)
for folder in ("content", "templates"):
    shutil.copytree(os.path.join(root, folder), os.path.join(site, folder))
probe = socket.socket()
probe.bind(("127.0.0.1", 0))
port = probe.getsockname()[1]
probe.close()
server = subprocess.Popen([binary, "serve", "--quiet", "--source", site, "--port", str(port)])
tools = None


def fail(message):
    print("check-serve: " + message, file=sys.stderr)
    sys.exit(1)


def served(path):
    try:
        return urllib.request.urlopen("http://127.0.0.1:%d%s" % (port, path), timeout=5).read().decode()
    except Exception:
        return ""


def append(path, text):
    with open(os.path.join(site, path), "a") as handle:
        handle.write(text)


try:
    deadline = time.time() + 60
    while "Pricing" not in served("/pricing/"):
        if server.poll() is not None or time.time() > deadline:
            fail("the server did not serve /pricing/")
        time.sleep(0.1)
    tools = DevTools(os.path.join(work, "profile"))
    tools.open_tab(800, 300)
    tools.send("Page.navigate", {"url": "http://127.0.0.1:%d/pricing/" % port})
    tools.wait_for("document.readyState === 'complete' && document.title.includes('Pricing')", "the pricing page")

    tools.evaluate("window.scrollTo(0, 150); window.beforeEdit = true")
    append("content/pricing.md", "\n\nLive reload check paragraph.\n")
    tools.wait_for("document.body.innerText.includes('Live reload check paragraph.')", "the edited text")
    tools.wait_for("document.readyState === 'complete'", "the reloaded page")
    if tools.evaluate("window.beforeEdit === true"):
        fail("the page showed the edit without reloading")
    tools.wait_for("Math.abs(window.scrollY - 150) <= 2", "the scroll position kept over the reload", seconds=3)
    print("check-serve: a Markdown edit reloads the page with the new text, keeping the scroll position")

    tools.evaluate("window.beforeStyle = true")
    append("templates/assets/style.css", "\nbody { outline: 3px solid rgb(1, 2, 3); }\n")
    tools.wait_for("getComputedStyle(document.body).outlineColor === 'rgb(1, 2, 3)'", "the stylesheet change")
    if not tools.evaluate("window.beforeStyle === true"):
        fail("a stylesheet-only change reloaded the page")
    print("check-serve: a stylesheet edit is swapped in without a reload")

    append("content/pricing.md", "\n[Nowhere](nowhere.md)\n")
    tools.wait_for("document.getElementById('productstudio-errors') !== null", "the error overlay")
    if "broken link 'nowhere.md'" not in tools.evaluate("document.getElementById('productstudio-errors').innerText"):
        fail("the overlay does not name the broken link")
    if not tools.evaluate("document.body.innerText.includes('Live reload check paragraph.')"):
        fail("the last good page is not shown under the overlay")
    with open(os.path.join(site, "content/pricing.md")) as handle:
        text = handle.read()
    with open(os.path.join(site, "content/pricing.md"), "w") as handle:
        handle.write(text.replace("\n[Nowhere](nowhere.md)\n", "\nFixed paragraph.\n"))
    tools.wait_for("document.getElementById('productstudio-errors') === null && document.body.innerText.includes('Fixed paragraph.')",
                   "the overlay to go")
    print("check-serve: a broken link shows the error overlay; the fix removes it")

    problems = tools.problems()
    if problems:
        fail("console errors: %s" % problems)
    print("check-serve: no console error or uncaught exception")
except DevToolsError as error:
    fail(str(error))
finally:
    if tools:
        tools.close()
    server.send_signal(signal.SIGINT)
    try:
        server.wait(timeout=20)
    except subprocess.TimeoutExpired:
        server.kill()
    shutil.rmtree(work, ignore_errors=True)
