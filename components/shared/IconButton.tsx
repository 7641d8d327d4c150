import type { ButtonHTMLAttributes } from 'preact';

/** SVG paths (24×24 viewBox) for the few icons the card needs; drawn with currentColor. */
const ICONS = {
  close: 'M6 6l12 12M18 6L6 18',
  back: 'M15 5l-7 7 7 7',
  pin: 'M9 4h6l-1 6 3 3H7l3-3-1-6zM12 13v7',
  copy: 'M9 9h10v11H9zM5 15V4h10',
} as const;

export type IconName = keyof typeof ICONS;

interface Props extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'icon' | 'label'> {
  icon: IconName;
  /** Accessible name and tooltip. */
  label: string;
  pressed?: boolean;
}

/** A square icon button with an accessible name (and `aria-pressed` when it is a toggle). */
export function IconButton({ icon, label, pressed, ...rest }: Props) {
  return (
    <button type="button" class="kx-icon-button" aria-label={label} title={label} aria-pressed={pressed} {...rest}>
      <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
        <path d={ICONS[icon]} fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
      </svg>
    </button>
  );
}
