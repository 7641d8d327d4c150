/** Why an import or a save was rejected: one line per problem, with its row number. */
import { MAX_REPORTED_PROBLEMS, type ImportProblem } from '@/lib/custom/problems';
import { useT } from './i18n';

export function ProblemList({ problems, title }: { problems: readonly ImportProblem[]; title: string }) {
  const { t } = useT();
  return (
    <div class="problems" role="alert" data-testid="import-problems">
      <p>{title}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i} data-testid="import-problem" data-row={p.row} data-code={p.code}>
            <strong>{p.row > 0 ? t('options_custom_row', p.row) : t('options_custom_file')}</strong>
            {': '}
            {t(`custom_problem_${p.code}`, p.field ?? '')}
          </li>
        ))}
      </ul>
      {problems.length >= MAX_REPORTED_PROBLEMS && <p>{t('options_custom_more')}</p>}
    </div>
  );
}
