/**
 * Integer hashing for the entity model's features. Features are never built as strings: each token's atoms
 * (word, shape, affixes…) are hashed once, and a feature is the mix of a template id with an atom hash, masked
 * into the model's bucket range. This keeps feature extraction free of string concatenation on the hot path.
 */
import { murmurFinalise } from "../../util/hash.js";

/** FNV-1a over the UTF-16 code units of `s`, as an unsigned 32-bit integer. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mixes two 32-bit integers into one well-spread unsigned 32-bit hash (murmur3 finaliser). */
export function mix(a: number, b: number): number {
  return murmurFinalise(Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b);
}
