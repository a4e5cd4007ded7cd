/** Every area's tables, so a test can check that no two areas use the same key. */
import { a11yEn, a11yKo } from './a11y.ts';
import { analysisJobEn, analysisJobKo } from './analysisJob.ts';
import { deckEn, deckKo } from './deck.ts';
import { labEn, labKo } from './lab.ts';
import { labRaceEn, labRaceKo } from './labRace.ts';
import { coreEn, coreKo } from './messages.ts';
import { networkEn, networkKo } from './network.ts';
import { presentEn, presentKo } from './present.ts';
import { shareEn, shareKo } from './share.ts';

export const AREA_TABLES = {
  core: { en: coreEn, ko: coreKo },
  network: { en: networkEn, ko: networkKo },
  lab: { en: labEn, ko: labKo },
  labRace: { en: labRaceEn, ko: labRaceKo },
  share: { en: shareEn, ko: shareKo },
  present: { en: presentEn, ko: presentKo },
  deck: { en: deckEn, ko: deckKo },
  analysisJob: { en: analysisJobEn, ko: analysisJobKo },
  a11y: { en: a11yEn, ko: a11yKo },
} as const;
