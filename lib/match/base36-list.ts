/**
 * Lists of base-36 numbers joined by ',' (how the match index stores refs), read by char code:
 * no split, no parseInt.
 */

/** Appends the numbers of `s.slice(from, to)` to `out`. */
export function pushBase36List(s: string, from: number, to: number, out: number[]): void {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 44 /* , */) {
      out.push(n);
      n = 0;
    } else n = n * 36 + (c <= 57 ? c - 48 : c - 87);
  }
  out.push(n);
}
