"""Headless Chromium driven over the DevTools protocol through a pipe, for the scripts that check pages in a browser
(scripts/check-serve.py, scripts/check-review.py)."""
import fcntl, json, os, subprocess, time


class DevToolsError(Exception):
    """A DevTools call failed, Chromium went away, or a wait timed out."""


class DevTools:
    """The DevTools protocol over --remote-debugging-pipe: JSON messages ending in NUL, fd 3 in, fd 4 out."""

    def __init__(self, profile):
        self.to_chrome_read, self.to_chrome = os.pipe()
        self.from_chrome, self.from_chrome_write = os.pipe()

        def wire():  # in the child: the pipe's ends become fds 3 and 4, kept open across exec
            reading, writing = (fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in (self.to_chrome_read, self.from_chrome_write))
            os.dup2(reading, 3)
            os.dup2(writing, 4)

        self.process = subprocess.Popen(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe",
             "--user-data-dir=" + profile, "about:blank"],
            preexec_fn=wire, close_fds=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(self.to_chrome_read)
        os.close(self.from_chrome_write)
        self.buffer = b""
        self.next_id = 0
        self.events = []
        self.session = None

    def open_tab(self, width, height):
        """Attaches to a new blank tab of `width` x `height` CSS pixels, with the runtime, log and page events on."""
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Runtime.enable", "Log.enable", "Page.enable"):
            self.send(domain)
        self.send("Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})

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
                    raise DevToolsError("%s failed: %s" % (method, reply["error"]))
                return reply.get("result", {})

    def read(self):
        while b"\0" not in self.buffer:
            chunk = os.read(self.from_chrome, 1 << 16)
            if not chunk:
                raise DevToolsError("Chromium closed the DevTools pipe")
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
        raise DevToolsError("timed out waiting for " + what)

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

    def close(self):
        self.process.kill()
        self.process.wait()
