/**
 * The sample deck shipped with the app: the lecture on hyperparameter search (sampleDeck.json).
 * Its BO slides are stored as studies (objective, points, acquisition) and encoded here with the
 * share links' own encoder, so a change of the link format can never leave the sample stale; the
 * values at the points are the objective's own, computed here.
 */
import type { Locale } from '../i18n/messages.ts';
import { ACQUISITION_TYPES } from '../bo/settingsSchema.ts';
import { LINK_PARAM, encodeStudy } from '../share/linkCodec.ts';
import type { SharedStudy } from '../share/studyState.ts';
import { DEFAULT_VIEW } from '../share/validate.ts';
import { DEFAULT_SETTINGS, resolveObjective } from '../store/settings.ts';
import { parseDeck, type Deck } from './deckModel.ts';
import sample from './sampleDeck.json';

type Text = Readonly<Record<Locale, string>>;

export interface SampleStudy {
  readonly objective: string;
  readonly x: readonly number[];
  readonly acquisition: string;
}

/** The link's study for a sample BO slide: the points as the initial design, none shown hidden. */
export function sampleStudy(spec: SampleStudy): SharedStudy {
  const objective = resolveObjective({ kind: 'registry', id: spec.objective });
  if (typeof objective === 'string') throw new Error(`sample deck: ${objective}`);
  const acquisition = ACQUISITION_TYPES.find((a) => a === spec.acquisition);
  if (!acquisition) throw new Error(`sample deck: acquisition ${spec.acquisition}`);
  const observations = spec.x.map((x) => ({ x: [x], y: objective.f([x]), phase: 'init' as const }));
  return {
    settings: {
      ...DEFAULT_SETTINGS,
      objective: { kind: 'registry', id: spec.objective },
      acquisition,
      initPoints: observations.length,
    },
    observations,
    shown: observations.length,
    view: DEFAULT_VIEW,
    hidden: [],
  };
}

/** The sample deck in a language (slide texts in that language; the same slides in every one). */
export function sampleDeck(locale: Locale): Deck {
  const slides = sample.slides.map((s, i) => {
    const text = (t: Text) => t[locale] ?? t.en;
    const href =
      'study' in s && s.study
        ? `?${LINK_PARAM}=${encodeStudy(sampleStudy(s.study))}#/`
        : ('href' in s && s.href) || '#/';
    return { id: `sample${i + 1}`, title: text(s.title), notes: text(s.notes), href };
  });
  const parsed = parseDeck({
    format: 'bo-playground-deck',
    version: 1,
    id: 'sample',
    title: sample.title[locale] ?? sample.title.en,
    slides,
  });
  if ('problem' in parsed) throw new Error(`sample deck: ${parsed.problem.code}`);
  return parsed.deck;
}
