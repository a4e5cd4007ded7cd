import { useEffect } from 'react';
import { canStep } from '../store/history.ts';
import { useStore } from '../store/store.ts';

/**
 * Plays the study: while `playing`, one step every `speedMs`. A timeout chain rather than an
 * interval, so a slow step never queues up more; each scheduled step is cancelled when playback
 * pauses, the speed changes, the history changes under it, or the component unmounts. Stops by
 * itself when the budget is spent. While `enabled` is false (the study is not on screen) Play
 * waits: `playing` stays set and the run goes on when it is shown again.
 */
export function usePlayback(enabled = true): void {
  const playing = useStore((s) => s.playing);
  const speedMs = useStore((s) => s.speedMs);
  const history = useStore((s) => s.history);

  useEffect(() => {
    if (!playing || !enabled) return;
    if (!canStep(history)) {
      useStore.getState().pause();
      return;
    }
    const id = setTimeout(() => useStore.getState().step(), speedMs);
    return () => clearTimeout(id);
  }, [playing, enabled, speedMs, history]);
}
