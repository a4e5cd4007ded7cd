import { createContext, useContext } from 'react';
import type { ObjectiveText } from '../i18n/messages.ts';
import type { Objective } from '../objectives/types.ts';

/** Translations of registry titles and descriptions for the UI language (OBJECTIVE_TEXT[locale]). */
export const ObjectiveTextContext = createContext<Readonly<Record<string, ObjectiveText>>>({});

/** An objective's title and description as the reader should see them. */
export function objectiveText(
  o: Objective,
  table: Readonly<Record<string, ObjectiveText>>,
): { title: string; description: string } {
  const tr = table[o.id];
  return { title: tr?.title ?? o.title, description: tr?.description ?? o.description };
}

export function useObjectiveTexts(): Readonly<Record<string, ObjectiveText>> {
  return useContext(ObjectiveTextContext);
}
