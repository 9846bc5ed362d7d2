#!/bin/sh
# Installs what is missing, then runs every test: the native unit tests (model, parsing,
# permalink, headless view, generated hostile input) through CTest, again under AddressSanitizer
# and UndefinedBehaviorSanitizer (a memory error in a parser of others' input fails here, not in
# a reader's tab), then the browser tests against the built site.
set -eu
cd "$(dirname "$0")/.."
sh tools/setup.sh
cmake --workflow --preset native
cmake --workflow --preset sanitize
cmake --workflow --preset web
cd tests/browser && npm test
