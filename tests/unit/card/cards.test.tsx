// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { EntityCard, CardBrowser } from '@/components/card';
import type { EntityView } from '@/lib/data/views';
import { mfaKz, noviSad, serbia, turekhanov, turekhanovMention, unknownMention, vojvodina } from './fixtures';

let root: HTMLElement;
function mount(node: preact.ComponentChild): HTMLElement {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(node, root));
  return root;
}
afterEach(() => {
  render(null, root);
  root.remove();
});

const text = (el: Element) => (el.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ');
const noop = () => {};

describe('person card', () => {
  it('shows name, article form, in-article role, current post with since/as-of/source, country', () => {
    const el = mount(<EntityCard view={turekhanov} mention={turekhanovMention} lang="ru" onOpenEntity={noop} />);
    const t = text(el);
    expect(el.querySelector('h2')?.textContent).toBe('Валихан Туреханов');
    expect(t).toContain('В тексте: «Валихана Туреханова»');
    expect(t).toContain('В этой статье: посол Казахстана в Таджикистане');
    expect(t).toContain('Посол Казахстана в Таджикистане');
    expect(t).toContain('с мая 2023 г.');
    expect(t).toContain('по состоянию на 13 февраля 2026 г.');
    expect(t).toContain('Источник: Kazakhstan Today, 2026-02-13');
    expect(t).toContain('Казахстан');
  });

  it('folds earlier posts away and links URL sources', () => {
    const el = mount(<EntityCard view={turekhanov} lang="en" onOpenEntity={noop} />);
    const details = el.querySelector('details.kx-details');
    expect(details?.querySelector('summary')?.textContent).toBe('Earlier posts (1)');
    expect(details?.hasAttribute('open')).toBe(false);
    const source = details?.querySelector('a');
    expect(source?.getAttribute('href')).toBe('https://www.gov.kz/memleket/entities/mfa');
    expect(source?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('offers runner-up candidates and hiding under "wrong match?"', () => {
    const choose = vi.fn();
    const hide = vi.fn();
    const el = mount(<EntityCard view={turekhanov} mention={turekhanovMention} lang="en" onOpenEntity={noop} onChooseCandidate={choose} onHideName={hide} />);
    const candidate = el.querySelector<HTMLButtonElement>('[data-candidate="person:someone-else"]');
    act(() => candidate?.click());
    expect(choose).toHaveBeenCalledWith(turekhanovMention.candidates![0]);
    const hideButton = [...el.querySelectorAll('button')].find((b) => b.textContent === 'Hide this name');
    act(() => hideButton?.click());
    expect(hide).toHaveBeenCalledWith(turekhanovMention);
  });

  it('copies the name through the injected clipboard', async () => {
    const copy = vi.fn().mockResolvedValue(undefined);
    const el = mount(<EntityCard view={turekhanov} lang="en" onOpenEntity={noop} onCopy={copy} />);
    const button = [...el.querySelectorAll('button')].find((b) => b.textContent === 'Copy name');
    await act(async () => button?.click());
    expect(copy).toHaveBeenCalledWith('Valikhan Turekhanov');
    expect(button?.textContent).toBe('Copied');
  });
});

describe('unknown name card', () => {
  it('shows the in-article role, the mention count and a Wikipedia search', () => {
    const el = mount(<EntityCard view={null} mention={unknownMention} mentionCount={2} lang="ru" onOpenEntity={noop} />);
    const t = text(el);
    expect(el.querySelector('h2')?.textContent).toBe('Нигина Ализода');
    expect(t).toContain('Нет в базе Kontext');
    expect(t).toContain('заместитель министра иностранных дел Таджикистана');
    expect(t).toContain('Упоминаний в статье: 2');
    const search = [...el.querySelectorAll('a')].find((a) => a.textContent === 'Искать в Википедии');
    expect(search?.getAttribute('href')).toBe(`https://ru.wikipedia.org/w/index.php?search=${encodeURIComponent('Нигина Ализода')}`);
    expect(search?.getAttribute('target')).toBe('_blank');
  });
});

describe('place cards', () => {
  it('country: capital, population, area, languages, currency, leaders as links, map', () => {
    const open = vi.fn();
    const el = mount(<EntityCard view={serbia} lang="en" onOpenEntity={open} />);
    const t = text(el);
    expect(t).toContain('Country');
    for (const part of ['Belgrade', '7M', '88,361 km²', 'Serbian, Hungarian, Bosnian', 'Serbian Dinar (RSD)', 'Aleksandar Vučić', 'Đuro Macut']) {
      expect(t).toContain(part);
    }
    act(() => el.querySelector<HTMLButtonElement>('[data-entity="person:aleksandar-vucic"]')?.click());
    expect(open).toHaveBeenCalledWith('person:aleksandar-vucic');
    expect(el.querySelector('svg.kx-map')?.getAttribute('aria-label')).toBe('Serbia on the world map');
  });

  it('region: country with its key facts, admin centre, population', () => {
    const el = mount(<EntityCard view={vojvodina} countryView={serbia} lang="ru" onOpenEntity={noop} />);
    const t = text(el);
    expect(t).toContain('Регион');
    expect(t).toContain('Сербия');
    expect(t).toContain('Столица: Белград');
    expect(t).toContain('Административный центрНови-Сад');
    expect(t).toContain('1,7 млн');
  });

  it('city: country, region, regional-centre status, population', () => {
    const el = mount(<EntityCard view={noviSad} lang="en" onOpenEntity={noop} />);
    const t = text(el);
    expect(t).toContain('City');
    expect(t).toContain('Country🇷🇸Serbia');
    expect(t).toContain('RegionVojvodina');
    expect(t).toContain('Regional centre');
    expect(t).toContain('215,400');
  });
});

describe('organization card', () => {
  it('full name, abbreviation, kind, country, head with title, parent, as-of', () => {
    const el = mount(<EntityCard view={mfaKz} lang="ru" onOpenEntity={noop} />);
    const t = text(el);
    expect(el.querySelector('h2')?.textContent).toBe('Министерство иностранных дел Республики Казахстан');
    expect(t).toContain('Министерство');
    expect(t).toContain('СокращениеМИД РК');
    expect(t).toContain('Ермек Кошербаев · Министр иностранных дел');
    expect(t).toContain('Правительство Республики Казахстан');
    expect(t).toContain('по состоянию на 1 июня 2025 г.');
    expect(t).toContain('Связанных статей пока нет');
    expect([...el.querySelectorAll('a')].map((a) => a.textContent)).toContain('Википедия (англ.)');
  });
});

describe('card navigation', () => {
  it('opens a linked entity in place and goes back', async () => {
    const views: Record<string, EntityView> = { 'country:RS': serbia };
    const loadView = vi.fn((id: string) => Promise.resolve(views[id] ?? null));
    const el = mount(<CardBrowser view={noviSad} lang="en" loadView={loadView} titleId="t" />);
    await act(async () => {}); // the country facts load
    expect(text(el)).toContain('Capital: Belgrade');
    await act(async () => el.querySelector<HTMLButtonElement>('.kx-facts [data-entity="country:RS"]')?.click());
    await act(async () => {});
    expect(el.querySelector('h2')?.textContent).toBe('Serbia');
    expect(el.querySelector('#t')?.textContent).toBe('Serbia');
    await act(async () => el.querySelector<HTMLButtonElement>('[data-testid="card-back"]')?.click());
    expect(el.querySelector('h2')?.textContent).toBe('Novi Sad');
  });
});
