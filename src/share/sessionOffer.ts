/** A readable saved session as the store keeps it until the user restores it. */
import type { StudyOffer } from '../store/shareSlice.ts';
import type { SessionDocument } from './session.ts';
import { loadedStudy } from './studyState.ts';

export function offerOf(doc: SessionDocument): StudyOffer {
  const { study, objective, fresh } = doc.parsed;
  return { savedAt: doc.savedAt, study: () => loadedStudy(study, objective, fresh) };
}
