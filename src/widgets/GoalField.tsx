import { useMessages } from '../i18n/locale.ts';
import type { Goal } from '../objectives/types.ts';
import { SelectField } from './SelectField.tsx';

/** Maximize or minimize: the formula form's and the file-study dialog's one goal picker. */
export function GoalField({ value, onChange }: { value: Goal; onChange: (goal: Goal) => void }) {
  const t = useMessages();
  return (
    <SelectField
      label={t.goalLabel}
      value={value}
      options={[
        { value: 'maximize', label: t.goalMaximize },
        { value: 'minimize', label: t.goalMinimize },
      ]}
      onChange={onChange}
    />
  );
}
