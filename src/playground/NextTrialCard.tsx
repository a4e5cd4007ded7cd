import '../widgets/dataTable.css';
import type { ReactNode } from 'react';
import { isFinished } from '../bo/loop.ts';
import { useMessages } from '../i18n/locale.ts';
import { ndText, type NdKey } from '../i18n/nd.ts';
import { hasNoFormula } from '../store/settings.ts';
import { RecordValue } from './RecordValue.tsx';
import type { StudyView } from './useStudy.ts';
import type { Dim } from '../objectives/types.ts';
import { formatCoordinate } from '../widgets/format.ts';

/**
 * The next trial as a person would type it into their own tool: one row per dim, in natural units
 * (10^x for a log10 dim). `children` go under the table (a study without a formula records there).
 */
export function NextTrialCard({
  dims,
  next,
  tt,
  children,
  card = false,
}: {
  dims: readonly Dim[];
  /** Search units; null when there is none to show. */
  next: readonly number[] | null;
  tt: Readonly<Record<NdKey, string>>;
  children?: ReactNode;
  /** A card of its own (beside the trials table), not a part of the N-D view. */
  card?: boolean;
}) {
  return (
    <section className={card ? 'card nd-next' : 'nd-next'} aria-labelledby="nd-next-title">
      <h3 id="nd-next-title" className="nd-subtitle">
        {tt.ndNextTitle}
      </h3>
      {next ? (
        <table className="data-table numeric">
          <thead>
            <tr>
              <th scope="col">{tt.ndNextDim}</th>
              <th scope="col">{tt.ndNextValue}</th>
            </tr>
          </thead>
          <tbody>
            {dims.map((d, k) => (
              <tr key={d.name}>
                <th scope="row">{d.name}</th>
                <td>{formatCoordinate(next[k] as number, d)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="nd-hint">{tt.ndNextNone}</p>
      )}
      {children}
    </section>
  );
}

/**
 * The next trial of the study on screen, with the form that records its value when the study has
 * no formula (the user runs it in their own tool). Loaded with the N-D view, or on its own for a
 * study from a file of one or two dims.
 */
export default function NextTrialPanel({
  study,
  objective,
  card = false,
}: {
  card?: boolean;
  study: StudyView;
  objective: Parameters<typeof hasNoFormula>[0] & { readonly dims: readonly Dim[] };
}) {
  const t = useMessages();
  const tt = ndText(t);
  const { state, analysis, pending } = study;
  const proposal = analysis.suggestion.proposal;
  const next = isFinished(state) || pending ? null : proposal.x;
  return (
    <NextTrialCard dims={objective.dims} next={next} tt={tt} card={card}>
      {hasNoFormula(objective) && next && (
        <RecordValue key={next.join(',')} x={next} phase={proposal.phase} />
      )}
    </NextTrialCard>
  );
}
