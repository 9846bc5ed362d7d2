#!/usr/bin/env python3
"""Writes files' bytes as C++ arrays, so the widget carries its fonts inside the .wasm without
Emscripten's virtual filesystem (--embed-file needs the filesystem runtime: 52 KB of JavaScript).

    bytes_to_cpp.py OUT.cpp NAMESPACE FUNCTION=FILE...

Each FUNCTION becomes `std::string_view FUNCTION()` in NAMESPACE, returning the file's bytes.
"""
import sys


def main():
    out, namespace, *pairs = sys.argv[1:]
    lines = ['// Written by tools/bytes_to_cpp.py at build time; not to be edited.',
             '#include <string_view>', f'namespace {namespace} {{', 'namespace {']
    for pair in pairs:
        function, path = pair.split('=', 1)
        data = open(path, 'rb').read()
        lines.append(f'const char k_{function}[] = {{')
        for start in range(0, len(data), 24):
            lines.append(','.join(str(b if b < 128 else b - 256) for b in data[start:start + 24]) + ',')
        lines.append('};')
    lines.append('} // namespace')
    for pair in pairs:
        function = pair.split('=', 1)[0]
        lines.append(f'std::string_view {function}() {{ return {{k_{function}, sizeof k_{function}}}; }}')
    lines.append(f'}} // namespace {namespace}')
    text = '\n'.join(lines) + '\n'
    try:
        if open(out).read() == text:
            return
    except FileNotFoundError:
        pass
    with open(out, 'w') as f:
        f.write(text)


if __name__ == '__main__':
    main()
