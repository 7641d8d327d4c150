/** Splitting a text into paragraph chunks that keep their offsets into the text. */

export interface Chunk {
  text: string;
  /** Offset of the chunk's first character in the whole text. */
  offset: number;
}

/** Paragraph-sized chunks (split at blank lines), as the content script sends them. */
export function splitChunks(text: string): Chunk[] {
  const out: Chunk[] = [];
  const re = /\n[ \t\r]*\n/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    push(out, text, last, m.index);
    last = m.index + m[0].length;
  }
  push(out, text, last, text.length);
  return out;
}

function push(out: Chunk[], text: string, from: number, to: number): void {
  const slice = text.slice(from, to);
  if (slice.trim()) out.push({ text: slice, offset: from });
}
