/** Figures, the final table, and the results section written into docs/performance.md. */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Machine } from './machine';

export interface Figure {
  section: 'annotate' | 'cold start' | 'search' | 'page' | 'size';
  name: string;
  value: number;
  unit: string;
  /** What the value is compared with, measured in the same run (null: an absolute budget). */
  baseline: number | null;
  baselineLabel: string;
  /** value / baseline, or baseline / value for "N× faster" figures. */
  ratio: number | null;
  target: string;
  /** null: informational, no target. */
  pass: boolean | null;
}

const DOC = 'docs/performance.md';
const BEGIN = '<!-- bench:results:begin -->';
const END = '<!-- bench:results:end -->';

export function fmt(x: number | null, unit = ''): string {
  if (x === null || Number.isNaN(x)) return '—';
  const digits = Math.abs(x) >= 100 ? 0 : Math.abs(x) >= 10 ? 1 : 2;
  return `${x.toFixed(digits)}${unit ? ' ' + unit : ''}`;
}

function row(f: Figure): string[] {
  const baseline = f.baseline === null ? f.baselineLabel : `${fmt(f.baseline, f.unit)} (${f.baselineLabel})`;
  const verdict = f.pass === null ? 'info' : f.pass ? 'PASS' : 'MISS';
  return [f.section, f.name, fmt(f.value, f.unit), baseline, f.ratio === null ? '—' : `${fmt(f.ratio)}×`, f.target, verdict];
}

const HEAD = ['section', 'figure', 'value', 'baseline', 'ratio', 'target', 'result'];

/** Plain-text table for the terminal. */
export function printTable(figures: readonly Figure[]): void {
  const rows = [HEAD, ...figures.map(row)];
  const widths = HEAD.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
  const misses = figures.filter((f) => f.pass === false).length;
  const passes = figures.filter((f) => f.pass === true).length;
  console.log(`\n${passes} PASS, ${misses} MISS`);
}

function markdown(figures: readonly Figure[], machine: Machine, notes: readonly string[]): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const lines = [
    BEGIN,
    `Measured ${machine.date} on ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB RAM, Node ${machine.node}, ${machine.chromium}; load average ${machine.load} at start.`,
    '',
    `| ${HEAD.join(' | ')} |`,
    `|${HEAD.map(() => '---').join('|')}|`,
    ...figures.map((f) => `| ${row(f).map(esc).join(' | ')} |`),
    '',
    ...notes.map((n) => `- ${n}`),
    END,
  ];
  return lines.join('\n');
}

/** Replaces the results section of docs/performance.md (between the markers) with this run's. */
export function writeResults(figures: readonly Figure[], machine: Machine, notes: readonly string[]): void {
  const doc = readFileSync(DOC, 'utf8');
  const from = doc.indexOf(BEGIN);
  const to = doc.indexOf(END);
  if (from < 0 || to < 0) throw new Error(`${DOC} lacks the ${BEGIN} … ${END} markers`);
  writeFileSync(DOC, doc.slice(0, from) + markdown(figures, machine, notes) + doc.slice(to + END.length));
}
