/** Every area's tables, so a test can check that no two areas use the same key. */
import { a11yEn, a11yKo } from './a11y.ts';
import { analysisJobEn, analysisJobKo } from './analysisJob.ts';
import { deckEn } from './deck.ts';
import { deckKo } from './deckKo.ts';
import { labEn, labKo } from './lab.ts';
import { labRaceEn, labRaceKo } from './labRace.ts';
import { coreKo } from './coreKo.ts';
import { coreEn } from './messages.ts';
import { networkEn, networkKo } from './network.ts';
import { presentEn } from './present.ts';
import { presentKo } from './presentKo.ts';
import { shareEn } from './share.ts';
import { shareKo } from './shareKo.ts';

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
