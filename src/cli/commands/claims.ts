/** `sitrep claims`: who said what, with filters by speaker and subject. */
import type { Command } from '../command.ts';
import { DB_OPTION } from '../command.ts';
import { Sitrep } from '../../core/sitrep.ts';
import { filterClaims, formatClaim } from '../../claims/query.ts';

/** `sitrep claims [--speaker X] [--about Y] [--json]`. */
export const claimsCommand: Command = {
  name: 'claims',
  summary: 'list who said what: quotes, reported speech and assessments, with their sources',
  usage: 'sitrep claims [--db FILE] [--speaker X] [--about Y] [--json]',
  options: {
    ...DB_OPTION,
    speaker: { type: 'string', description: "only claims by this speaker (name, alias or description words)", placeholder: 'X' },
    about: { type: 'string', description: 'only claims about this entity (or holding these words)', placeholder: 'Y' },
    json: { type: 'boolean', description: 'print the claims as JSON (the export\'s claim objects)' },
  },
  details: `
Each line: claim id, kind (statement, accusation, denial, threat, assessment, announcement),
speaker (unnamed sources keep their description), the claim's words and how many independent
sources tell it (republished copies count once).

examples:
  sitrep claims --speaker Kirby
  sitrep claims --about "Kataib Hezbollah" --json`,
  async run({ values }, io) {
    const app = await Sitrep.open({ db: values.db as string, debug: values.debug ? io.err : undefined });
    try {
      const s = await app.situation();
      const claims = filterClaims(s, { speaker: values.speaker as string | undefined, about: values.about as string | undefined });
      if (values.json) io.out(JSON.stringify(claims, null, 2));
      else if (!claims.length) io.err('no claims match');
      else io.out(claims.map((c) => formatClaim(s, c)).join('\n'));
      return 0;
    } finally {
      await app.close();
    }
  },
};
