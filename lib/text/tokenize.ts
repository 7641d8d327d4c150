/**
 * Tokenization with offsets.
 *
 * Words are split at hyphens (each part is its own token, `glued` marks a part attached by a hyphen
 * to the one before), so «Нови-Сад» and «Нови Сад» give the same token norms and the same lookup key.
 * Offsets are JS string offsets into the original text: we tokenize `normalizeChars(text)`, which
 * keeps length.
 */
import { foldKey, normalizeChars } from './normalize';

export type TokenKind = 'word' | 'num' | 'punct';

export interface Token {
  start: number;
  end: number;
  /** The token as written (original characters). */
  text: string;
  /** Folded lookup form (lowercase, ё→е, Kazakh letters and Latin diacritics folded). */
  norm: string;
  kind: TokenKind;
  /** First letter is uppercase. */
  cap: boolean;
  /** Every letter is uppercase (abbreviations, headlines) and there are at least two letters. */
  upper: boolean;
  /** Joined to the previous token by a hyphen with no spaces («Нови-Сад», «казахско-таджикского»). */
  glued: boolean;
  /** First word of a sentence (capitalization there says little). */
  sentStart: boolean;
}

// Letters with inner apostrophes (O'Neil, Кот-д'Ивуар) are one word; digits; any other non-space
// character is punctuation on its own.
const TOKEN_RE = /[\p{L}\p{M}]+(?:'[\p{L}\p{M}]+)*|\p{N}+|\S/gu;
const SENTENCE_END = new Set(['.', '!', '?', '…']);
// Opening punctuation that may stand between a sentence end and the first word.
const OPENERS = new Set(['"', "'", '(', '[', '-']);
const UPPER_RE = /\p{Lu}/u;
// English possessive: "Kyrgyzstan's" is the name «Kyrgyzstan» and a clitic, not one word.
const POSSESSIVE_RE = /^\p{Script=Latin}[\p{L}\p{M}']*(?='s$)/iu;
const LOWER_RE = /\p{Ll}/u;

/** Splits text into word, number and punctuation tokens with offsets into `text`. */
export function tokenize(text: string): Token[] {
  const norm = normalizeChars(text);
  const tokens: Token[] = [];
  let sentStart = true;
  let prevEnd = -1;
  let prevWasHyphenAfterWord = false;
  // The first line break at or after prevEnd (Infinity: none left); found once per break, not per token.
  let nextBreak = -1;
  for (const m of norm.matchAll(TOKEN_RE)) {
    const start = m.index;
    const possessive = m[0].includes("'") ? POSSESSIVE_RE.exec(m[0]) : null;
    const raw = possessive ? possessive[0] : m[0];
    const end = start + raw.length;
    const first = raw[0]!;
    // A line break between tokens (headlines, bylines, paragraphs) starts a new sentence.
    if (prevEnd >= 0 && nextBreak < prevEnd) {
      const at = norm.indexOf('\n', prevEnd);
      nextBreak = at < 0 ? Infinity : at;
    }
    if (prevEnd >= 0 && nextBreak < start) sentStart = true;
    if (raw.length === 1 && !/[\p{L}\p{N}]/u.test(first)) {
      const last = tokens[tokens.length - 1];
      prevWasHyphenAfterWord = raw === '-' && last?.kind === 'word' && last.end === start;
      tokens.push(punct(text, start, end, raw, sentStart));
      // «В. Туреханов»: the dot after a one-letter capital is an initial's, not a sentence end.
      const initial = raw === '.' && last?.kind === 'word' && last.end === start && last.text.length === 1 && last.cap;
      if (SENTENCE_END.has(raw) && !initial) sentStart = true;
      else if (!OPENERS.has(raw)) sentStart = false;
      prevEnd = end;
      continue;
    }
    const isNum = first >= '0' && first <= '9' ? true : /^\p{N}/u.test(raw);
    const cap = UPPER_RE.test(first);
    const glued = prevWasHyphenAfterWord && prevEnd === start;
    if (glued) {
      // Drop the hyphen token: it belongs inside the compound word.
      tokens.pop();
    }
    tokens.push({
      start,
      end,
      text: text.slice(start, end),
      norm: isNum ? raw : foldKey(raw),
      kind: isNum ? 'num' : 'word',
      cap,
      upper: cap && raw.length > 1 && !LOWER_RE.test(raw),
      glued,
      sentStart: glued ? false : sentStart,
    });
    sentStart = false;
    prevWasHyphenAfterWord = false;
    prevEnd = end;
    if (possessive) {
      tokens.push(punct(text, end, end + 2, "'s", false));
      prevEnd = end + 2;
    }
  }
  return tokens;
}

function punct(text: string, start: number, end: number, norm: string, sentStart: boolean): Token {
  return {
    start,
    end,
    text: text.slice(start, end),
    norm,
    kind: 'punct',
    cap: false,
    upper: false,
    glued: false,
    sentStart,
  };
}

/** Paragraph breaks (blank lines) also start sentences; callers pass chunks, so this is per chunk. */
export function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word';
}
