import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import type { Via } from '@/lib/card/interaction';
import { translator } from '@/lib/card/i18n';
import { IconButton } from '@/components/shared/IconButton';
import { CardBrowser, type CardBrowserProps } from './CardBrowser';

export interface HoverCardProps extends Omit<CardBrowserProps, 'toolbar' | 'footer' | 'titleId'> {
  pinned: boolean;
  onPin(pinned: boolean): void;
  /** Close; `returnFocus` asks the host to put focus back on the highlight. */
  onClose(returnFocus: boolean): void;
  /** Pointer or focus entering / leaving the card keeps it open / lets it close. */
  onHold(via: Via, inside: boolean): void;
  dialogRef?: Ref<HTMLDivElement>;
}

let nextTitleId = 0;

/**
 * The card as a non-modal dialog next to a highlight: labelled by the entity's name, with pin and
 * close buttons, Escape to close, and the keyboard shortcuts in its footer. Positioning is the
 * host's job (it measures `dialogRef`).
 */
export function HoverCard({ pinned, onPin, onClose, onHold, dialogRef, ...browser }: HoverCardProps) {
  const t = translator(browser.lang);
  const [titleId] = useState(() => `kx-title-${(nextTitleId += 1)}`);
  return (
    <div
      ref={dialogRef}
      class="kx-hover"
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      data-testid="card"
      data-pinned={pinned ? '' : undefined}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        onClose(true);
      }}
      onMouseEnter={() => onHold('pointer', true)}
      onMouseLeave={() => onHold('pointer', false)}
      onFocusIn={() => onHold('focus', true)}
      onFocusOut={(event) => {
        // Focus moving between elements inside the card is not leaving it.
        const next = event.relatedTarget as Node | null;
        if (!next || !(event.currentTarget as HTMLElement).contains(next)) onHold('focus', false);
      }}
    >
      <CardBrowser
        {...browser}
        titleId={titleId}
        toolbar={
          <>
            <IconButton icon="pin" label={pinned ? t('card_unpin') : t('card_pin')} pressed={pinned} onClick={() => onPin(!pinned)} data-testid="card-pin" />
            <IconButton icon="close" label={t('card_close')} onClick={() => onClose(true)} data-testid="card-close" />
          </>
        }
        footer={<p class="kx-help">{t('card_keyboard_help')}</p>}
      />
    </div>
  );
}
