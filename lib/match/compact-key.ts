/**
 * Compact storage of form keys. Most keys are Russian, and a Cyrillic letter takes two bytes in
 * UTF-8 where an ASCII character takes one; the forms table is ~60% of the match index. So the 32
 * lowercase Russian letters are stored as 32 ASCII characters that a folded key never contains
 * (keys are lowercase letters, digits, apostrophes and spaces: see `nameKey`), one for one, so
 * lengths, shared prefixes and prefix searches carry over unchanged.
 */

/** Stand-ins for а..я in order: the capitals, then punctuation that JSON does not escape. */
const STAND_INS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_{}';
const A = 0x430; // а
const YA = 0x44f; // я

const EXPAND = new Map<string, string>([...STAND_INS].map((c, i) => [c, String.fromCharCode(A + i)]));
const STAND_IN_CODES = Uint16Array.from(STAND_INS, (c) => c.charCodeAt(0));

/**
 * The stored code unit of one key code unit: `compactKey` one character at a time, so lookups can
 * compare a query with stored keys without building its compact string first.
 */
export function compactCode(c: number): number {
  return c >= A && c <= YA ? STAND_IN_CODES[c - A]! : c;
}

/** The stored form of a folded key (or key prefix). */
export function compactKey(key: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c >= A && c <= YA) {
      if (i > from) out += key.slice(from, i);
      out += STAND_INS[c - A]!;
      from = i + 1;
    }
  }
  return from === 0 ? key : out + key.slice(from);
}

/** Inverse of `compactKey`. */
export function expandKey(stored: string): string {
  let out = '';
  for (const ch of stored) out += EXPAND.get(ch) ?? ch;
  return out;
}
