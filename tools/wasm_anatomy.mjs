// Where the bytes of ai-cost.wasm go: function bodies grouped by what they belong to (from the
// symbol map the web build writes beside it), plus the data segments. Brotli per part is measured
// on that part's bytes alone, so parts add up to a little more than the whole file compresses to.
//   node tools/wasm_anatomy.mjs [build/site/ai-cost.wasm] [build/web/ai-cost.js.symbols]
import { readFileSync, existsSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const wasmPath = process.argv[2] ?? root + 'build/site/ai-cost.wasm';
const symbolsPath = process.argv[3] ?? root + 'build/web/ai-cost.js.symbols';
const wasm = readFileSync(wasmPath);
const names = new Map();
if (existsSync(symbolsPath)) {
  for (const line of readFileSync(symbolsPath, 'utf8').split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) names.set(Number(line.slice(0, colon)), line.slice(colon + 1));
  }
}

let at = 8;
const leb = () => {
  let result = 0, shift = 0, byte;
  do { byte = wasm[at++]; result += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80);
  return result;
};
const parts = new Map(); // part -> array of byte ranges
const add = (part, start, end) => { if (!parts.has(part)) parts.set(part, []); parts.get(part).push(wasm.subarray(start, end)); };
let importedFunctions = 0;
while (at < wasm.length) {
  const id = wasm[at++], size = leb(), end = at + size;
  if (id === 2) { // imports: function indices count them first
    const count = leb();
    for (let i = 0; i < count; i++) {
      for (let s = 0; s < 2; s++) { const n = leb(); at += n; }
      const kind = wasm[at++];
      if (kind === 0) { leb(); importedFunctions++; }
      else if (kind === 1) { at++; const flags = leb(); leb(); if (flags & 1) leb(); }
      else if (kind === 2) { const flags = leb(); leb(); if (flags & 1) leb(); }
      else if (kind === 3) { at += 2; }
    }
    add('wasm structure (types, imports, exports, tables)', at - size - 1, end);
  } else if (id === 10) {
    const count = leb();
    for (let i = 0; i < count; i++) {
      const bodySize = leb(), start = at;
      at += bodySize;
      add(classify(names.get(importedFunctions + i) ?? ''), start, at);
    }
  } else if (id === 11) {
    add('data: static data (tables, strings)', at, end);
  } else {
    add(id === 0 ? 'custom sections' : 'wasm structure (types, imports, exports, tables)', at, end);
  }
  at = end;
}

function classify(name) {
  const rules = [
    // The project's own functions that take an ImFont* stay the project's (the last rules).
    [/^(?!aicost::).*(ImFontAtlas|ImFont|stbtt|stb_truetype|stbrp|ImFontGlyph|Decode85|ImFontConfig|GetDefaultCompressedFontDataTTF|stb_decompress)/, 'ImGui fonts and text (stb_truetype if linked)'],
    [/ImGui::Table|ImGuiTable|TableSettings/, 'ImGui tables'],
    [/ImDrawList|ImDrawData|ImDrawListSplitter|ImTriangle|ImBezier|ImDrawCmd|AddConvexPolyFilled|PathArcTo/, 'ImGui draw lists'],
    [/ImGui::(Slider|Drag|Input|Button|Checkbox|Combo|Selectable|TreeNode|Text|Plot|Color|Menu|BeginTab|EndTab|TabBar|TabItem|ListBox|Image|Bullet|Separator|Collapsing|Radio|Progress|Value|Begin(Combo|ListBox|Menu)|TempInput|DataType)|ImGuiInputText|STB_TEXTEDIT|stb_text|ImStb|ImGuiTabBar|ImGuiMenu|ImGuiListClipper/, 'ImGui widgets'],
    [/ImGui|ImGuiContext|ImGuiWindow|ImGuiIO|ImGuiStyle|ImVector|ImPool|ImChunk|ImStr|ImFormat|ImHash|ImText|ImParse|ImGuiStorage|ImGuiTextBuffer|ImGuiPlatform|ImGuiViewport|ImGuiDockNode|ImGuiNav|ImRect|ImQsort|ImFile|ImBitVector/, 'ImGui core'],
    [/nlohmann/, 'nlohmann/json'],
    [/aicost|^main$|widget_|renderer|InputQueue/, 'the project (model, views, glue)'],
    [/std::__2::(basic_(i|o)?stream|basic_ios|ios_base|locale|num_put|num_get|ctype|codecvt|basic_streambuf|basic_stringbuf|__num|moneypunct|numpunct|time_|messages|collate|__stdinbuf|__stdoutbuf|basic_filebuf)/, 'libc++ streams and locale'],
    [/std::|__cxa|__cxxabiv1|__gxx|operator new|operator delete|__dynamic_cast|typeinfo|vtable/, 'libc++ (containers, strings, algorithms, runtime)'],
    [/printf|scanf|fmt_|pop_arg|strto|floatscan|hexfloat|decfloat|__intscan|__shgetc|__shlim|wcrtomb|mbrtowc|__uflow|__toread|__towrite|out$|pad$|getint|frexp|scalbn|copysign|fwrite|fputs|__stdio|__lockfile|vfiprintf|atof|atoi|strtol|__multf3|__addtf3|__subtf3|__divtf3|__trunctfdf2|__extenddftf2|__fixtfsi|__floatsitf|__letf2|__getf2|__eqtf2|__netf2|__unordtf2|fmodl|__floattisf|__lttf2|__gttf2|__floatunsitf|ashlti3|lshrti3|multi3/, 'libc printf/scanf/strtod, 128-bit float'],
    [/ImGui_Impl|glfw|emscripten|GL|gl[A-Z]/, 'ImGui OpenGL backend, Emscripten glue'],
    [/^(mem|str|wmem|wcs|sin|cos|pow|exp|log|sqrt|floor|ceil|round|fmod|fabs|atan|acos|asin|tan|ldexp|trunc|dlmalloc|dlfree|malloc|free|calloc|realloc|sbrk|emscripten_|__errno|isalpha|isdigit|isspace|toupper|tolower|qsort|abort|__lock|__unlock|__syscall|getenv|fiprintf|siprintf|__towrite|__fwritex|__math|__cos|__sin|__tan|__rem_pio|stack|__stack|__wasm|__lctrans|__get_tp|__pthread|pthread|dlrealloc|internal_memalign|__cxa_atexit|__stdio_)/, 'libc (memory, math, strings)'],
  ];
  for (const [re, part] of rules) if (re.test(name)) return part;
  return name ? 'other' : 'unnamed (no symbol map)';
}

const brotli = (data) => brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kib = (n) => (n / 1024).toFixed(1).padStart(7) + ' KiB';
const rows = [...parts].map(([part, chunks]) => {
  const bytes = Buffer.concat(chunks);
  return [part, chunks.length, bytes.length, brotli(bytes)];
}).sort((a, b) => b[3] - a[3]);
console.log(`${wasmPath.replace(root, '')}: ${kib(wasm.length)} raw, ${kib(brotli(wasm))} brotli`);
console.log('part'.padEnd(52), 'funcs'.padStart(6), 'raw'.padStart(11), 'brotli'.padStart(11));
for (const [part, n, raw, br] of rows) console.log(part.padEnd(52), String(n).padStart(6), kib(raw), kib(br));
