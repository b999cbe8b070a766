/** `sitrep contradictions`: where the sources disagree, each with its items and a one-line reason. */
import type { Command } from '../command.ts';
import { DB_OPTION } from '../command.ts';
import { Sitrep } from '../../core/sitrep.ts';
import { formatContradiction } from '../../claims/query.ts';

/** `sitrep contradictions [--json]`. */
export const contradictionsCommand: Command = {
  name: 'contradictions',
  summary: 'list where sources disagree: opposing claims, incompatible figures, dates or places',
  usage: 'sitrep contradictions [--db FILE] [--json]',
  options: {
    ...DB_OPTION,
    json: { type: 'boolean', description: "print the contradictions as JSON (the export's contradiction objects)" },
  },
  details: `
Kinds: opposing-claims (two speakers on opposite sides of one proposition), count (casualty
figures that cannot both be true; a figure that only grows in later reports is an update),
date and place (the same event told on different days or in different countries).`,
  async run({ values }, io) {
    const app = await Sitrep.open({ db: values.db as string, debug: values.debug ? io.err : undefined });
    try {
      const s = await app.situation();
      if (values.json) io.out(JSON.stringify(s.contradictions, null, 2));
      else if (!s.contradictions.length) io.err('no contradictions found');
      else io.out(s.contradictions.map((x) => formatContradiction(s, x)).join('\n'));
      return 0;
    } finally {
      await app.close();
    }
  },
};
