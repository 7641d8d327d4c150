import { useEffect, useState } from 'preact/hooks';
import { COPIED_FEEDBACK_MS } from '@/lib/card/delays';

export type CopyText = (text: string) => Promise<void> | void;

/** Clipboard write through the web API (works in pages and content scripts after a click). */
export const copyToClipboard: CopyText = (text) => navigator.clipboard.writeText(text);

/** A button that copies `text` and says so for a moment; failures leave the label unchanged. */
export function CopyButton({ text, label, doneLabel, copy = copyToClipboard }: { text: string; label: string; doneLabel: string; copy?: CopyText }) {
  const [done, setDone] = useState(false);
  useEffect(() => {
    if (!done) return undefined;
    const id = setTimeout(() => setDone(false), COPIED_FEEDBACK_MS);
    return () => clearTimeout(id);
  }, [done]);
  const onClick = async () => {
    try {
      await copy(text);
      setDone(true);
    } catch {
      // Clipboard denied (no user activation, permissions policy): nothing useful to say in a card.
    }
  };
  return (
    <button type="button" class="kx-button" onClick={onClick}>
      <span aria-live="polite">{done ? doneLabel : label}</span>
    </button>
  );
}
