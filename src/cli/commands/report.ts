/** `sitrep report`: the situation report a person reads in five minutes, as Markdown or HTML. */
import type { Command } from '../command.ts';
import { DB_OPTION } from '../command.ts';
import { Sitrep } from '../../core/sitrep.ts';
import { SitrepError } from '../../core/errors.ts';
import { toMarkdown } from '../../report/markdown.ts';
import { toHTML } from '../../report/html.ts';
import { writeAtomically } from './export.ts';

const RENDER = { md: toMarkdown, html: toHTML } as const;

export const reportCommand: Command = {
  name: 'report',
  summary: 'write the situation report (Markdown or one self-contained HTML page)',
  usage: 'sitrep report [--db FILE] [--format md|html] [--out FILE]',
  options: {
    ...DB_OPTION,
    format: { type: 'string', description: 'md or html (default: html when --out ends in .html, else md)', placeholder: 'FORMAT' },
    out: { type: 'string', description: 'write to this file instead of standard output', placeholder: 'FILE' },
  },
  details: `
The report: a headline summary (key events and who is involved), the timeline, the actors and
their relations, who said what, contradictions and single-source items, and the sources with
outlet and date. Every statement links to numbered excerpts of the reports it comes from.
The HTML form works offline, prints well and draws the timeline and the network as pictures.

examples:
  sitrep report --out report.html
  sitrep report --format md > report.md`,
  async run({ values }, io) {
    const out = values.out ? String(values.out) : null;
    const format = String(values.format ?? (out && /\.html?$/i.test(out) ? 'html' : 'md'));
    if (!(format in RENDER)) throw new SitrepError('bad-usage', `unknown report format '${format}'; one of: md, html`);
    const app = await Sitrep.open({ db: values.db as string, debug: values.debug ? io.err : undefined });
    try {
      const text = RENDER[format as keyof typeof RENDER](await app.situation());
      if (out) {
        writeAtomically(out, text);
        io.err(`wrote ${out}`);
      } else io.out(text);
      return 0;
    } finally {
      await app.close();
    }
  },
};
