import type { Role } from '@/lib/data/types';
import { formatPartialDate, formatPeriod } from '@/lib/card/format';
import { isUrl, splitRoles } from '@/lib/card/model';
import { ExternalLink } from '@/components/shared/ExternalLink';
import { EntityLink } from '@/components/shared/EntityLink';
import { useCardEnv } from './env';

/** Current posts in full; earlier posts folded away (they matter less than what someone is now). */
export function RoleList({ roles }: { roles: readonly Role[] }) {
  const { t } = useCardEnv();
  const { current, earlier } = splitRoles(roles);
  if (!roles.length) return <p class="kx-muted">{t('card_no_roles')}</p>;
  return (
    <section class="kx-section" aria-label={t('card_current_roles')}>
      {current.length > 0 && (
        <>
          <h3 class="kx-section__title">{t('card_current_roles')}</h3>
          <ul class="kx-roles">
            {current.map((role, i) => (
              <RoleItem role={role} key={i} />
            ))}
          </ul>
        </>
      )}
      {earlier.length > 0 && (
        <details class="kx-details">
          <summary>{t('card_earlier_roles', earlier.length)}</summary>
          <ul class="kx-roles">
            {earlier.map((role, i) => (
              <RoleItem role={role} key={i} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function RoleItem({ role }: { role: Role }) {
  const { t, lang, refs, openEntity } = useCardEnv();
  const when = role.until
    ? formatPeriod(role.since, role.until, lang)
    : role.since
      ? t('card_since', formatPartialDate(role.since, lang, 'genitive'))
      : null;
  const org = role.org ? refs[role.org] : undefined;
  return (
    <li class="kx-role">
      <div class="kx-role__title">{role.title[lang] || role.title.ru}</div>
      {(when || org) && (
        <div class="kx-role__meta">
          {when}
          {when && org && ' · '}
          {org && <EntityLink entity={org} lang={lang} onOpen={openEntity} flag={false} />}
        </div>
      )}
      <div class="kx-role__source">
        {t('card_as_of', formatPartialDate(role.asOf, lang))}
        {/* The user's own entities may have no source; then there is nothing to cite. */}
        {role.source.trim() !== '' && ' · '}
        {role.source.trim() === '' ? null : isUrl(role.source) ? (
          <ExternalLink href={role.source}>{t('card_source', new URL(role.source).hostname)}</ExternalLink>
        ) : (
          t('card_source', role.source)
        )}
      </div>
    </li>
  );
}
