// Writes the page trunk builds for the benchmark's bare Yew page: this
// folder's index.html with the app's own <link data-trunk rel="rust"> from
// index.html (so the same wasm-opt level and flags), for the bin "bare".
// scripts/bench.sh then builds it with the app's Trunk.toml: the same loader,
// the same post-build hook, no stylesheet and no app.
// Usage: node bench/bare/page.mjs OUT_DIR   (writes OUT_DIR/index.html)
import fs from 'node:fs';
import path from 'node:path';
import { rustLink } from '../../scripts/wasm-opt-flags.mjs';

const out = path.resolve(process.argv[2] ?? 'target/bench/bare-page');
const cargoToml = path.relative(out, path.resolve(import.meta.dirname, '../../Cargo.toml'));
const link = rustLink().replace(' data-bin="backcheck"', ` href="${cargoToml}" data-bin="bare"`);
if (!link.includes('data-bin="bare"')) throw new Error('bare page: the app\'s rust link has no data-bin="backcheck"');
const template = fs.readFileSync(path.join(import.meta.dirname, 'index.html'), 'utf8');
const parts = template.split('<!-- rust: bench/bare/page.mjs puts the app\'s rust link here -->');
if (parts.length !== 2) throw new Error('bare page: bench/bare/index.html lost its rust placeholder');
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(path.join(out, 'index.html'), parts.join(link));
