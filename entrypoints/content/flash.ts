/** Briefly marks a highlight after a jump from the side panel, without touching layout. */
const FLASH_MS = 1600; // long enough to find on screen after smooth scrolling

export function flash(el: HTMLElement): void {
  el.setAttribute('data-kontext-flash', '');
  setTimeout(() => el.removeAttribute('data-kontext-flash'), FLASH_MS);
}
