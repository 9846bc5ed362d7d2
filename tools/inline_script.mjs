// Writes a page template with one of its scripts inline: `<script src="NAME"></script>` becomes
// the script's text, and the page's Content-Security-Policy allows exactly that text (its
// SHA-256) beside 'self'. A script the page needs first then costs no request of its own.
//   node tools/inline_script.mjs TEMPLATE.html.in NAME SCRIPT.js OUT.html.in
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

const [templatePath, name, scriptPath, outPath] = process.argv.slice(2);
const template = readFileSync(templatePath, 'utf8');
const script = readFileSync(scriptPath, 'utf8').trim();
const fail = (why) => { console.error(`${templatePath}: ${why}`); process.exit(1); };

const tag = `<script src="${name}"></script>`;
if (!template.includes(tag)) fail(`no ${tag}`);
if (/<\/script/i.test(script)) fail(`${scriptPath} holds "</script": it cannot go inline`);
const policy = /(<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'self')/;
if (!policy.test(template)) fail("no Content-Security-Policy with script-src 'self'");

const hash = createHash('sha256').update(script, 'utf8').digest('base64');
writeFileSync(outPath, template.replace(policy, `$1 'sha256-${hash}'`).replace(tag, () => `<script>${script}</script>`));
