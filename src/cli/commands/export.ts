/** `sitrep export`: writes the situation in a format other tools read. */
import { writeFileSync, renameSync } from 'node:fs';
import type { Command } from '../command.ts';
import { DB_OPTION } from '../command.ts';
import { Sitrep } from '../../core/sitrep.ts';
import { SitrepError } from '../../core/errors.ts';
import type { Situation } from '../../core/types.ts';
import { toCSV } from '../../export/csv.ts';
import { toGraphML } from '../../export/graphml.ts';
import { toGEXF } from '../../export/gexf.ts';
import { toMarkdown } from '../../report/markdown.ts';
import { toHTML } from '../../report/html.ts';

/** Every export format: a function from the situation to the file's text. */
export const EXPORT_FORMATS: Record<string, (s: Situation) => string> = {
  json: (s) => JSON.stringify(s, null, 2) + '\n',
  csv: toCSV,
  graphml: toGraphML,
  gexf: toGEXF,
  md: toMarkdown,
  html: toHTML,
};

/** Writes a file whole or not at all: to a temporary name, then renamed into place. */
export function writeAtomically(path: string, text: string): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'write the situation as JSON (the contract) or another format',
  usage: 'sitrep export [--db FILE] [--format json] [--out FILE]',
  options: {
    ...DB_OPTION,
    format: { type: 'string', description: 'output format', placeholder: 'FORMAT', default: 'json' },
    out: { type: 'string', description: 'write to this file instead of standard output', placeholder: 'FILE' },
  },
  details: 'formats: json (the situation of shared/contract/situation.md), csv (events in ACLED-like columns),\ngraphml and gexf (the actor network, for Gephi), md and html (the situation report)',
  async run({ values }, io) {
    const format = String(values.format);
    const render = EXPORT_FORMATS[format];
    if (!render) throw new SitrepError('bad-usage', `unknown format '${format}'; one of: ${Object.keys(EXPORT_FORMATS).join(', ')}`);
    const app = await Sitrep.open({ db: values.db as string, debug: values.debug ? io.err : undefined });
    try {
      const text = render(await app.situation());
      if (values.out) writeAtomically(String(values.out), text);
      else io.out(text);
      return 0;
    } finally {
      await app.close();
    }
  },
};
