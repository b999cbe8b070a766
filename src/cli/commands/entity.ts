/** `sitrep entity <name>`: one actor or place with its aliases, why each joined, and every mention. */
import type { Command } from '../command.ts';
import { DB_OPTION } from '../command.ts';
import { Sitrep } from '../../core/sitrep.ts';
import { SitrepError } from '../../core/errors.ts';
import type { Situation, SituationEntity } from '../../core/types.ts';
import { context, findEntities } from '../../entities/lookup.ts';

/** The entity as a person reads it: header, roles, aliases with merge reasons, mentions in context. */
export function describeEntity(s: Situation, e: SituationEntity, maxMentions = 50): string {
  const docs = new Map(s.documents.map((d) => [d.id, d]));
  const lines = [`${e.name}  (${e.type}${e.subtype ? `, ${e.subtype}` : ''}${e.code ? `, ${e.code}` : ''})  id ${e.id}`];
  if (e.lat !== undefined) lines.push(`  at ${e.lat}, ${e.lon}`);
  if (e.roles?.length) lines.push(`  roles: ${e.roles.join('; ')}`);
  lines.push(`  aliases (${e.aliases.length}):`);
  for (const a of e.aliases) {
    const m = e.merges?.find((x) => x.alias === a);
    const why = m ? `${m.rule}${m.score !== undefined ? ` ${m.score}` : ''}${m.note ? ` (${m.note})` : ''}` : '';
    lines.push(`    ${a}${why ? `  ← ${why}` : ''}`);
  }
  lines.push(`  mentions (${e.mentions.length}):`);
  for (const sp of e.mentions.slice(0, maxMentions)) {
    const d = docs.get(sp.doc);
    lines.push(`    ${sp.doc} ${sp.start}-${sp.end}  ${d ? context(d.text, sp.start, sp.end, 50) : ''}`);
  }
  if (e.mentions.length > maxMentions) lines.push(`    … ${e.mentions.length - maxMentions} more (--all)`);
  return lines.join('\n');
}

/** The one entity a name designates, or an error listing the candidates. */
export function oneEntity(s: Situation, name: string): SituationEntity {
  const found = findEntities(s, name);
  if (!found.length) throw new SitrepError('no-such-item', `no entity named '${name}'; try 'sitrep export' to list entities`);
  return found[0];
}

export const entityCommand: Command = {
  name: 'entity',
  summary: 'show an actor or place: aliases, the reason for each merge, mentions in context',
  usage: 'sitrep entity <name | alias | id> [--db FILE] [--json] [--all]',
  options: {
    ...DB_OPTION,
    json: { type: 'boolean', description: 'print the entity and its mentions (with context) as JSON' },
    all: { type: 'boolean', description: 'list every mention, not only the first 50' },
  },
  details: `
The name is matched ignoring case, accents, apostrophes and hyphens ("katai'b hizbollah" finds
Kataib Hezbollah), then by transliteration. Correct the grouping with 'sitrep merge' and
'sitrep split'.

examples:
  sitrep entity Qaani
  sitrep entity "Kataib Hezbollah" --json`,
  async run({ values, positionals }, io) {
    const name = positionals.join(' ').trim();
    if (!name) throw new SitrepError('bad-usage', 'give the name of an entity, e.g. sitrep entity Qaani');
    const app = await Sitrep.open({ db: values.db as string, debug: values.debug ? io.err : undefined });
    try {
      const s = await app.situation();
      const found = findEntities(s, name);
      if (!found.length) throw new SitrepError('no-such-item', `no entity named '${name}'`);
      if (values.json) {
        const docs = new Map(s.documents.map((d) => [d.id, d]));
        io.out(JSON.stringify(found.map((e) => ({
          ...e,
          mentions: e.mentions.map((m) => ({ ...m, text: docs.get(m.doc)?.text.slice(m.start, m.end), context: context(docs.get(m.doc)?.text ?? '', m.start, m.end) })),
        })), null, 2));
      } else io.out(found.map((e) => describeEntity(s, e, values.all ? Infinity : 50)).join('\n\n'));
      return 0;
    } finally {
      await app.close();
    }
  },
};
