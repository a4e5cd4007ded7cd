import { createContext } from 'react';
import type { SurfaceService } from '../gpu/surfaceService.ts';

/**
 * The surface service of the app; the shell provides the one it owns (app/services.tsx). Apart
 * from useSurfaces.ts so that the shell reaches it without loading the 2D views' code.
 */
export const SurfaceServiceContext = createContext<SurfaceService | null>(null);
