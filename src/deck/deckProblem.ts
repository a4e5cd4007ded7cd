import type { Messages } from '../i18n/messages.ts';
import { fill } from '../widgets/format.ts';
import type { DeckProblem } from './deckModel.ts';

/** A refusal in the reader's language. */
export function problemText(t: Messages, p: DeckProblem): string {
  return fill(t[p.code], p.params);
}
