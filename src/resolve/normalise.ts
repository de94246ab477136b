/**
 * Name keys: the form under which variants of one name meet ("Kim Jong-un" and "Kim Jong Un" → "kim jong un").
 */

const keyCache = new Map<string, string>();
/** Enough for the names of a large corpus; the cache is simply emptied when full. */
const KEY_CACHE_LIMIT = 100_000;

/** Folds case, accents, hyphens, dots and spacing so that spelling variants of one name share a key. */
export function nameKey(name: string): string {
  // Names recur within and across documents, and resolution asks for the same keys many times: memoise.
  let key = keyCache.get(name);
  if (key === undefined) {
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
    key = computeNameKey(name);
    keyCache.set(name, key);
  }
  return key;
}

function computeNameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .replace(/[‐-―\-_/]+/g, " ")
    .replace(/\.(?=\S)/g, "")
    .replace(/[.,'’"“”()]/g, "")
    .replace(/^the\s+/, "")
    .replace(/\butd\b/g, "united") // "Dundee Utd" is Dundee United
    .replace(/\s+/g, " ")
    .trim();
}

const tokenCache = new Map<string, readonly string[]>();

/** The words of a name key (memoised like `nameKey`: resolution compares the same keys over and over). */
export function keyTokens(key: string): readonly string[] {
  let words = tokenCache.get(key);
  if (words === undefined) {
    if (tokenCache.size >= KEY_CACHE_LIMIT) tokenCache.clear();
    words = key.split(" ").filter(Boolean);
    tokenCache.set(key, words);
  }
  return words;
}

/** Upper-case initials of a name's significant words ("Korean Central Television" → "KCT"). */
export function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("");
}

/** True when the words of `part` begin or end the longer name `full` ("kim" and "kim jong" of "kim jong un"). */
export function isPartOf(part: string, full: string): boolean {
  const p = keyTokens(part);
  const f = keyTokens(full);
  if (p.length >= f.length) return false;
  const prefix = p.every((w, i) => f[i] === w);
  const suffix = p.every((w, i) => f[f.length - p.length + i] === w);
  return prefix || suffix;
}
