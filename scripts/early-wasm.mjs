// Starts fetching and compiling the wasm from the top of <head>.
//
// Trunk's loader is a module script: it runs only once the stylesheet has
// loaded, and only then fetches the wasm, so the browser parses the CSS and
// lays out and paints the static first paint before it starts compiling. A
// classic script at the top of <head> starts fetching and compiling at once;
// the loader then only instantiates the compiled module. Where streaming
// compilation is missing or fails (a server sending the wrong MIME type), the
// loader gets a plain fetch of the wasm and loads it as before (wasm-bindgen
// falls back from streaming itself).
//
// The app's post-build hook calls it before it writes the CSP (which allows
// this script by its hash); so does the benchmark's bare page
// (bench/bare/post-build.mjs), so both load the same way. Measured with 25 interleaved cold
// loads at 4x CPU throttling: the app's first question is interactive about
// 30-40 ms sooner, and the bare page's first render about as much.
export function startWasmEarly(html) {
  const loader = html.match(/module_or_path: '(\.\/[^']+_bg\.wasm)'/);
  if (!loader) throw new Error('early-wasm: trunk loader with the wasm path not found');
  const url = JSON.stringify(loader[1]);
  html = html.replace(loader[0], 'module_or_path: window.backCheckWasm');
  // The early fetch takes the place of trunk's preload.
  html = html.replace(/<link rel="preload" href="[^"]*_bg\.wasm"[^>]*>/, '');
  const early = 'window.backCheckWasm=(WebAssembly.compileStreaming'
    + `?WebAssembly.compileStreaming(fetch(${url})):Promise.reject())`
    + `.catch(function(){return fetch(${url})})`;
  html = html.replace(/<meta charset="?utf-8"?>/i, (m) => `${m}<script>${early}</script>`);
  if (!html.includes('backCheckWasm=')) throw new Error('early-wasm: no <meta charset> to place the script after');
  return html;
}

