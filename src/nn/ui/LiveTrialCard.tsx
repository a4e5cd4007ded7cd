import { useEffect, useState } from 'react';
import { Sized } from '../../widgets/Sized.tsx';
import { fill } from '../../widgets/format.ts';
import { useMessages } from '../../i18n/locale.ts';
import type { StudySnapshot } from '../study/runner.ts';
import { BoundaryThumb } from './BoundaryThumb.tsx';
import { formatHp, HP_LABEL, hms, shortDuration } from './format.ts';
import { LearningCurve } from './LearningCurve.tsx';

/** The running trial (or the last one): its hyperparameters, learning curves, boundary and time. */
export function LiveTrialCard({ snap }: { snap: StudySnapshot }) {
  const t = useMessages();
  const live = snap.live;
  const last = snap.trials.at(-1);
  const now = useNow(live !== null);
  const shown = live ?? last;
  const frame = snap.data?.frame ?? null;
  const searched = snap.settings.searched;

  let status: string;
  let time: string;
  if (live) {
    status =
      live.epochs.length === 0
        ? t.netLiveStarting
        : fill(t.netLiveRunning, { e: live.epochs.length, of: live.config.epochs });
    time = hms(now - live.startedAt);
  } else if (last) {
    status = fill(t.netLiveLast, {
      status: last.status === 'ok' ? t.netStatusOk : t.netStatusFailed,
    });
    time = shortDuration(last.ms);
  } else {
    status = t.netLiveNone;
    time = '';
  }

  return (
    <section className="card net-live" aria-labelledby="net-live-title" aria-busy={live !== null}>
      <div className="net-live-head">
        <h2 id="net-live-title" className="card-title">
          {shown ? fill(t.netLiveTitle, { n: shown.index + 1 }) : t.netLiveNone}
        </h2>
        {shown && <span className="net-live-status">{status}</span>}
        {time && (
          <span className="net-elapsed" data-testid="trial-elapsed">
            {fill(t.netElapsed, { time })}
          </span>
        )}
      </div>
      {shown && (
        <p className="net-live-hps">
          {searched.map((id, k) => (
            <span key={id}>
              {t[HP_LABEL[id]]} = <strong>{formatHp(id, shown.x[k] as number, t)}</strong>
            </span>
          ))}
        </p>
      )}
      {!live && last && last.epochs.length === 0 && <p className="hint">{t.netCurvesLeftOut}</p>}
      <div className="net-live-plots">
        {(
          [
            ['loss', t.netLossPlot],
            ['acc', t.netAccPlot],
          ] as const
        ).map(([kind, label]) => (
          <Sized key={kind} className="plot-box net-curve-box">
            {({ width, height, fontSize }) => (
              <LearningCurve
                width={width}
                height={height}
                fontSize={fontSize}
                epochs={shown?.epochs ?? []}
                totalEpochs={shown?.config.epochs ?? 10}
                kind={kind}
                ariaLabel={label}
              />
            )}
          </Sized>
        ))}
        {frame && snap.data && (
          <figure className="net-boundary">
            <BoundaryThumb
              frame={frame}
              boundary={shown?.boundary ?? null}
              data={snap.data.raw}
              size={150}
              label={t.netBoundaryLabel}
            />
            <figcaption>{t.netBoundaryCaption}</figcaption>
          </figure>
        )}
      </div>
    </section>
  );
}

/** The time, refreshed a few times a second while `active` (for the running trial's clock). */
function useNow(active: boolean): number {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (!active) return;
    const id = setInterval(() => setNow(performance.now()), 250);
    return () => clearInterval(id);
  }, [active]);
  return now;
}
