/**
 * Runs the interaction reducer against injected timers and renderer callbacks. Tests pass fake
 * timers and read the calls; the content script passes the page's timers and the shadow-root UI.
 */
import { DWELL_DELAY_MS, HIDE_DELAY_MS } from './delays';
import { initialState, reduce, type Event, type State } from './interaction';

export interface Timers {
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

export interface ControllerOptions<A> {
  timers: Timers;
  /** Open the card for `anchor`. Async work must check `isCurrent(token)` before it renders. */
  show(anchor: A, token: number): void;
  hide(): void;
  focusAnchor(anchor: A): void;
  /** Extra dwell from the reader's preferences (ms). */
  extraDwellMs?: () => number;
}

export interface Controller<A> {
  dispatch(event: Event<A>): void;
  /** True while `token` is the interaction on screen (or about to be). */
  isCurrent(token: number): boolean;
  state(): State<A>;
  dispose(): void;
}

/** Creates a controller; `dispose` cancels pending timers. */
export function createController<A>(options: ControllerOptions<A>): Controller<A> {
  let state = initialState<A>();
  let timer: number | null = null;

  const cancel = () => {
    if (timer !== null) options.timers.clearTimeout(timer);
    timer = null;
  };

  const dispatch = (event: Event<A>) => {
    const step = reduce(state, event);
    state = step.state;
    for (const effect of step.effects) {
      switch (effect.type) {
        case 'cancel-timers':
          cancel();
          break;
        case 'start-dwell': {
          const ms = DWELL_DELAY_MS + Math.max(0, options.extraDwellMs?.() ?? 0);
          timer = options.timers.setTimeout(() => dispatch({ type: 'dwell-elapsed', token: effect.token }), ms);
          break;
        }
        case 'start-hide':
          timer = options.timers.setTimeout(() => dispatch({ type: 'hide-elapsed', token: effect.token }), HIDE_DELAY_MS);
          break;
        case 'show':
          options.show(effect.anchor, effect.token);
          break;
        case 'hide':
          options.hide();
          break;
        case 'focus-anchor':
          options.focusAnchor(effect.anchor);
          break;
      }
    }
  };

  return {
    dispatch,
    isCurrent: (token) => token === state.token && (state.phase === 'open' || state.phase === 'leaving'),
    state: () => state,
    dispose: cancel,
  };
}
