import type { ComponentChildren } from 'preact';

/**
 * A link out of the page. Nothing is fetched until the reader clicks; the new tab gets no opener
 * and no referrer, so the article's address does not travel with the click.
 */
export function ExternalLink({ href, children, class: className }: { href: string; children: ComponentChildren; class?: string }) {
  return (
    <a class={className ?? 'kx-link'} href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
