/** Which kinds of names are highlighted, how they look, and what opens a card. */
import type { EntityType } from '@/lib/data/types';
import type { HighlightStyle, Preferences } from '@/lib/storage/settings';
import { useT } from './i18n';

const TYPES: readonly EntityType[] = ['PER', 'LOC', 'ORG'];
const STYLES: readonly HighlightStyle[] = ['underline', 'background', 'off-until-hover'];
const KEYS: readonly Exclude<Preferences['modifierKey'], 'none'>[] = ['Alt', 'Shift', 'Control'];
/** The card already waits a short dwell; more than 2 s extra would feel like it never opens. */
const MAX_EXTRA_DELAY_MS = 2000;

interface Props {
  prefs: Preferences;
  update(change: Partial<Preferences>): void;
}

export function HighlightSection({ prefs, update }: Props) {
  const { t } = useT();
  const byModifier = prefs.modifierKey !== 'none';
  return (
    <section class="section" aria-labelledby="highlight-title">
      <h2 id="highlight-title">{t('options_section_highlight')}</h2>
      <fieldset>
        <legend>{t('options_types_label')}</legend>
        {TYPES.map((type) => (
          <label class="check" key={type}>
            <input
              type="checkbox"
              data-testid={`type-${type}`}
              checked={prefs.types[type]}
              onChange={(e) => update({ types: { ...prefs.types, [type]: e.currentTarget.checked } })}
            />
            <span class={`swatch swatch--${type}`} aria-hidden="true" />
            {t(`options_type_${type}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('options_style_label')}</legend>
        {STYLES.map((style) => (
          <label class="check" key={style}>
            <input
              type="radio"
              name="style"
              value={style}
              data-testid={`style-${style}`}
              checked={prefs.highlightStyle === style}
              onChange={() => update({ highlightStyle: style })}
            />
            <span class={`sample sample--${style}`}>{t(`options_style_${style.replace(/-/g, '_')}`)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('options_open_label')}</legend>
        <label class="check">
          <input type="radio" name="open" data-testid="open-delay" checked={!byModifier} onChange={() => update({ modifierKey: 'none' })} />
          {t('options_open_delay')}
        </label>
        <label class="field field--inline">
          <span>{t('options_delay_label')}</span>
          <input
            type="number"
            min={0}
            max={MAX_EXTRA_DELAY_MS}
            step={50}
            data-testid="hover-delay"
            disabled={byModifier}
            value={prefs.hoverDelayMs}
            onChange={(e) => {
              const ms = Math.round(Number(e.currentTarget.value));
              if (Number.isFinite(ms)) update({ hoverDelayMs: Math.min(MAX_EXTRA_DELAY_MS, Math.max(0, ms)) });
            }}
          />
        </label>
        <p class="hint">{t('options_delay_hint')}</p>
        <label class="check">
          <input type="radio" name="open" data-testid="open-modifier" checked={byModifier} onChange={() => update({ modifierKey: 'Alt' })} />
          {t('options_open_modifier')}
        </label>
        <label class="field field--inline">
          <span>{t('options_modifier_label')}</span>
          <select
            data-testid="modifier-key"
            disabled={!byModifier}
            value={byModifier ? prefs.modifierKey : 'Alt'}
            onChange={(e) => update({ modifierKey: e.currentTarget.value as Preferences['modifierKey'] })}
          >
            {KEYS.map((key) => (
              <option key={key} value={key}>
                {key === 'Control' ? 'Ctrl' : key}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
    </section>
  );
}
