#!/bin/sh
# Installs what the project needs, from Debian packages and npm only, and is quick when all is
# already there. Safe to run again. Needs root (or sudo) only when something is missing.
set -eu
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

packages="cmake ninja-build g++ make ca-certificates git dpkg-dev xz-utils python3 \
  emscripten nlohmann-json3-dev libgtest-dev fonts-inter fonttools brotli chromium"
# Node may come from elsewhere on a developer machine; only install Debian's when none is there.
command -v node >/dev/null 2>&1 || packages="$packages nodejs"
command -v npm >/dev/null 2>&1 || packages="$packages npm"

missing=""
for p in $packages; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done

# Dear ImGui's core .cpp files ship only in Debian's *source* package: apt-get source needs deb-src.
src_list=/etc/apt/sources.list.d/ai-cost-widget-src.sources
need_update=""
if ! grep -rqs '^Types:.*deb-src\|^deb-src' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    as_root sh -c "cat > $src_list" <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
    need_update=1
fi

if [ -n "$missing" ] || [ -n "$need_update" ]; then
    echo "setup: installing$missing"
    as_root apt-get update -qq
    [ -z "$missing" ] || DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends $missing
fi

# Dear ImGui 1.86 from Debian's source package, unpacked into the build tree (never committed).
imgui_dir=build/_deps/imgui
if [ ! -f "$imgui_dir/imgui.cpp" ]; then
    rm -rf build/_deps/imgui-fetch && mkdir -p build/_deps/imgui-fetch
    (cd build/_deps/imgui-fetch && apt-get source -qq imgui=1.86+ds-1 >/dev/null 2>&1 || apt-get source -qq imgui)
    rm -rf "$imgui_dir" && mv build/_deps/imgui-fetch/imgui-*/ "$imgui_dir" && rm -rf build/_deps/imgui-fetch
fi

# Browser-test tools from npm: playwright-core (it never downloads a browser; we use Debian's),
# axe-core, pym.js. Installed again whenever one named in package.json is missing.
if ! (cd tests/browser && node -e '
  const deps = Object.keys(require("./package.json").devDependencies);
  process.exit(deps.every((d) => require("fs").existsSync("node_modules/" + d + "/package.json")) ? 0 : 1);
' 2>/dev/null); then
    (cd tests/browser && npm ci --no-audit --no-fund --loglevel=error)
fi

# Build tools from npm (tools/package.json): Closure Compiler minifies the site's JavaScript,
# clean-css its styles. Installed again whenever one named in package.json is missing.
if ! (cd tools && node -e '
  const deps = Object.keys(require("./package.json").devDependencies);
  process.exit(deps.every((d) => require("fs").existsSync("node_modules/" + d + "/package.json")) ? 0 : 1);
' 2>/dev/null); then
    (cd tools && npm ci --no-audit --no-fund --loglevel=error)
fi
