/**
 * Dictionary lookup over a chunk's words: longest match of pre-generated forms, then the lemma
 * fallback on the last word, then «И. Фамилия» initials. Only capitalized words start a match,
 * so common lowercase words never match.
 */
import { lemmaCandidates, sharedStem } from '../morph/lemma';
import type { Token } from '../text/tokenize';
import { REF_ABBR, REF_COMMON, REF_SURNAME, refEntity, refFlags } from './index-format';
import { type KeyNode, childNode, keyNode } from './key-nodes';
import { walkNominative } from './phrase';
import type { RuntimeIndex } from './runtime-index';

/** A word token with whether hard punctuation separates it from the previous word. */
export interface Word {
  tok: Token;
  /** Index into the chunk's token array. */
  ti: number;
  /** Punctuation other than quotes, or an initial's dot, lies between this and the previous word. */
  brk: boolean;
}

export interface DictMatch {
  /** Word indices [ws, we). */
  ws: number;
  we: number;
  refs: readonly number[];
  /** Found through the lemma fallback (lower confidence). */
  lemma: boolean;
  /** Starts with initials («В. Туреханов»). */
  initials: boolean;
}

const SOFT_PUNCT = new Set(['"', "'"]);

/** Word tokens of a chunk, with separators marked. */
export function wordsOf(tokens: readonly Token[]): Word[] {
  const words: Word[] = [];
  let brk = true;
  for (let ti = 0; ti < tokens.length; ti++) {
    const tok = tokens[ti]!;
    if (tok.kind === 'punct') {
      const prev = words[words.length - 1];
      // The dot after an initial («В. Туреханов») does not separate words.
      const initialDot = tok.text === '.' && prev?.tok.text.length === 1 && prev.tok.cap && prev.tok.end === tok.start;
      if (!SOFT_PUNCT.has(tok.text) && !initialDot) brk = true;
      continue;
    }
    // A line break (headline, byline, paragraph) also separates names.
    words.push({ tok, ti, brk: brk || tok.sentStart });
    brk = false;
  }
  return words;
}

const MAX_INITIALS = 2;
/** Longest name in words we try to match. */
const MAX_WORDS = 8;

/**
 * What lookup asks about one word, answered once per distinct word and recognizer: every window
 * that starts or ends at the word shares it, and names repeat within and across chunks.
 */
interface WordFacts {
  /** Lemma candidates of the word (`lemmaCandidates`). */
  lemmas: readonly string[];
  /** The part of the word every reading (as written and each lemma) keeps: see `sharedStem`. */
  stem: string;
  /**
   * Some key starts with `stem`. When none does, no window starting at this word can match: its
   * exact, declined, adjective + noun and lemma keys all start with the stem. Filled on first use.
   */
  open: boolean | undefined;
  /** Some lemma starts a longer key (`continues`): asked by `declinedMatch`, filled on first use. */
  lemmaContinues: boolean | undefined;
  /** The word's own key node and each lemma's, filled on first use: one memo read per word. */
  self: KeyNode | undefined;
  lemmaNodes: (KeyNode | undefined)[] | undefined;
  /**
   * What the word's lemmas name (`lemmaRefs` of the word alone), filled on first use: index 0 in
   * mid-sentence, 1 at a sentence start (where common-word names are not accepted).
   */
  lemmaRefs: [readonly number[] | undefined, readonly number[] | undefined] | undefined;
}

/**
 * `open`, filled on first use (a word that only ends longer spans never needs it). Asked through
 * the stem's key node: the stem is often the word itself or one of its lemmas, whose nodes lookup
 * asks for next, so one seek answers both.
 */
function isOpen(f: WordFacts, index: RuntimeIndex): boolean {
  return (f.open ??= keyNode(index, f.stem).probe.prefix);
}

function selfNode(f: WordFacts, norm: string, index: RuntimeIndex): KeyNode {
  return (f.self ??= keyNode(index, norm));
}

function lemmaNode(f: WordFacts, k: number, index: RuntimeIndex): KeyNode {
  const nodes = (f.lemmaNodes ??= new Array<KeyNode | undefined>(f.lemmas.length));
  return (nodes[k] ??= keyNode(index, f.lemmas[k]!));
}

/** Distinct words remembered per recognizer before the memo starts over (as the forms caches do). */
const FACTS_LIMIT = 50_000;
const factsByIndex = new WeakMap<RuntimeIndex, Map<string, WordFacts>>();

function factsMemo(index: RuntimeIndex): Map<string, WordFacts> {
  let memo = factsByIndex.get(index);
  if (!memo) {
    memo = new Map();
    factsByIndex.set(index, memo);
  }
  return memo;
}

function factsOf(norm: string, memo: Map<string, WordFacts>): WordFacts {
  let f = memo.get(norm);
  if (f === undefined) {
    const lemmas = lemmaCandidates(norm);
    const stem = sharedStem(norm, lemmas);
    f = { lemmas, stem, open: undefined, lemmaContinues: undefined, self: undefined, lemmaNodes: undefined, lemmaRefs: undefined };
    if (memo.size >= FACTS_LIMIT) memo.clear();
    memo.set(norm, f);
  }
  return f;
}

/** Greedy left-to-right longest dictionary matches in a chunk. */
export function lookupChunk(words: readonly Word[], index: RuntimeIndex): DictMatch[] {
  const out: DictMatch[] = [];
  const memo = factsMemo(index);
  for (let i = 0; i < words.length; ) {
    const w = words[i]!;
    // A word no key starts with (most capitalized words) builds no key string at all.
    let m: DictMatch | null = null;
    if (w.tok.cap) {
      const f = factsOf(w.tok.norm, memo);
      m = (isOpen(f, index) ? matchAt(words, i, index, memo, f) : null) ?? matchInitials(words, i, index);
    }
    if (m) {
      out.push(m);
      i = m.we;
    } else i++;
  }
  return out;
}

function matchAt(words: readonly Word[], i: number, index: RuntimeIndex, memo: Map<string, WordFacts>, facts: WordFacts): DictMatch | null {
  // Keys of every length while some longer key continues them: "w0", "w0 w1", …, as nodes of the
  // key tree (each with the index's answers for it).
  const nodes: KeyNode[] = [selfNode(facts, words[i]!.tok.norm, index)];
  for (let j = i + 1; j < words.length && j - i < MAX_WORDS && !words[j]!.brk; j++) {
    const last = nodes[nodes.length - 1]!;
    if (!last.probe.continues) break;
    nodes.push(childNode(index, last, words[j]!.tok.norm));
  }
  // «Нацбанка КР», «Банка России»: a longer name whose head declines beats a shorter exact form.
  const declined = declinedMatch(words, i, index, facts);
  for (let L = nodes.length; L >= 1; L--) {
    const refs = accept(nodes[L - 1]!.probe.refs, words, i, i + L);
    if (refs.length > 0) {
      if (declined && declined.we > i + L) return declined;
      // Small towns of the same name have no generated forms: add them as candidates too.
      const read = spanLemmaRefs(words, i, L, nodes, index, memo, facts);
      const towns = read.length === 0 ? read : read.filter((r) => index.kind(refEntity(r)) === 'city-base' && !refs.includes(r));
      return { ws: i, we: i + L, refs: towns.length > 0 ? [...refs, ...towns] : refs, lemma: false, initials: false };
    }
  }
  if (declined) return declined;
  const adjNoun = adjectiveNounMatch(words, i, index, memo);
  if (adjNoun) return adjNoun;
  for (let L = nodes.length; L >= 1; L--) {
    const refs = spanLemmaRefs(words, i, L, nodes, index, memo, facts);
    if (refs.length > 0) return { ws: i, we: i + L, refs, lemma: true, initials: false };
  }
  return null;
}

/**
 * `lemmaRefs` of the L-word span at i. For one word the answer depends on the word and whether it
 * starts a sentence only, so it is kept in the word's facts.
 */
function spanLemmaRefs(words: readonly Word[], i: number, L: number, nodes: readonly KeyNode[], index: RuntimeIndex, memo: Map<string, WordFacts>, facts: WordFacts): readonly number[] {
  if (L > 1) return lemmaRefs(words, i, L, nodes, index, memo);
  const memoed = (facts.lemmaRefs ??= [undefined, undefined]);
  return (memoed[words[i]!.tok.sentStart ? 1 : 0] ??= lemmaRefs(words, i, 1, nodes, index, memo));
}

/** Longest name of two or more words at i read with its declining prefix lemmatized (see `phrase.ts`). */
function declinedMatch(words: readonly Word[], i: number, index: RuntimeIndex, facts: WordFacts): DictMatch | null {
  const next = words[i + 1];
  if (!next || next.brk) return null;
  // Most capitalized words start no longer name in any case form: one cached prefix test each.
  if (facts.lemmaContinues === undefined) {
    let continues = false;
    for (let k = 0; k < facts.lemmas.length && !continues; k++) continues = lemmaNode(facts, k, index).probe.continues;
    facts.lemmaContinues = continues;
  }
  if (!facts.lemmaContinues) return null;
  const norms: string[] = [];
  for (let j = i; j < words.length && j - i < MAX_WORDS && (j === i || !words[j]!.brk); j++) norms.push(words[j]!.tok.norm);
  let best: DictMatch | null = null;
  // The first word's readings are the nodes its facts keep (the walk reads lemmas of 4+ letters).
  const norm0 = norms[0]!;
  const first = () => {
    const out = [selfNode(facts, norm0, index)];
    if (norm0.length >= 4) for (let k = 0; k < facts.lemmas.length; k++) out.push(lemmaNode(facts, k, index));
    return out;
  };
  walkNominative(
    norms,
    index,
    (node, n) => {
      if (n < 2 || (best && best.we >= i + n)) return;
      const refs = accept(node.probe.refs, words, i, i + n);
      if (refs.length > 0) best = { ws: i, we: i + n, refs, lemma: true, initials: false };
    },
    first,
  );
  return best;
}

/** Refs reached by lemmatizing the last word of the L-word span at i (all lemmas, deduplicated). */
function lemmaRefs(words: readonly Word[], i: number, L: number, nodes: readonly KeyNode[], index: RuntimeIndex, memo: Map<string, WordFacts>): number[] {
  const last = words[i + L - 1]!.tok;
  if (last.kind !== 'word' || last.norm.length < 4) return [];
  const facts = factsOf(last.norm, memo);
  const { lemmas, stem } = facts;
  if (lemmas.length === 0) return [];
  // One word: the stem's prefix test is the word's own; longer: after the key of the words before.
  const head = L === 1 ? null : nodes[L - 2]!;
  if (head === null ? !isOpen(facts, index) : !childNode(index, head, stem).probe.prefix) return [];
  const out: number[] = [];
  for (let k = 0; k < lemmas.length; k++) {
    const lemma = lemmas[k]!;
    // Organization names in -о are foreign brands (Политико, Рено) and do not decline, so «Политика»
    // is the common word, not a case form of «Политико».
    const indeclinableOrg = lemma.endsWith('о');
    const found = head === null ? lemmaNode(facts, k, index).probe.refs : childNode(index, head, lemma).probe.refs;
    for (const r of accept(found, words, i, i + L)) {
      if (refFlags(r) & REF_ABBR || out.includes(r)) continue;
      if (indeclinableOrg && index.type(refEntity(r)) === 'ORG') continue;
      out.push(r);
    }
  }
  return out;
}

const ADJ_OBLIQUE = /(ой|ей|ую|юю|ого|его|ому|ему|ым|им|ом|ем)$/;

/** Adjective + noun names without generated forms: «Нижней Австрии» → «нижняя австрия». */
function adjectiveNounMatch(words: readonly Word[], i: number, index: RuntimeIndex, memo: Map<string, WordFacts>): DictMatch | null {
  const adj = words[i]!.tok.norm;
  const next = words[i + 1];
  if (!next || next.brk || !ADJ_OBLIQUE.test(adj)) return null;
  const adjs = factsOf(adj, memo).lemmas.filter((a) => /(ая|яя|ий|ый|ой|ое|ее)$/.test(a));
  const nouns = [next.tok.norm, ...lemmaCandidates(next.tok.norm)];
  // Every reading of the noun keeps its stem: one prefix test per adjective before a lookup per noun.
  const stem = sharedStem(next.tok.norm, nouns.slice(1));
  for (const a of adjs) {
    const adjNode = keyNode(index, a);
    if (!adjNode.probe.continues || !childNode(index, adjNode, stem).probe.prefix) continue;
    for (const n of nouns) {
      const refs = accept(childNode(index, adjNode, n).probe.refs, words, i, i + 2).filter((r) => !(refFlags(r) & REF_ABBR));
      if (refs.length > 0) return { ws: i, we: i + 2, refs, lemma: true, initials: false };
    }
  }
  return null;
}

/** «В. Туреханов», «В. В. Путин»: initials then a surname form. */
function matchInitials(words: readonly Word[], i: number, index: RuntimeIndex): DictMatch | null {
  let j = i;
  while (j < words.length && j - i < MAX_INITIALS && isInitial(words, j)) j++;
  if (j === i || j >= words.length || !words[j]!.tok.cap) return null;
  const refs = index.refs(words[j]!.tok.norm).filter((r) => refFlags(r) & REF_SURNAME);
  return refs.length > 0 ? { ws: i, we: j + 1, refs, lemma: false, initials: true } : null;
}

function isInitial(words: readonly Word[], j: number): boolean {
  const t = words[j]!.tok;
  const next = words[j + 1];
  return t.text.length === 1 && t.cap && next !== undefined && next.tok.start > t.end;
}

/** Drops refs whose flags the written form does not satisfy. */
function accept(refs: readonly number[], words: readonly Word[], ws: number, we: number): readonly number[] {
  // Most refs carry neither flag: then the list is returned as it is (it is never mutated), and
  // no array is made per lookup.
  let flagged = false;
  for (const r of refs) if (refFlags(r) & (REF_ABBR | REF_COMMON)) flagged = true;
  if (!flagged) return refs;
  const out: number[] = [];
  for (const r of refs) {
    const f = refFlags(r);
    if (f & REF_ABBR && !allUpper(words, ws, we)) continue;
    // A place name that is also a common word, written at a sentence start: no evidence it is a name.
    if (f & REF_COMMON && words[ws]!.tok.sentStart && we - ws === 1) continue;
    out.push(r);
  }
  return out;
}

function allUpper(words: readonly Word[], ws: number, we: number): boolean {
  for (let j = ws; j < we; j++) {
    const t = words[j]!.tok;
    if (!t.upper && !(t.cap && t.text.length === 1)) return false;
  }
  return true;
}
