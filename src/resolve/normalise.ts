/**
 * Name keys: the form under which variants of one name meet ("Kim Jong-un" and "Kim Jong Un" → "kim jong un").
 */

/** Folds case, accents, hyphens, dots and spacing so that spelling variants of one name share a key. */
export function nameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .replace(/[‐-―\-_/]+/g, " ")
    .replace(/\.(?=\S)/g, "")
    .replace(/[.,'’"“”()]/g, "")
    .replace(/^the\s+/, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** The words of a name key. */
export function keyTokens(key: string): string[] {
  return key.split(" ").filter(Boolean);
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
