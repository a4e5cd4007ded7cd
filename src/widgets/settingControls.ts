/**
 * Control props read from the settings schema (bo/settingsSchema.ts), so a slider, a number field
 * or a menu offers exactly the span and the values the schema gives.
 */
import type { NumberSetting } from '../bo/settingsSchema.ts';
import type { MessageKey, Messages } from '../i18n/messages.ts';
import type { Option } from './SelectField.tsx';

/** A setting without a UI range has no control: asking for one is a programming error. */
function uiOf(s: NumberSetting): NonNullable<NumberSetting['ui']> {
  if (!s.ui) throw new Error('this setting has no UI range in the schema');
  return s.ui;
}

/** min, max, step and log of a Slider. */
export function sliderRange(s: NumberSetting) {
  const ui = uiOf(s);
  return { min: ui.min, max: ui.max, step: ui.step, log: ui.log ?? false };
}

/** min, max, step and integer of a NumberField. */
export function fieldRange(s: NumberSetting) {
  const ui = uiOf(s);
  return { min: ui.min, max: ui.max, step: ui.step, integer: s.integer };
}

/**
 * A menu's options in the order of the label table. The table is typed `Record<T, MessageKey>`,
 * so a value added to the schema's list does not compile until it has a label.
 */
export function labelledOptions<T extends string>(
  labels: Readonly<Record<T, MessageKey>>,
  t: Messages,
): Option<T>[] {
  return (Object.keys(labels) as T[]).map((value) => ({ value, label: t[labels[value]] }));
}
