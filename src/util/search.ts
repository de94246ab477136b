/**
 * Binary search, in one place: long documents hold tens of thousands of sentences, tokens and mentions, and a
 * scan per lookup would cost the square of a document's length.
 */

/**
 * The first index in `[from, to)` at which `isBefore` no longer holds (`to` when it always does), for items
 * ordered so that `isBefore` holds for a prefix of the range and for nothing after it.
 */
export function partitionPoint<T>(
  items: readonly T[],
  isBefore: (item: T) => boolean,
  from = 0,
  to = items.length,
): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isBefore(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
