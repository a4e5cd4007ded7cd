import './controls.css';
import { useId } from 'react';
import { formatNumber } from './format.ts';

interface SliderProps {
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** Called on every input event, so what depends on it redraws while the thumb moves. */
  readonly onChange: (value: number) => void;
  /** Positions the thumb on log10(value): min and max are then values, not exponents. */
  readonly log?: boolean;
  readonly digits?: number;
}

/** A labelled range input with its value shown beside the label and read out by screen readers. */
export function Slider({
  label,
  value,
  min,
  max,
  step,
  onChange,
  log = false,
  digits = 3,
}: SliderProps) {
  const id = useId();
  const toPos = (v: number) => (log ? Math.log10(v) : v);
  const shown = formatNumber(value, digits);
  return (
    <div className="field slider">
      <div className="slider-head">
        <label htmlFor={id}>{label}</label>
        <output htmlFor={id}>{shown}</output>
      </div>
      <input
        id={id}
        type="range"
        min={toPos(min)}
        max={toPos(max)}
        step={step}
        value={Math.min(toPos(max), Math.max(toPos(min), toPos(value)))}
        aria-valuetext={shown}
        onChange={(e) => {
          const p = Number(e.target.value);
          onChange(log ? 10 ** p : p);
        }}
      />
    </div>
  );
}
