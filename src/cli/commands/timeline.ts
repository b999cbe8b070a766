/** `sitrep timeline`: the dated events in order, with their participants and sources. */
import type { Command } from '../command.ts';
import { DB_OPTION } from '../command.ts';
import { Sitrep } from '../../core/sitrep.ts';
import { timeline, formatTimeline } from '../../events/timeline.ts';

export const timelineCommand: Command = {
  name: 'timeline',
  summary: 'list the dated events in order, with participants, toll and sources',
  usage: 'sitrep timeline [--db FILE] [--actor X] [--json]',
  options: {
    ...DB_OPTION,
    actor: { type: 'string', description: 'only events this actor, target or place takes part in (name or alias words)', placeholder: 'X' },
    json: { type: 'boolean', description: "print the events as JSON (the export's event objects, in date order)" },
  },
  details: `
Each event: its date (YYYY-MM-DD, or YYYY-MM / YYYY when the reports give no more) and the
words it was read from, its type and CAMEO code, who acted, against whom and where, the killed
and wounded, and the reports that tell it (outlet and report id; republished copies are listed
but counted once among independent sources).

examples:
  sitrep timeline
  sitrep timeline --actor "Kataib Hezbollah" --json`,
  async run({ values }, io) {
    const app = await Sitrep.open({ db: values.db as string, debug: values.debug ? io.err : undefined });
    try {
      const entries = timeline(await app.situation(), { actor: values.actor as string | undefined });
      if (values.json) io.out(JSON.stringify(entries.map((e) => e.event), null, 2));
      else if (!entries.length) io.err(values.actor ? `no dated events involve "${String(values.actor)}"` : 'no dated events');
      else io.out(formatTimeline(entries));
      return 0;
    } finally {
      await app.close();
    }
  },
};
