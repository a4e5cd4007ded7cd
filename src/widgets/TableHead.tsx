import type { ReactNode } from 'react';

/** A table's header row: one column header per label, in order. */
export function TableHead({ labels }: { readonly labels: readonly ReactNode[] }) {
  return (
    <thead>
      <tr>
        {labels.map((label, i) => (
          // Labels may repeat and never reorder, so their position is their identity.
          <th key={i} scope="col">
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
