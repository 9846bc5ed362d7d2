// Minifies a stylesheet the site ships (comments, spaces, redundant rules out); the source stays as
// written in site/. Level 1 only: each rule kept where it is, so the cascade reads as in the source.
//   node tools/minify_css.mjs IN.css OUT.css
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const CleanCSS = require('./node_modules/clean-css');
const [input, output] = process.argv.slice(2);
const result = new CleanCSS({ level: 1 }).minify(readFileSync(input, 'utf8'));
if (result.errors.length) {
  console.error(`${input}: ${result.errors.join('; ')}`);
  process.exit(1);
}
for (const warning of result.warnings) console.error(`${input}: ${warning}`);
writeFileSync(output, result.styles + '\n');
