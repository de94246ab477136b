/**
 * Links into the viewer from outside it: `#entity=<node key>` (the quality report's links, kgraph report) selects
 * that entity. The query string keeps the viewer's own state; the fragment is for links made elsewhere, and
 * never reaches the server.
 */

/** The node key a `#entity=…` fragment names, or null. */
export function entityFromHash(hash: string): string | null {
  const match = /^#entity=(.+)$/.exec(hash);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return null;
  }
}
