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
import fcntl, json, os, shutil, signal, socket, subprocess, sys, tempfile, time, urllib.request

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
chrome = None


def fail(message):
    print("check-serve: " + message, file=sys.stderr)
    sys.exit(1)


def served(path):
    try:
        return urllib.request.urlopen("http://127.0.0.1:%d%s" % (port, path), timeout=5).read().decode()
    except Exception:
        return ""


class DevTools:
    """The DevTools protocol over --remote-debugging-pipe: JSON messages ending in NUL, fd 3 in, fd 4 out."""

    def __init__(self):
        self.to_chrome_read, self.to_chrome = os.pipe()
        self.from_chrome, self.from_chrome_write = os.pipe()

        def wire():  # in the child: the pipe's ends become fds 3 and 4, kept open across exec
            reading, writing = (fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in (self.to_chrome_read, self.from_chrome_write))
            os.dup2(reading, 3)
            os.dup2(writing, 4)

        self.process = subprocess.Popen(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe",
             "--user-data-dir=" + os.path.join(work, "profile"), "about:blank"],
            preexec_fn=wire, close_fds=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(self.to_chrome_read)
        os.close(self.from_chrome_write)
        self.buffer = b""
        self.next_id = 0
        self.events = []
        self.session = None

    def send(self, method, params=None, session=True):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        os.write(self.to_chrome, json.dumps(message).encode() + b"\0")
        while True:
            reply = self.read()
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    fail("%s failed: %s" % (method, reply["error"]))
                return reply.get("result", {})

    def read(self):
        while b"\0" not in self.buffer:
            chunk = os.read(self.from_chrome, 1 << 16)
            if not chunk:
                fail("Chromium closed the DevTools pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        decoded = json.loads(message)
        if "method" in decoded:
            self.events.append(decoded)
        return decoded

    def evaluate(self, expression):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        return result.get("result", {}).get("value")

    def wait_for(self, expression, what, seconds=15):
        deadline = time.time() + seconds
        while time.time() < deadline:
            if self.evaluate(expression):
                return
            time.sleep(0.05)
        fail("timed out waiting for " + what)

    def problems(self):
        found = []
        for event in self.events:
            method, params = event["method"], event.get("params", {})
            if method == "Runtime.exceptionThrown":
                found.append("exception: %s" % params.get("exceptionDetails", {}).get("text"))
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                found.append("console.%s: %s" % (params["type"], [a.get("value") for a in params.get("args", [])]))
            elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
                # The browser's own request for /favicon.ico (the theme has no icon) is not the page's doing.
                if params["entry"].get("url", "").endswith("/favicon.ico"):
                    continue
                found.append("log: %s %s" % (params["entry"].get("text"), params["entry"].get("url", "")))
        return found


def append(path, text):
    with open(os.path.join(site, path), "a") as handle:
        handle.write(text)


try:
    deadline = time.time() + 60
    while "Pricing" not in served("/pricing/"):
        if server.poll() is not None or time.time() > deadline:
            fail("the server did not serve /pricing/")
        time.sleep(0.1)
    tools = DevTools()
    chrome = tools.process
    target = tools.send("Target.createTarget", {"url": "about:blank"})["targetId"]
    tools.session = tools.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    for domain in ("Runtime.enable", "Log.enable", "Page.enable"):
        tools.send(domain)
    tools.send("Emulation.setDeviceMetricsOverride", {"width": 800, "height": 300, "deviceScaleFactor": 1, "mobile": False})
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
finally:
    if chrome:
        chrome.kill()
        chrome.wait()
    server.send_signal(signal.SIGINT)
    try:
        server.wait(timeout=20)
    except subprocess.TimeoutExpired:
        server.kill()
    shutil.rmtree(work, ignore_errors=True)
