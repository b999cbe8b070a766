/** `sitrep split ENTITY ALIAS`: takes an alias (and its mentions) out of an entity; survives re-ingestion. */
import type { Command } from '../command.ts';
import { DB_OPTION } from '../command.ts';
import { Sitrep } from '../../core/sitrep.ts';
import { SitrepError } from '../../core/errors.ts';
import { normText } from '../../entities/fold.ts';
import { describeEntity, oneEntity } from './entity.ts';

export const splitCommand: Command = {
  name: 'split',
  summary: 'split an alias off an entity into its own entity (an analyst decision)',
  usage: 'sitrep split <ENTITY> <ALIAS> [--note TEXT] [--db FILE]',
  options: {
    ...DB_OPTION,
    note: { type: 'string', description: 'why (kept with the decision)', placeholder: 'TEXT' },
  },
  details: `
ENTITY is an entity's name, alias or id; ALIAS one of its aliases, as 'sitrep entity' lists them.

example:
  sitrep split "Hezbollah" "Kataib Hezbollah"`,
  async run({ values, positionals }, io) {
    if (positionals.length !== 2) throw new SitrepError('bad-usage', 'split takes an entity and one of its aliases, e.g. sitrep split Hezbollah "Kataib Hezbollah"');
    const app = await Sitrep.open({ db: values.db as string, debug: values.debug ? io.err : undefined });
    try {
      const s = await app.situation();
      const e = oneEntity(s, positionals[0]);
      const alias = e.aliases.find((a) => normText(a) === normText(positionals[1]));
      if (!alias) throw new SitrepError('no-such-item', `'${e.name}' has no alias '${positionals[1]}'; its aliases: ${e.aliases.join(', ')}`);
      const entityName = e.aliases.find((a) => normText(a) !== normText(alias)) ?? e.name;
      const id = await app.store.addDecision({ kind: 'split', a: entityName, b: alias, note: (values.note as string) ?? null });
      const after = await app.situation();
      io.out(`decision ${id}: split '${alias}' off '${e.name}'\n\n${describeEntity(after, oneEntity(after, alias), 10)}`);
      return 0;
    } finally {
      await app.close();
    }
  },
};
