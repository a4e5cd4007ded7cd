/** The network study the shell owns, reached by the network screen through context. */
import { createContext, useContext } from 'react';
import type { NetworkStudy } from './studyHolder.ts';

/** Gives the study, making it on first call (its worker starts only then). */
export const NetworkStudyContext = createContext<(() => NetworkStudy) | null>(null);

export function useNetworkStudy(): NetworkStudy {
  const get = useContext(NetworkStudyContext);
  if (!get)
    throw new Error('The network screen needs the app services above it (app/services.tsx).');
  return get();
}
