// SeaHash (the reference algorithm of the seahash crate, 4.x), which trunk
// uses to name the files it writes. The end-to-end tests use it to check that
// a file's name still matches its bytes.
const MASK = (1n << 64n) - 1n;
const K = 0x6eed0e9da4d94a4fn;

function diffuse(x) {
  x = (x * K) & MASK;
  x ^= (x >> 32n) >> (x >> 60n);
  return (x * K) & MASK;
}

/** The seahash of `bytes` as trunk writes it in a file name: lower-case hex, no leading zeros. */
export function seahash(bytes) {
  const s = [0x16f11fe89b0d677cn, 0xb480a793d8e6c86cn, 0x6fe2e5aaf078ebc9n, 0x14f994a4c5259381n];
  for (let i = 0; i < bytes.length; i += 8) {
    let word = 0n;
    for (let j = Math.min(i + 8, bytes.length) - 1; j >= i; j--) word = (word << 8n) | BigInt(bytes[j]);
    s.push(diffuse(s.shift() ^ word));
  }
  return diffuse(s[0] ^ s[1] ^ s[2] ^ s[3] ^ BigInt(bytes.length)).toString(16);
}
