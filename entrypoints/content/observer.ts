/**
 * Watches the page for text that appears later (single-page apps, infinite scroll, "read more") and
 * hands it over in debounced batches. Kontext's own DOM changes are made inside `quiet()`, which
 * drops exactly the records they produced, so wrapping a name never triggers another pass.
 */
import { isKontextElement } from './exclude';

/** Coalesces a burst of changes (a framework render, a page of infinite-scroll items) into one pass. */
export const MUTATION_DEBOUNCE_MS = 150;
/** A page that never stops changing (a live ticker) is still annotated at least this often. */
export const MUTATION_MAX_WAIT_MS = 1_000;

/** Attributes that can reveal hidden text (a "read more" toggle, a tab panel, `<details open>`). */
const REVEALING_ATTRIBUTES = ['class', 'style', 'hidden', 'aria-hidden', 'open'];

export interface MutationBatch {
  /** Nodes the page added (Kontext's own elements left out). */
  added: Node[];
  /** Text nodes whose text the page changed. */
  changedText: Text[];
  /** Elements whose revealing attributes changed. */
  attributeTargets: Element[];
  /** Whether the page removed anything (highlights inside may be gone). */
  removed: boolean;
}

export interface MutationWatch {
  /** Starts watching a subtree (the document, an open shadow root, a same-origin frame document). */
  observe(target: Node): void;
  /** Runs Kontext's own DOM changes without reporting them. */
  quiet<T>(change: () => T): T;
  disconnect(): void;
}

export interface WatchOptions {
  signal: AbortSignal;
  setTimeout: (handler: () => void, ms: number) => unknown;
  clearTimeout: (id: unknown) => void;
  onBatch: (batch: MutationBatch) => void;
  /**
   * Sees every page record as it arrives, before the next paint: for repairs that cannot wait for the
   * debounce (a framework replaced a text node Kontext had split). Must be cheap.
   */
  onRecords?: (records: MutationRecord[]) => void;
  now?: () => number;
}

function emptyBatch(): MutationBatch {
  return { added: [], changedText: [], attributeTargets: [], removed: false };
}

function isOwn(node: Node): boolean {
  return node.nodeType === 1 && isKontextElement(node as Element);
}

/** Creates a watch; nothing is observed until `observe()`. Stops for good when `signal` aborts. */
export function watchMutations(options: WatchOptions): MutationWatch {
  const now = options.now ?? (() => performance.now());
  let pending = emptyBatch();
  let firstPendingAt = 0;
  let timer: unknown = null;

  const collect = (records: MutationRecord[]) => {
    options.onRecords?.(records);
    for (const record of records) {
      if (record.type === 'characterData') {
        pending.changedText.push(record.target as Text);
      } else if (record.type === 'attributes') {
        pending.attributeTargets.push(record.target as Element);
      } else {
        for (const node of Array.from(record.addedNodes)) if (!isOwn(node)) pending.added.push(node);
        if (Array.from(record.removedNodes).some((node) => !isOwn(node) || node.nodeName === 'KONTEXT-MENTION')) {
          pending.removed = true;
        }
      }
    }
  };

  const flush = () => {
    timer = null;
    if (options.signal.aborted) return;
    const batch = pending;
    pending = emptyBatch();
    if (batch.added.length || batch.changedText.length || batch.attributeTargets.length || batch.removed) {
      options.onBatch(batch);
    }
  };

  const schedule = () => {
    const t = now();
    if (timer === null) firstPendingAt = t;
    else options.clearTimeout(timer);
    const wait = Math.min(MUTATION_DEBOUNCE_MS, Math.max(0, firstPendingAt + MUTATION_MAX_WAIT_MS - t));
    timer = options.setTimeout(flush, wait);
  };

  const observer = new MutationObserver((records) => {
    if (options.signal.aborted) return;
    collect(records);
    schedule();
  });
  const disconnect = () => {
    observer.disconnect();
    if (timer !== null) options.clearTimeout(timer);
    timer = null;
    pending = emptyBatch();
  };
  options.signal.addEventListener('abort', disconnect, { once: true });

  return {
    observe(target) {
      if (options.signal.aborted) return;
      observer.observe(target, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
        attributeFilter: REVEALING_ATTRIBUTES,
      });
    },
    quiet(change) {
      // Records queued before this point are the page's: keep them. Those after are ours: drop them.
      const before = observer.takeRecords();
      if (before.length) {
        collect(before);
        schedule();
      }
      try {
        return change();
      } finally {
        observer.takeRecords();
      }
    },
    disconnect,
  };
}
