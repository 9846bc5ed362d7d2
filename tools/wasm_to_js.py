#!/usr/bin/env python3
"""Writes the widget's WebAssembly as a script that defines it in base64.

A host may embed the widget with sandbox="allow-scripts" only: the iframe then has an opaque
origin, and fetching ai-cost.wasm becomes a cross-origin request that a plain static server
refuses (no Access-Control-Allow-Origin). A classic <script> needs no CORS, so widget.js loads
this file instead in that case, and only then.

    wasm_to_js.py build/site/ai-cost.wasm build/site/ai-cost.wasm.js
"""
import base64
import sys

wasm_path, js_path = sys.argv[1], sys.argv[2]
with open(wasm_path, "rb") as wasm:
    encoded = base64.b64encode(wasm.read()).decode("ascii")
with open(js_path, "w", encoding="ascii") as js:
    js.write("// Generated from ai-cost.wasm by tools/wasm_to_js.py; see there why.\n")
    js.write('window.aiCostWasmBase64 = "' + encoded + '";\n')
