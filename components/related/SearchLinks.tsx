/** "More coverage" for an entity: news-search links, requested only when the reader clicks one. */
import { buildSearchLinks } from '@/lib/related/search-links';

export function SearchLinks({ name, lang, label }: { name: string; lang: string; label: string }) {
  const links = buildSearchLinks(name, lang);
  if (!links.length) return null;
  return (
    <p class="related__more" data-testid="related-more">
      <span class="muted">{label} </span>
      {links.map((link, i) => (
        <span key={link.id}>
          {i > 0 && ' · '}
          <a href={link.url} target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer">
            {link.label}
          </a>
        </span>
      ))}
    </p>
  );
}
