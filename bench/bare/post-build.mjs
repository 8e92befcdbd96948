// The bare page's post-build hook: minified and loaded like the app
// (scripts/minify.mjs, then scripts/early-wasm.mjs), in this order; trunk may
// run separate hooks of one stage at the same time.
import fs from 'node:fs';
import path from 'node:path';
import { minifyBuild } from '../../scripts/minify.mjs';
import { startWasmEarly } from '../../scripts/early-wasm.mjs';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) throw new Error('bare post-build: TRUNK_STAGING_DIR is not set');
await minifyBuild(dir);
const index = path.join(dir, 'index.html');
fs.writeFileSync(index, startWasmEarly(fs.readFileSync(index, 'utf8')));
