/**
 * The network and lab sections' text, loaded with those sections (loadSectionMessages in
 * messages.ts) rather than on the first screen.
 */
import { labEn, labKo } from './lab.ts';
import { labRaceEn, labRaceKo } from './labRace.ts';
import { networkEn, networkKo } from './network.ts';

export const SECTION_MESSAGES = {
  en: { ...networkEn, ...labEn, ...labRaceEn },
  ko: { ...networkKo, ...labKo, ...labRaceKo },
} as const;
