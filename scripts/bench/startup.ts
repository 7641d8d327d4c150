/**
 * Nothing heavy at extension start-up: the background's start-up callback (the body of
 * `defineBackground`) must not load the dataset or build an index; that happens on the first
 * request. A static check, because the worker's own fetches of its packaged files are not visible
 * to Resource Timing or to Playwright's request events.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Figure } from './report';

const BACKGROUND = join('entrypoints', 'background', 'index.ts');
/** Calls that load or index the dataset. */
const HEAVY = ['getKnowledge(', 'loadKnowledgeBase(', 'createRecognizer(', 'prepareSearch(', 'fetch('];

/** The text of the callback passed to defineBackground, by brace matching. */
function startupBody(source: string): string {
  const at = source.indexOf('defineBackground(');
  const open = source.indexOf('{', at);
  if (at < 0 || open < 0) return '';
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    if (source[i] === '{') depth++;
    else if (source[i] === '}' && --depth === 0) return source.slice(open, i + 1);
  }
  return source.slice(open);
}

export function benchStartup(): Figure {
  const body = startupBody(readFileSync(BACKGROUND, 'utf8'));
  // Handlers registered at start-up may call heavy code: only direct calls in the body count.
  const direct = body.replace(/addListener\([^]*?\n {2}\}\);/g, '');
  const found = HEAVY.filter((h) => direct.includes(h));
  return {
    section: 'page', name: `heavy calls at background start-up (static: ${found.length ? found.join(', ') : 'none'})`,
    value: found.length, unit: 'calls', baseline: null, baselineLabel: '—', ratio: null, target: '0 (lazy)',
    pass: body.length > 0 && found.length === 0,
  };
}
