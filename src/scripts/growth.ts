/**
 * How time grows with input size, for the benchmarks: the least-squares slope of log(seconds) against log(words).
 * 1 means linear growth; 2 quadratic.
 */
export function growthExponent(points: ReadonlyArray<{ words: number; seconds: number }>): number {
  const xs = points.map((p) => Math.log(p.words));
  const ys = points.map((p) => Math.log(p.seconds));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * (ys[i]! - my);
    den += (x - mx) ** 2;
  });
  return num / den;
}
