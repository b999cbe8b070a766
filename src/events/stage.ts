/** Stage `40-events`: the events each report tells, with dates, participants and modality. */
import type { Stage } from '../core/pipeline.ts';
import type { Mention, Span, Timex } from '../core/types.ts';
import { extractEvents } from './extract.ts';
import { datelineDay } from './published.ts';

/** Assigns `events` (every event mention, asserted or not; the export keeps the asserted ones). */
export const eventsStage: Stage = {
  name: '40-events',
  version: 15,
  requires: ['sentences', 'mentions', 'timexes'],
  assigns: 'events',
  run: (doc) =>
    extractEvents(doc.text, doc.layers.sentences as Span[], (doc.layers.mentions as Mention[]) ?? [], (doc.layers.timexes as Timex[]) ?? [], doc.meta.published.value, datelineDay(doc.raw ?? '', doc.meta.published.value)),
};
