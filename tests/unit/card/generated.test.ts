import { describe, expect, it } from 'vitest';
import land from 'world-atlas/land-110m.json';
import en from '@/assets/public/_locales/en/messages.json';
import ru from '@/assets/public/_locales/ru/messages.json';
import { messagesModule, outlineStylesheet } from '@/lib/card/codegen';
import { worldOutlinePath } from '@/lib/card/outline-source';

// Generated files are committed so runtime bundles need neither JSON locales nor d3-geo;
// these checks fail when they go stale (`npx vitest run tests/unit/card -u` rewrites them).
describe('generated card modules', () => {
  it('messages.ts matches the locale files', async () => {
    await expect(messagesModule(en, ru)).toMatchFileSnapshot('../../../lib/card/messages.ts');
  });

  it('every card string exists in both locales', () => {
    const cardKeys = (file: object) => Object.keys(file).filter((k) => k.startsWith('card_')).sort();
    expect(cardKeys(ru)).toEqual(cardKeys(en));
  });

  it('world-outline.css matches the topology', async () => {
    const path = worldOutlinePath(land as unknown as Parameters<typeof worldOutlinePath>[0]);
    expect(path.length).toBeLessThan(16_000); // the content-script byte budget
    await expect(outlineStylesheet(path)).toMatchFileSnapshot('../../../components/map/world-outline.css');
  });
});
