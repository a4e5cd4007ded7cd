import './transport.css';
import { useId } from 'react';
import { useMessages } from '../i18n/locale.ts';
import { getCommand, runUiCommand, type CommandId } from './commands.ts';
import { fill } from '../widgets/format.ts';
import { hasNoFormula } from '../store/settings.ts';
import { useStore } from '../store/store.ts';

const ICONS: Partial<Record<string, string>> = {
  step: '»',
  play: '▶',
  pause: '❚❚',
  back: '←',
  forward: '→',
  reset: '↺',
  newSeed: '⚄',
  showHelp: '?',
};

/** A button for a command: its label, enabled state and shortcut hint all come from the command. */
export function CommandButton({
  id,
  primary = false,
  iconOnly = false,
}: {
  id: CommandId;
  primary?: boolean;
  /** Show the icon alone; the label stays as the accessible name and the tooltip. */
  iconOnly?: boolean;
}) {
  const t = useMessages();
  const cmd = getCommand(id);
  const label = useStore(cmd.label);
  const enabled = useStore(cmd.enabled);
  const busy = useStore((s) => cmd.busy?.(s) ?? false);
  const icon = ICONS[label];
  const key = cmd.shortcut?.display;
  const keyText = key ? ('text' in key ? key.text : t[key.message]) : undefined;
  return (
    <button
      type="button"
      className={`command${primary ? ' primary' : ''}`}
      disabled={!enabled}
      aria-busy={busy || undefined}
      onClick={() => runUiCommand(cmd)}
      {...(keyText ? { 'aria-keyshortcuts': ariaKey(cmd.shortcut?.keys[0] ?? '') } : {})}
      title={keyText ? `${t[label]} (${keyText})` : t[label]}
    >
      {icon && (
        <span className="icon" aria-hidden="true">
          {icon}
        </span>
      )}
      {iconOnly ? <span className="visually-hidden">{t[label]}</span> : t[label]}
    </button>
  );
}

/** The aria-keyshortcuts spelling of a KeyboardEvent.key. */
function ariaKey(key: string): string {
  return key === ' ' ? 'Space' : key;
}

const SPEEDS = [
  { ms: 1500, key: 'speedSlow' },
  { ms: 700, key: 'speedNormal' },
  { ms: 250, key: 'speedFast' },
  { ms: 60, key: 'speedFastest' },
] as const;

/** Step, play (with its speed), history navigation, reset, new seed and help. */
export function Transport() {
  const t = useMessages();
  const id = useId();
  const speedMs = useStore((s) => s.speedMs);
  const noFormula = useStore((s) => hasNoFormula(s.objective));
  const setSpeed = useStore((s) => s.setSpeed);
  const speed = SPEEDS.reduce((a, b) =>
    Math.abs(b.ms - speedMs) < Math.abs(a.ms - speedMs) ? b : a,
  );

  return (
    <div className="transport" role="group" aria-label={t.transportLabel}>
      <div className="transport-buttons">
        <CommandButton id="step" primary />
        <CommandButton id="togglePlay" />
        <div className="field inline">
          <label htmlFor={`${id}-speed`}>{t.speedLabel}</label>
          <select
            id={`${id}-speed`}
            value={speed.ms}
            onChange={(e) => setSpeed(Number(e.target.value))}
          >
            {SPEEDS.map((s) => (
              <option key={s.ms} value={s.ms}>
                {t[s.key]}
              </option>
            ))}
          </select>
        </div>
        <CommandButton id="back" />
        <CommandButton id="forward" />
        <CommandButton id="reset" />
        <CommandButton id="newSeed" />
        <CommandButton id="help" iconOnly />
      </div>
      {noFormula && <p className="transport-note">{t.noFormulaNote}</p>}
    </div>
  );
}

/** The scrubber over the history's snapshots. */
export function Scrubber() {
  const t = useMessages();
  const id = useId();
  const cursor = useStore((s) => s.history.cursor);
  const count = useStore((s) => s.history.snapshots.length);
  const seek = useStore((s) => s.seek);
  return (
    <div className="scrubber">
      <label htmlFor={`${id}-history`}>{t.historyLabel}</label>
      <input
        id={`${id}-history`}
        type="range"
        min={0}
        max={Math.max(0, count - 1)}
        step={1}
        value={cursor}
        disabled={count < 2}
        aria-valuetext={fill(t.historyValue, { k: cursor + 1, n: count })}
        onChange={(e) => seek(Number(e.target.value))}
      />
      <output htmlFor={`${id}-history`}>
        {cursor + 1} / {count}
      </output>
    </div>
  );
}
