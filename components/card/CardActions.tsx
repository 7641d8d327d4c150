import type { Candidate, Mention } from '@/lib/match/types';
import { CopyButton, type CopyText } from '@/components/shared/CopyButton';
import { useCardEnv } from './env';

export interface CardActionHandlers {
  /** Re-link the mention to a runner-up candidate. */
  onChooseCandidate?: (candidate: Candidate) => void;
  /** Stop highlighting this name everywhere. */
  onHideName?: (mention: Mention) => void;
  /** Clipboard writer; defaults to `navigator.clipboard.writeText`. */
  onCopy?: CopyText;
}

/** Copy the name; "wrong match?" with the runner-up candidates and "hide this name". */
export function CardActions({ name, mention, onChooseCandidate, onHideName, onCopy }: CardActionHandlers & { name: string; mention?: Mention }) {
  const { t } = useCardEnv();
  const candidates = onChooseCandidate ? (mention?.candidates ?? []) : [];
  const canCorrect = !!mention && (candidates.length > 0 || !!onHideName);
  return (
    <div class="kx-actions">
      <CopyButton text={name} label={t('card_copy_name')} doneLabel={t('card_copied')} copy={onCopy} />
      {canCorrect && (
        <details class="kx-details kx-wrong-match">
          <summary>{t('card_wrong_match')}</summary>
          {candidates.length > 0 && (
            <>
              <p class="kx-muted">{t('card_wrong_match_hint')}</p>
              <ul class="kx-plain-list">
                {candidates.map((candidate) => (
                  <li key={candidate.entityId}>
                    <button type="button" class="kx-entity-link" data-candidate={candidate.entityId} onClick={() => onChooseCandidate?.(candidate)}>
                      {candidate.name}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
          {onHideName && mention && (
            <button type="button" class="kx-button kx-button--quiet" onClick={() => onHideName(mention)}>
              {t('card_hide_name')}
            </button>
          )}
        </details>
      )}
    </div>
  );
}
