#!/bin/sh
# Installs what is missing, then runs every test: the native unit tests (model, parsing,
# permalink, headless view) through CTest, then the browser tests against the built site.
set -eu
cd "$(dirname "$0")/.."
sh tools/setup.sh
cmake --workflow --preset native
cmake --workflow --preset web
cd tests/browser && npm test
