/**
 * Reading history: what it is, one switch to turn it off, how much is remembered, export, import
 * and clear. Everything stays in this browser; private windows are never recorded.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendRequest, type Transport } from '@/lib/messaging/send';
import { preferences } from '@/lib/storage/settings';
import { useT } from './i18n';
import { useStored } from './useSettings';

const toBackground: Transport = (message) => browser.runtime.sendMessage(message);

type Note = { kind: 'ok' | 'error'; text: string } | null;

export function HistorySection() {
  const { t } = useT();
  const prefs = useStored(preferences);
  const [info, setInfo] = useState<{ count: number; problem: { code: string } | null } | null>(null);
  const [note, setNote] = useState<Note>(null);
  const [confirming, setConfirming] = useState(false);

  const refresh = () =>
    void sendRequest(toBackground, { type: 'ui→bg:history-info' })
      .then(setInfo)
      .catch(() => setInfo(null));
  useEffect(refresh, []);

  const setEnabled = async (historyEnabled: boolean) => {
    const current = await preferences.getValue();
    await preferences.setValue({ ...current, historyEnabled });
  };

  const exportAll = async () => {
    const { json, count } = await sendRequest(toBackground, { type: 'ui→bg:history-export' });
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `kontext-history-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000); // the download has started by then
    setNote({ kind: 'ok', text: t('history_exported', count) });
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const reply = await sendRequest(toBackground, { type: 'ui→bg:history-import', json: await file.text() });
    setNote(
      reply.ok
        ? { kind: 'ok', text: t('history_imported', reply.added, reply.updated, reply.unchanged) }
        : { kind: 'error', text: t('history_import_failed', reply.reason === 'quota' ? t('history_problem_quota') : reply.reason) },
    );
    refresh();
  };

  const clearAll = async () => {
    await sendRequest(toBackground, { type: 'ui→bg:history-clear' });
    setConfirming(false);
    setNote({ kind: 'ok', text: t('history_cleared') });
    refresh();
  };

  return (
    <section class="section" aria-labelledby="history-title" data-testid="history-section">
      <h2 id="history-title">{t('options_section_history')}</h2>
      <p class="hint">{t('history_explain')}</p>
      <label class="check">
        <input
          type="checkbox"
          data-testid="history-enabled"
          checked={prefs?.historyEnabled ?? true}
          disabled={!prefs}
          onChange={(e) => void setEnabled(e.currentTarget.checked)}
        />
        {t('history_enabled')}
      </label>
      {info && (
        <p class="hint" data-testid="history-count">
          {t('history_count', info.count)}
        </p>
      )}
      {info?.problem && <p class="error">{info.problem.code === 'quota' ? t('history_problem_quota') : t('history_problem_failed')}</p>}
      <div class="row">
        <button type="button" data-testid="history-export" onClick={() => void exportAll()}>
          {t('history_export')}
        </button>
        <label class="button">
          {t('history_import')}
          <input
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            data-testid="history-import"
            onChange={(e) => {
              const input = e.currentTarget;
              void importFile(input.files?.[0]).finally(() => (input.value = ''));
            }}
          />
        </label>
        {!confirming ? (
          <button type="button" class="danger" data-testid="history-clear" onClick={() => setConfirming(true)}>
            {t('history_clear')}
          </button>
        ) : (
          <span class="row" role="group">
            <span>{t('history_clear_confirm')}</span>
            <button type="button" class="danger" data-testid="history-clear-confirm" onClick={() => void clearAll()}>
              {t('history_clear_yes')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('options_cancel')}
            </button>
          </span>
        )}
      </div>
      {note && (
        <p class={note.kind === 'ok' ? 'ok' : 'error'} role="status" data-testid="history-note">
          {note.text}
        </p>
      )}
    </section>
  );
}
