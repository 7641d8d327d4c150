/**
 * Every string the popup and side panel ask for exists in both locales with the same
 * substitutions: `browser.i18n.getMessage` fails silently (an empty string) otherwise.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { TYPE_ORDER } from '@/lib/panel/group';

const ROOT = path.resolve(__dirname, '../../..');
const SOURCES = ['components/popup', 'components/panel', 'entrypoints/background/menus.ts'];

function files(entry: string): string[] {
  const full = path.join(ROOT, entry);
  if (fs.statSync(full).isFile()) return [full];
  return fs.readdirSync(full).filter((f) => /\.tsx?$/.test(f)).map((f) => path.join(full, f));
}

/** Keys built at run time from a prefix, expanded to every value the code can produce. */
const DYNAMIC: Record<string, readonly string[]> = {
  panel_type_plural_: TYPE_ORDER,
  panel_unsupported_: ['browser', 'store', 'pdf', 'file', 'other'],
};

function usedKeys(): Set<string> {
  const keys = new Set<string>(['command_open_panel', 'command_toggle_highlights']); // used by the manifest
  for (const file of SOURCES.flatMap(files)) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bt\('([A-Za-z0-9_]+)'/g)) keys.add(m[1]!);
    for (const m of text.matchAll(/\bt\(`([A-Za-z0-9_]+)\$\{/g)) {
      const values = DYNAMIC[m[1]!];
      expect(values, `dynamic key prefix ${m[1]} needs an entry in DYNAMIC`).toBeDefined();
      for (const v of values ?? []) keys.add(`${m[1]}${v}`);
    }
  }
  return keys;
}

const locale = (lang: string): Record<string, { message: string }> =>
  JSON.parse(fs.readFileSync(path.join(ROOT, 'assets/public/_locales', lang, 'messages.json'), 'utf8'));

const substitutions = (message: string) => [...message.matchAll(/\$(\d)/g)].map((m) => m[1]).sort().join();

describe.each(['en', 'ru'])('%s locale', (lang) => {
  const messages = locale(lang);
  const english = locale('en');
  test.each([...usedKeys()])('%s', (key) => {
    expect(messages[key]?.message, `missing ${key}`).toBeTruthy();
    expect(substitutions(messages[key]!.message)).toBe(substitutions(english[key]!.message));
  });
});
