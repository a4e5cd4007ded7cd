/**
 * The parts every trials table shares (the BO screen's, the network search's): numeric columns
 * right-aligned, one row per trial tagged by phase, the best row marked for sight and for screen
 * readers (aria-current), a failure shown as text where its value would be.
 */
import type { ReactNode } from 'react';
import { useMessages } from '../i18n/locale.ts';
import { TableScroll } from '../widgets/TableScroll.tsx';
import { TitledSection } from '../widgets/TitledSection.tsx';

/** A column header; `num` right-aligns the column (a number); `className` goes on its cells too. */
export interface TrialColumn {
  readonly key: string;
  readonly label: ReactNode;
  readonly num?: boolean;
  readonly className?: string;
}

function TrialTableHead({ columns }: { readonly columns: readonly TrialColumn[] }) {
  return (
    <thead>
      <tr>
        {columns.map((c) => (
          <th
            key={c.key}
            scope="col"
            className={[c.num ? 'num' : '', c.className ?? ''].join(' ').trim() || undefined}
          >
            {c.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** One trial's row: its number as the row header, then the cells given. */
export function TrialRow(props: {
  readonly phase: string;
  readonly number: number;
  readonly isBest: boolean;
  readonly failed: boolean;
  readonly children: ReactNode;
}) {
  const { phase, number, isBest, failed } = props;
  return (
    <tr
      className={`phase-${phase}${isBest ? ' best' : ''}${failed ? ' failed' : ''}`}
      {...(isBest ? { 'aria-current': 'true' as const } : {})}
    >
      <th scope="row">{number}</th>
      {props.children}
    </tr>
  );
}

/** The value cell: the value with the best badge, or why it failed (full reason on hover). */
export function TrialValueCell(props: {
  readonly value: string | null;
  readonly isBest: boolean;
  readonly failedText: ReactNode;
  readonly reason: string | undefined;
}) {
  const t = useMessages();
  return (
    <td className="num">
      {props.value === null ? (
        <span className="error-text" title={props.reason}>
          {props.failedText}
        </span>
      ) : (
        <>
          {props.value}
          {props.isBest && <span className="best-badge">{t.bestMarker}</span>}
        </>
      )}
    </td>
  );
}

/**
 * A card holding a trials table: the title names the card, the scrolling box and the table; the
 * box follows the newest row (`rows`). `children` are the body rows.
 */
export function TrialsCard(props: {
  readonly className: string;
  readonly titleId: string;
  readonly title: ReactNode;
  readonly columns: readonly TrialColumn[];
  readonly rows: number;
  readonly data?: Readonly<Record<`data-${string}`, string>> | undefined;
  readonly children: ReactNode;
}) {
  const { titleId } = props;
  return (
    <TitledSection
      className={props.className}
      titleClassName="card-title"
      titleId={titleId}
      title={props.title}
      data={props.data}
    >
      <TableScroll labelledBy={titleId} rows={props.rows}>
        <table className="data-table" aria-labelledby={titleId}>
          <TrialTableHead columns={props.columns} />
          <tbody>{props.children}</tbody>
        </table>
      </TableScroll>
    </TitledSection>
  );
}
