#!/bin/sh
# Installs what is missing, builds the WebAssembly widget and the static site into build/site,
# and serves it on http://127.0.0.1:${PORT:-8000}/ (the demo article; widget.html is the widget).
set -eu
cd "$(dirname "$0")/.."
sh tools/setup.sh
cmake --workflow --preset web
port="${PORT:-8000}"
echo "Serving build/site on http://127.0.0.1:$port/  (Ctrl-C to stop)"
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory build/site
