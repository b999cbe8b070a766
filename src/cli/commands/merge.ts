/** `sitrep merge A B`: the analyst says two entities are one; kept in the store across re-ingestion. */
import type { Command } from '../command.ts';
import { DB_OPTION } from '../command.ts';
import { Sitrep } from '../../core/sitrep.ts';
import { SitrepError } from '../../core/errors.ts';
import { describeEntity, oneEntity } from './entity.ts';
import { findEntities } from '../../entities/lookup.ts';

export const mergeCommand: Command = {
  name: 'merge',
  summary: 'merge two entities into one (an analyst decision that survives re-ingestion)',
  usage: 'sitrep merge <A> <B> [--note TEXT] [--db FILE]',
  options: {
    ...DB_OPTION,
    note: { type: 'string', description: 'why (kept with the decision and shown as the merge reason)', placeholder: 'TEXT' },
  },
  details: `
A and B are entity names, aliases or ids. Undo with 'sitrep split'.

example:
  sitrep merge "Abu Zaid" "Karim Hassan al-Tamimi" --note "same man, nom de guerre"`,
  async run({ values, positionals }, io) {
    if (positionals.length !== 2) throw new SitrepError('bad-usage', 'merge takes two names, e.g. sitrep merge "Abu Zaid" "Karim Hassan al-Tamimi"');
    const app = await Sitrep.open({ db: values.db as string, debug: values.debug ? io.err : undefined });
    try {
      const s = await app.situation();
      const a = oneEntity(s, positionals[0]);
      const b = oneEntity(s, positionals[1]);
      if (a.id === b.id) throw new SitrepError('bad-usage', `'${positionals[0]}' and '${positionals[1]}' are already one entity (${a.id})`);
      // store surface names (not ids, which are derived and may change)
      const nameA = findEntities(s, positionals[0])[0].id === positionals[0] ? a.aliases[0] ?? a.name : positionals[0];
      const nameB = findEntities(s, positionals[1])[0].id === positionals[1] ? b.aliases[0] ?? b.name : positionals[1];
      const id = await app.store.addDecision({ kind: 'merge', a: nameA, b: nameB, note: (values.note as string) ?? null });
      const after = await app.situation();
      io.out(`decision ${id}: merged '${a.name}' and '${b.name}'\n\n${describeEntity(after, oneEntity(after, nameA), 10)}`);
      return 0;
    } finally {
      await app.close();
    }
  },
};
