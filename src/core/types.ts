/**
 * The shared vocabulary of sitrep: spans, provenance, the per-report Document and its layers,
 * and the situation export of shared/contract/situation.md.
 *
 * Offsets are half-open ranges of UTF-16 code units (JavaScript string indices) into
 * `Document.text`, the cleaned text that every stage reads.
 */

/** A half-open range `[start, end)` into a document's cleaned text. */
export interface Span {
  start: number;
  end: number;
}

/** A span that names its document, as in the export. */
export interface DocSpan extends Span {
  doc: string;
}

/** Why a value was set, a merge made or a rule fired: rule id, optional score and a short note. */
export interface Provenance {
  rule: string;
  score?: number;
  note?: string;
}

/** A metadata value with the way it was determined. */
export interface Determined<T> {
  value: T | null;
  how: Provenance | null;
}

/** What an input gave us before analysis: text (already extracted from HTML) and hints. */
export interface RawReport {
  /** What the user gave: a file path or a URL (for a feed item, its link or `feed#n`). */
  source: string;
  /** The extracted article text before cleaning (for HTML: the readable text). */
  raw: string;
  /** sha256 of the bytes the report came from, for idempotent re-ingestion. */
  contentHash: string;
  /** `text` for plain text or markdown, `html` for a page, `json` for a feed record. */
  format: 'text' | 'html' | 'json';
  /** Metadata the container supplied (HTML meta, JSON fields, feed entries, HTTP headers). */
  hints: ReportHints;
}

export interface ReportHints {
  url?: string;
  title?: string;
  outlet?: string;
  published?: string;
  /** How each hint was found, e.g. `html-meta:og:site_name`, `jsonl-field`. */
  how?: Partial<Record<'url' | 'title' | 'outlet' | 'published', string>>;
}

/** A piece of the raw text that cleaning removed, with the reason. */
export interface Removal extends Span {
  /** Offsets into `raw`, not `text`. */
  reason: string;
}

/** Maps cleaned-text offsets back to raw-text offsets: runs copied verbatim. */
export interface OffsetRun {
  text: number;
  raw: number;
  length: number;
}

export interface DocumentMeta {
  title: Determined<string>;
  outlet: Determined<string>;
  /** `YYYY-MM-DD`. */
  published: Determined<string>;
  url: string | null;
  /** The place named in a dateline ("BAGHDAD, Jan 30 (Wire) -"), when there is one. */
  dateline: string | null;
}

/** Candidate layers a document carries; each stage assigns one. */
export interface Layers {
  sentences?: Span[];
  tokens?: Token[];
  mentions?: Mention[];
  timexes?: Timex[];
  events?: EventMention[];
  relations?: RelationMention[];
  claims?: ClaimMention[];
  [name: string]: unknown;
}

/** One report: frozen raw text, cleaned text with a map back to the raw, metadata and layers. */
export interface Document {
  id: string;
  source: string;
  contentHash: string;
  format: RawReport['format'];
  raw: string;
  text: string;
  offsets: OffsetRun[];
  removed: Removal[];
  meta: DocumentMeta;
  layers: Layers;
}

export interface Token extends Span {
  /** The token's text as it stands. */
  text: string;
  /** Index of the sentence holding it. */
  sentence: number;
}

export type EntityType = 'person' | 'organization' | 'location' | 'other';

/**
 * A name found in one report. `name` is the name with titles and roles stripped; `dictId`
 * links it to the actor dictionary or gazetteer when a known entry matched.
 */
export interface Mention extends Span {
  text: string;
  name: string;
  type: EntityType;
  /** Finer kind: country, city, facility, militia, state, armed-force, ministry, person... */
  subtype?: string;
  /** Titles and roles read around the name ("Brigadier General", "commander of the Quds Force"). */
  roles?: string[];
  /** Id of the matching actor-dictionary or gazetteer entry. */
  dictId?: string;
  /** CAMEO-style actor code from the dictionary (IRN, IRNMIL, USAMIL...). */
  code?: string;
  /** Within-report link: index of the mention this one abbreviates or shortens. */
  antecedent?: number;
  why: Provenance;
}

/** A date expression resolved against the publication date (or an inferred anchor). */
export interface Timex extends Span {
  text: string;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; null when it could not be resolved. */
  value: string | null;
  why: Provenance;
}

export type Modality = 'asserted' | 'negated' | 'hypothetical' | 'planned' | 'threatened';

/** An event told by one report. Entity references are indices into the `mentions` layer. */
export interface EventMention {
  /** The trigger words. */
  trigger: Span;
  type: string;
  cameo: string;
  actors: number[];
  targets: number[];
  locations: number[];
  instrument?: string | null;
  killed: number | null;
  wounded: number | null;
  /** Casualty words kept even when no number could be read ("injured dozens"). */
  casualtyText?: string | null;
  /** Index into the `timexes` layer, or null. */
  timex: number | null;
  date: string | null;
  dateText: string | null;
  /** The rule that dated it when no date expression of its own did (e.g. `present-perfect-lead`). */
  dateRule?: string;
  modality: Modality;
  /** Countries named only by an adjective on the subject side ("Iranian officials made..."). */
  actorNames?: string[];
  /** Countries named only by an adjective on the object side ("killed two Israeli soldiers"). */
  targetNames?: string[];
  /** The sentence (or clause) the event was read from. */
  evidence: Span[];
  why: Provenance;
}

export type Predicate =
  | 'member_of'
  | 'part_of'
  | 'backs'
  | 'leads'
  | 'succeeded'
  | 'located_in'
  | 'allied_with'
  | 'opposes';

/** A relation read in one report; subject and object are indices into `mentions`. */
export interface RelationMention {
  subject: number;
  predicate: Predicate;
  object: number;
  /** When the subject is named only by an adjective ("Iran-backed"): its name; `subject` is -1. */
  subjectName?: string;
  /** When the object is named only by an adjective ("Iraqi Prime Minister"): its name; `object` is -1. */
  objectName?: string;
  evidence: Span[];
  why: Provenance;
}

export type ClaimKind = 'statement' | 'accusation' | 'denial' | 'threat' | 'assessment' | 'announcement';

/** Something a speaker asserted in one report. `speaker` indexes `mentions` (null if anonymous). */
export interface ClaimMention {
  speaker: number | null;
  speakerText: string | null;
  speakerSpan: Span | null;
  /** The claim itself: the quote, or the reported clause. */
  content: Span;
  kind: ClaimKind;
  about: number[];
  /** Quote, reported speech, according-to, outlet assessment... */
  form: string;
  evidence: Span[];
  why: Provenance;
  /** The claim's words when they are not one run (a quote split around "he said"). */
  parts?: Span[];
  /** Mentions named in an anonymous speaker's description ("a member of Kataib Hezbollah's bureau"). */
  affiliation?: number[];
}

// ---------------------------------------------------------------------------------------------
// The situation export (shared/contract/situation.md). Fields beyond the contract are welcome.

export interface SituationDocument {
  id: string;
  source: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  duplicateOf: string | null;
  text: string;
  url?: string | null;
  /** How title, outlet, published and duplicateOf were determined. */
  provenance?: Record<string, Provenance | null>;
}

export interface SituationEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: DocSpan[];
  subtype?: string;
  code?: string;
  roles?: string[];
  /** Why each alias joined: `{alias, rule, score}`. */
  merges?: Array<{ alias: string; rule: string; score?: number; note?: string }>;
  lat?: number;
  lon?: number;
}

export interface SituationRelation {
  id: string;
  subject: string;
  predicate: Predicate;
  object: string;
  evidence: DocSpan[];
  why?: Provenance[];
}

export interface SituationEvent {
  id: string;
  type: string;
  cameo: string;
  date: string | null;
  dateText: string | null;
  actors: string[];
  targets: string[];
  locations: string[];
  killed: number | null;
  wounded: number | null;
  evidence: DocSpan[];
  instrument?: string | null;
  casualtyText?: string[];
  /** Independent sources (documents, republished copies folded) that tell it. */
  sources?: string[];
  singleSource?: boolean;
  dateRule?: string;
  why?: Provenance[];
}

export interface SituationClaim {
  id: string;
  speaker: string | null;
  speakerText: string | null;
  text: string;
  about: string[];
  kind: ClaimKind;
  evidence: DocSpan[];
  sources?: string[];
  singleSource?: boolean;
  why?: Provenance[];
  /** Quote, reported speech, according-to, outlet assessment... */
  form?: string;
  /** Entities named in an anonymous speaker's description. */
  affiliation?: string[];
  /** The side the claim takes on a disputed proposition (data/claims/stance.json). */
  stances?: Array<{ proposition: string; pole: string; cue: string }>;
}

export interface SituationContradiction {
  id: string;
  items: string[];
  note: string;
  kind?: string;
}

export interface Situation {
  schema: 'sitrep.situation/1';
  generatedAt: string;
  documents: SituationDocument[];
  entities: SituationEntity[];
  relations: SituationRelation[];
  events: SituationEvent[];
  claims: SituationClaim[];
  contradictions: SituationContradiction[];
}
