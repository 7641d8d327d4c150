/** A country flag emoji. Decorative: the country's name is always written next to it. */
export function Flag({ emoji }: { emoji?: string }) {
  if (!emoji) return null;
  return (
    <span class="kx-flag" aria-hidden="true">
      {emoji}
    </span>
  );
}
