/**
 * The hover card's interaction as a pure reducer: events in, next state and effects out. Nothing
 * here touches timers or the DOM; `controller.ts` runs the effects. Every interaction with a new
 * anchor gets a new `token`, and timers and data loads carry the token they were started with, so a
 * late timer or a slow lookup for an abandoned anchor is recognised and dropped.
 *
 * Phases: idle → dwelling (pointer rests on a highlight) → open ⇄ leaving (hide timer running) → idle.
 * The card stays open while anything "holds" it: pointer or focus on the highlight or in the card.
 */

/** Who keeps the card open. */
export type Hold = 'anchor-pointer' | 'anchor-focus' | 'card-pointer' | 'card-focus';
export type Via = 'pointer' | 'focus';

export type Phase = 'idle' | 'dwelling' | 'open' | 'leaving';

export interface State<A> {
  phase: Phase;
  anchor: A | null;
  token: number;
  holds: readonly Hold[];
  pinned: boolean;
}

export type Event<A> =
  | { type: 'anchor-enter'; anchor: A; via: Via }
  | { type: 'anchor-leave'; anchor: A; via: Via }
  | { type: 'card-enter'; via: Via }
  | { type: 'card-leave'; via: Via }
  | { type: 'dwell-elapsed'; token: number }
  | { type: 'hide-elapsed'; token: number }
  | { type: 'pin'; pinned: boolean }
  /**
   * Escape or the close button; `returnFocus` when focus was in the card or on the highlight. The
   * runner must not let the focus it returns reopen the card.
   */
  | { type: 'close'; returnFocus: boolean };

export type Effect<A> =
  | { type: 'start-dwell'; token: number }
  | { type: 'start-hide'; token: number }
  | { type: 'cancel-timers' }
  | { type: 'show'; anchor: A; token: number }
  | { type: 'hide' }
  | { type: 'focus-anchor'; anchor: A };

export interface Step<A> {
  state: State<A>;
  effects: Effect<A>[];
}

export function initialState<A>(): State<A> {
  return { phase: 'idle', anchor: null, token: 0, holds: [], pinned: false };
}

const hold = (via: Via, where: 'anchor' | 'card'): Hold => `${where}-${via}`;
const add = (holds: readonly Hold[], h: Hold) => (holds.includes(h) ? holds : [...holds, h]);
const remove = (holds: readonly Hold[], h: Hold) => holds.filter((x) => x !== h);
const isShown = (phase: Phase) => phase === 'open' || phase === 'leaving';

/** Applies one event. Pure: the same state and event always give the same step. */
export function reduce<A>(state: State<A>, event: Event<A>): Step<A> {
  switch (event.type) {
    case 'anchor-enter':
      return enterAnchor(state, event.anchor, event.via);
    case 'anchor-leave': {
      if (event.anchor !== state.anchor) return { state, effects: [] };
      return release(state, hold(event.via, 'anchor'));
    }
    case 'card-enter': {
      if (!isShown(state.phase)) return { state, effects: [] };
      const holds = add(state.holds, hold(event.via, 'card'));
      return { state: { ...state, phase: 'open', holds }, effects: [{ type: 'cancel-timers' }] };
    }
    case 'card-leave':
      if (!isShown(state.phase)) return { state, effects: [] };
      return release(state, hold(event.via, 'card'));
    case 'dwell-elapsed': {
      if (state.phase !== 'dwelling' || event.token !== state.token || state.anchor === null) return { state, effects: [] };
      return { state: { ...state, phase: 'open' }, effects: [{ type: 'show', anchor: state.anchor, token: state.token }] };
    }
    case 'hide-elapsed': {
      if (state.phase !== 'leaving' || event.token !== state.token || state.pinned || state.holds.length) {
        return { state, effects: [] };
      }
      return close(state, false);
    }
    case 'pin': {
      if (!isShown(state.phase)) return { state, effects: [] };
      const next = { ...state, pinned: event.pinned, phase: 'open' as const };
      if (event.pinned) return { state: next, effects: [{ type: 'cancel-timers' }] };
      return next.holds.length ? { state: next, effects: [] } : startHide(next);
    }
    case 'close':
      if (state.phase === 'idle') return { state, effects: [] };
      return close(state, event.returnFocus);
  }
}

function enterAnchor<A>(state: State<A>, anchor: A, via: Via): Step<A> {
  const h = hold(via, 'anchor');
  if (anchor === state.anchor && state.phase !== 'idle') {
    const phase = state.phase === 'leaving' ? 'open' : state.phase;
    // Focus on the highlight a pointer is dwelling on: the reader asked explicitly, open now.
    if (phase === 'dwelling' && via === 'focus') {
      return {
        state: { ...state, phase: 'open', holds: add(state.holds, h) },
        effects: [{ type: 'cancel-timers' }, { type: 'show', anchor, token: state.token }],
      };
    }
    return { state: { ...state, phase, holds: add(state.holds, h) }, effects: [{ type: 'cancel-timers' }] };
  }
  // A pinned card stays until it is closed: other highlights do not replace it.
  if (state.pinned && isShown(state.phase)) return { state, effects: [] };
  const token = state.token + 1;
  const effects: Effect<A>[] = [{ type: 'cancel-timers' }];
  if (isShown(state.phase)) effects.push({ type: 'hide' }); // one card at a time
  if (via === 'focus') {
    // Focus is deliberate (Tab or the shortcut), so no dwell.
    effects.push({ type: 'show', anchor, token });
    return { state: { ...state, phase: 'open', anchor, token, holds: [h], pinned: false }, effects };
  }
  effects.push({ type: 'start-dwell', token });
  return { state: { ...state, phase: 'dwelling', anchor, token, holds: [h], pinned: false }, effects };
}

function release<A>(state: State<A>, h: Hold): Step<A> {
  const holds = remove(state.holds, h);
  if (state.phase === 'dwelling') {
    if (holds.length) return { state: { ...state, holds }, effects: [] };
    return { state: { ...state, phase: 'idle', anchor: null, holds }, effects: [{ type: 'cancel-timers' }] };
  }
  if (!isShown(state.phase)) return { state: { ...state, holds }, effects: [] };
  const next = { ...state, holds };
  if (holds.length || state.pinned) return { state: next, effects: [] };
  return startHide(next);
}

function startHide<A>(state: State<A>): Step<A> {
  return {
    state: { ...state, phase: 'leaving' },
    effects: [{ type: 'cancel-timers' }, { type: 'start-hide', token: state.token }],
  };
}

function close<A>(state: State<A>, returnFocus: boolean): Step<A> {
  const effects: Effect<A>[] = [{ type: 'cancel-timers' }, { type: 'hide' }];
  const anchor = state.anchor;
  if (returnFocus && anchor !== null) effects.push({ type: 'focus-anchor', anchor });
  return {
    state: {
      phase: 'idle',
      anchor: null,
      token: state.token,
      holds: [],
      pinned: false,
    },
    effects,
  };
}
