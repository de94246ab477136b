/**
 * The project's one seeded random generator (mulberry32: small, fast, good enough for shuffles and layouts).
 * Everything random in kgraph — training order, start positions, community detection — draws from it, so
 * every build and every training run is reproducible. (The viewer runs no code of src/ and seeds its own:
 * viewer/src/communities.ts.)
 */

/** A generator of numbers in [0, 1) from a 32-bit seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
