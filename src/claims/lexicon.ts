/**
 * The claims lexicon: speech verbs (data/claims/verbs.tsv), speaker and sentence words
 * (data/claims/lexicon.json) and stance propositions (data/claims/stance.json), loaded once and
 * validated, each error naming the file and the line or entry.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ClaimKind } from '../core/types.ts';
import { SitrepError } from '../core/errors.ts';

const KINDS = new Set<ClaimKind>(['statement', 'accusation', 'denial', 'threat', 'assessment', 'announcement']);
const FLAGS = new Set(['violent-only', 'inverts', 'addressee', 'no-clause', 'trailing-only', 'as-object', 'quote-object']);

/** One speech verb: its forms, the claim kind it signals and how it is used. */
export interface SpeechVerb {
  lemma: string;
  base: string;
  forms: string[];
  kind: ClaimKind;
  violentOnly: boolean;
  inverts: boolean;
  addressee: boolean;
  noClause: boolean;
  trailingOnly: boolean;
  /** Counts only with "as" soon after it ("described the site as a logistics post"). */
  asObject: boolean;
  /** Counts only with a quote soon after it ("called it a 'blatant assassination'"). */
  quoteObject: boolean;
}

/** Word lists from lexicon.json; every list is lower case. */
export interface ClaimWords {
  leadIns: string[];
  determiners: Set<string>;
  anonymousHeads: Set<string>;
  roleWords: Set<string>;
  orgHeads: string[];
  pronouns: Record<string, 'person' | 'organization' | 'any'>;
  npStop: Set<string>;
  npParticiples: Set<string>;
  npPrepositions: Set<string>;
  adverbs: Set<string>;
  assessmentCues: string[];
  violenceCues: string[];
  accusationCues: string[];
  denialCues: string[];
  announcementCues: string[];
  abbreviations: Set<string>;
  /** Heads of phrases naming a document rather than a person ("a statement from the group"). */
  documentHeads: Set<string>;
  /** Nouns of a setting ("in a statement posted online", "at a news conference"). */
  settingNouns: Set<string>;
  /** Words opening a scene-setting phrase before the speaker ("Speaking to reporters, ..."). */
  openingParticiples: Set<string>;
  /** Capital → country, both lower case: a capital speaks and is accused for its country. */
  capitals: Map<string, string>;
  /** Past tenses not ending in -ed ("struck", "hit"). */
  irregularPast: Set<string>;
}

/** Cue phrases of one pole: strong ones alone, weak ones only with a subject word present. */
export interface PoleCues {
  strong: string[];
  weak: string[];
}

/** A proposition sources take sides on, with cue phrases for each of its two poles. */
export interface Proposition {
  id: string;
  label: string;
  poles: Record<string, PoleCues>;
  /** Words naming what the proposition is about ("group", "militias", "its decision"). */
  subjects: string[];
  /** Poles given by a claim kind read from its verb ("accusation" → "responsible"). */
  kinds: Partial<Record<ClaimKind, string>>;
  /** The pole an accusation takes; when set, the other side must be spoken by someone the
   *  accusing claim names ("Iran denied any involvement" answers only a claim naming Iran). */
  accusedAnswers: string | null;
}

/** The stance lexicon: propositions, negators and refuters. */
export interface StanceLexicon {
  propositions: Proposition[];
  negators: Set<string>;
  negatorWindow: number;
  refuters: string[];
  /** Words calling another's assertion false: they flip only cues after a reported noun + "that". */
  rejections: string[];
  reportedNouns: string[];
}

/** Everything the claim finder reads from data/claims/. */
export interface ClaimsLexicon {
  verbs: SpeechVerb[];
  /** Every verb form → its verb. */
  verbByForm: Map<string, SpeechVerb>;
  words: ClaimWords;
  stance: StanceLexicon;
}

const path = (rel: string) => fileURLToPath(new URL(`../../data/claims/${rel}`, import.meta.url));
const bad = (file: string, why: string) => new SitrepError('bad-data-file', why, `data/claims/${file}`);

function read(file: string): string {
  try {
    return readFileSync(path(file), 'utf8');
  } catch (e) {
    throw bad(file, `cannot read: ${(e as Error).message}`);
  }
}

/** Parses verbs.tsv text; exported for tests of the validation. */
export function parseVerbs(text: string, file = 'verbs.tsv'): SpeechVerb[] {
  const out: SpeechVerb[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (!line.trim() || line.startsWith('#')) return;
    const cells = line.split('\t').map((c) => c.trim());
    if (cells.length !== 4) throw bad(file, `line ${i + 1}: expected 4 tab-separated columns, found ${cells.length}`);
    const [lemma, formText, kind, flagText] = cells;
    const forms = formText.split(/\s+/).filter(Boolean).map((f) => f.toLowerCase());
    if (!forms.length) throw bad(file, `line ${i + 1}: verb "${lemma}" has no forms`);
    if (!KINDS.has(kind as ClaimKind)) throw bad(file, `line ${i + 1}: kind "${kind}" is not one of ${[...KINDS].join(', ')}`);
    const flags = flagText === '-' ? [] : flagText.split(',').map((f) => f.trim());
    for (const f of flags) if (!FLAGS.has(f)) throw bad(file, `line ${i + 1}: unknown flag "${f}"`);
    out.push({
      lemma,
      base: forms[0],
      forms,
      kind: kind as ClaimKind,
      violentOnly: flags.includes('violent-only'),
      inverts: flags.includes('inverts'),
      addressee: flags.includes('addressee'),
      noClause: flags.includes('no-clause'),
      trailingOnly: flags.includes('trailing-only'),
      asObject: flags.includes('as-object'),
      quoteObject: flags.includes('quote-object'),
    });
  });
  return out;
}

function list(obj: Record<string, unknown>, key: string, file: string): string[] {
  const v = obj[key];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || !x.trim()))
    throw bad(file, `entry "${key}" must be a list of non-empty strings`);
  return (v as string[]).map((x) => x.toLowerCase());
}

/** Parses lexicon.json text. */
export function parseWords(text: string, file = 'lexicon.json'): ClaimWords {
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(text);
  } catch (e) {
    throw bad(file, `not JSON: ${(e as Error).message}`);
  }
  const pronouns = o.pronouns as Record<string, string>;
  if (!pronouns || typeof pronouns !== 'object') throw bad(file, 'entry "pronouns" must be an object');
  for (const [p, t] of Object.entries(pronouns))
    if (!['person', 'organization', 'any'].includes(t)) throw bad(file, `pronoun "${p}": type "${t}" is not person, organization or any`);
  const set = (k: string) => new Set(list(o, k, file));
  const capitals = o.capitals as Record<string, unknown>;
  if (!capitals || typeof capitals !== 'object' || Object.values(capitals).some((v) => typeof v !== 'string' || !v.trim()))
    throw bad(file, 'entry "capitals" must map each capital to a country name');
  return {
    leadIns: list(o, 'leadIns', file),
    determiners: set('determiners'),
    anonymousHeads: set('anonymousHeads'),
    roleWords: set('roleWords'),
    orgHeads: list(o, 'orgHeads', file),
    pronouns: pronouns as ClaimWords['pronouns'],
    npStop: set('npStop'),
    npParticiples: set('npParticiples'),
    npPrepositions: set('npPrepositions'),
    adverbs: set('adverbs'),
    assessmentCues: list(o, 'assessmentCues', file),
    violenceCues: list(o, 'violenceCues', file),
    accusationCues: list(o, 'accusationCues', file),
    denialCues: list(o, 'denialCues', file),
    announcementCues: list(o, 'announcementCues', file),
    abbreviations: set('abbreviations'),
    documentHeads: set('documentHeads'),
    settingNouns: set('settingNouns'),
    openingParticiples: set('openingParticiples'),
    irregularPast: set('irregularPast'),
    capitals: new Map(Object.entries(capitals as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v.toLowerCase()])),
  };
}

/** Parses stance.json text. */
export function parseStance(text: string, file = 'stance.json'): StanceLexicon {
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(text);
  } catch (e) {
    throw bad(file, `not JSON: ${(e as Error).message}`);
  }
  const props = o.propositions;
  if (!Array.isArray(props) || !props.length) throw bad(file, 'entry "propositions" must be a non-empty list');
  const propositions: Proposition[] = props.map((p: Record<string, unknown>, i: number) => {
    if (typeof p.id !== 'string' || typeof p.label !== 'string') throw bad(file, `proposition ${i + 1}: needs "id" and "label"`);
    const poles = p.poles as Record<string, unknown>;
    if (!poles || Object.keys(poles).length !== 2) throw bad(file, `proposition "${p.id}": needs exactly two poles`);
    const out: Record<string, PoleCues> = {};
    for (const k of Object.keys(poles)) {
      const cues = poles[k] as Record<string, unknown>;
      if (!cues || typeof cues !== 'object') throw bad(file, `proposition "${p.id}", pole "${k}": needs "strong" and "weak" lists`);
      const where = `${file} (proposition "${p.id}", pole "${k}")`;
      out[k] = { strong: list(cues, 'strong', where), weak: Array.isArray(cues.weak) && !cues.weak.length ? [] : list(cues, 'weak', where) };
    }
    const kinds = (p.kinds ?? {}) as Record<string, string>;
    for (const [k, pole] of Object.entries(kinds)) {
      if (!KINDS.has(k as ClaimKind)) throw bad(file, `proposition "${p.id}": kind "${k}" is not a claim kind`);
      if (!(pole in out)) throw bad(file, `proposition "${p.id}": kind "${k}" names no pole "${pole}"`);
    }
    const accused = p.accusedAnswers ?? null;
    if (accused !== null && (typeof accused !== 'string' || !(accused in out))) throw bad(file, `proposition "${p.id}": "accusedAnswers" names no pole`);
    return { id: p.id, label: p.label, poles: out, subjects: list(p, 'subjects', `${file} (proposition "${p.id}")`), kinds, accusedAnswers: accused as string | null };
  });
  const w = o.negatorWindow;
  if (typeof w !== 'number' || w < 0) throw bad(file, 'entry "negatorWindow" must be a non-negative number');
  return { propositions, negators: new Set(list(o, 'negators', file)), negatorWindow: w, refuters: list(o, 'refuters', file), rejections: list(o, 'rejections', file), reportedNouns: list(o, 'reportedNouns', file) };
}

let cached: ClaimsLexicon | null = null;

/** The claims lexicon, loaded and validated once. */
export function loadClaimsLexicon(): ClaimsLexicon {
  if (cached) return cached;
  const verbs = parseVerbs(read('verbs.tsv'));
  const verbByForm = new Map<string, SpeechVerb>();
  for (const v of verbs) for (const f of v.forms) verbByForm.set(f, v);
  cached = { verbs, verbByForm, words: parseWords(read('lexicon.json')), stance: parseStance(read('stance.json')) };
  return cached;
}
