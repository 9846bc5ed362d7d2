#!/usr/bin/env python3
"""Writes a data file (data/scenarios.json, data/strings.json) as a script that holds its text.

In an iframe sandboxed with "allow-scripts" only, the widget's origin is opaque and fetching
data/scenarios.json is a cross-origin request that a plain static server refuses, as for the
.wasm (see wasm_to_js.py). A classic <script> needs no CORS: widget.js loads these files then,
and only then. The text is kept as it is, a string, so the widget reads it with the same strict
reader as the .json (a repeated key is still an error, not silently merged by a JS object).
The editor page writes the same file in the browser when it downloads an edited scenarios.json.

    data_to_js.py build/site/data/scenarios.json build/site/data/scenarios.js
"""
import json
import os
import sys

json_path, js_path = sys.argv[1], sys.argv[2]
with open(json_path, encoding="utf-8") as data:
    text = data.read()
name = os.path.basename(json_path)
with open(js_path, "w", encoding="ascii") as js:
    js.write("// Generated from " + name + " by tools/data_to_js.py; see there why.\n")
    js.write("(window.aiCostData = window.aiCostData || {})[" + json.dumps(name) + "] = "
             + json.dumps(text, ensure_ascii=True) + ";\n")
