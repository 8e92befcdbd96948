// Trunk's pre-build hook (Trunk.toml): the stylesheet the page links,
// minified by lightningcss from styles/main.css (comments and spaces out,
// nothing else changed: no transpiling for older browsers) into
// target/css/main.css, which index.html names. Trunk then names it after its
// bytes and adds its integrity hash, as for any stylesheet.
import fs from 'node:fs';
import path from 'node:path';
import { transform } from 'lightningcss';

const root = path.resolve(import.meta.dirname, '..');
const source = path.join(root, 'styles/main.css');
const out = path.join(root, 'target/css/main.css');
const { code } = transform({ filename: 'main.css', code: fs.readFileSync(source), minify: true });
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, code);
console.log(`css: styles/main.css ${fs.statSync(source).size} -> target/css/main.css ${code.length} B`);
