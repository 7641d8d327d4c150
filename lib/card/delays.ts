/** Hover-card timing. Every delay is named, with the reason it has the value it has. */

/** Wait before opening on hover: long enough that a pointer crossing a line of text opens nothing. */
export const DWELL_DELAY_MS = 350;

/** Wait before closing after the pointer leaves: time to travel across the gap into the card. */
export const HIDE_DELAY_MS = 300;

/** Gap between highlight and card: visible separation, small enough to cross within HIDE_DELAY_MS. */
export const CARD_OFFSET_PX = 6;

/** Keep this much space between the card and the viewport edge, so it never touches the edge. */
export const VIEWPORT_PADDING_PX = 8;

/** How long "Copied" stays on the copy button: read at a glance, then back to the label. */
export const COPIED_FEEDBACK_MS = 1500;
