import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { DEFAULT_PREFERENCES, migratePreferencesV1, preferences, resetSettings, siteSwitches, hiddenNames, customEntities, type PreferencesV1 } from '@/lib/storage/settings';

beforeEach(() => fakeBrowser.reset());

describe('preferences v1 → v2', () => {
  it.each<[string, PreferencesV1 | null, Partial<typeof DEFAULT_PREFERENCES>]>([
    ['renames hover-only', { highlightStyle: 'hover-only' }, { highlightStyle: 'off-until-hover' }],
    ['keeps the other styles', { highlightStyle: 'background' }, { highlightStyle: 'background' }],
    ['fills missing types and keeps the stored ones', { types: { PER: false } }, { types: { PER: false, LOC: true, ORG: true } }],
    ['keeps every v1 field', { enabled: false, hoverDelayMs: 300, modifierKey: 'Alt', uiLanguage: 'ru', historyEnabled: false }, { enabled: false, hoverDelayMs: 300, modifierKey: 'Alt', uiLanguage: 'ru', historyEnabled: false }],
    ['turns nothing into the defaults', null, {}],
  ])('%s', (_, v1, expected) => {
    expect(migratePreferencesV1(v1)).toEqual({ ...DEFAULT_PREFERENCES, ...expected });
  });

  it('a stored v1 value is upgraded in sync storage to the current shape and version', async () => {
    const v1 = {
      enabled: true,
      types: { PER: true, LOC: false, ORG: true },
      highlightStyle: 'hover-only',
      hoverDelayMs: 250,
      modifierKey: 'none',
      uiLanguage: 'en',
    };
    // What a v1 build left behind: the value, and no version meta (wxt treats that as v1).
    await browser.storage.sync.set({ preferences: v1 });
    await preferences.migrate();

    expect(await preferences.getValue()).toEqual({
      enabled: true,
      types: { PER: true, LOC: false, ORG: true },
      highlightStyle: 'off-until-hover',
      hoverDelayMs: 250,
      modifierKey: 'none',
      uiLanguage: 'en',
      historyEnabled: true,
    });
    expect(await browser.storage.sync.get('preferences$')).toEqual({ preferences$: { v: 2 } });
  });

  it('a current value is left alone', async () => {
    const v2 = { ...DEFAULT_PREFERENCES, highlightStyle: 'background' as const };
    await preferences.setValue(v2);
    await preferences.migrate();
    expect(await preferences.getValue()).toEqual(v2);
  });
});

describe('storage areas', () => {
  it('preferences, site switches and hidden names sync; custom entities stay local', async () => {
    await preferences.setValue(DEFAULT_PREFERENCES);
    await siteSwitches.setValue({ 'kt.kz': false });
    await hiddenNames.setValue(['x']);
    await customEntities.setValue([{ id: 'a', type: 'ORG', name_en: 'A', aliases: [], added: '2026-01-01' }]);
    expect(Object.keys(await browser.storage.sync.get(null)).sort()).toEqual(expect.arrayContaining(['hiddenNames', 'preferences', 'siteSwitches']));
    expect(Object.keys(await browser.storage.local.get(null))).toContain('customEntities');
    expect(Object.keys(await browser.storage.sync.get(null))).not.toContain('customEntities');
  });

  it('reset restores preferences, sites and hidden names, and keeps custom entities', async () => {
    await preferences.setValue({ ...DEFAULT_PREFERENCES, types: { PER: false, LOC: true, ORG: false } });
    await siteSwitches.setValue({ 'kt.kz': false });
    await hiddenNames.setValue(['x']);
    const mine = [{ id: 'a', type: 'ORG' as const, name_en: 'A', aliases: [], added: '2026-01-01' }];
    await customEntities.setValue(mine);
    await resetSettings();
    expect(await preferences.getValue()).toEqual(DEFAULT_PREFERENCES);
    expect(await siteSwitches.getValue()).toEqual({});
    expect(await hiddenNames.getValue()).toEqual([]);
    expect(await customEntities.getValue()).toEqual(mine);
  });
});
