/**
 * murmur3's 32-bit finaliser: spreads the bits of a 32-bit integer so that nearby inputs get unrelated hashes
 * (the entity model's feature hashing, the near-duplicate signatures).
 */
export function murmurFinalise(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
