/**
 * The situation report as one self-contained HTML file: no script, no external resource, a
 * print stylesheet, the timeline and network as inline SVG. Every statement links to numbered
 * excerpts in the sources list. All report text is escaped; the page's CSP forbids scripts.
 */
import type { Situation } from '../core/types.ts';
import { reportModel, type Statement } from './model.ts';
import { escHtml as e } from './escape.ts';
import { networkSvg, timelineSvg } from './svg.ts';

const CSS = `
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#1c2833}
h1{margin-bottom:0}h2{border-bottom:2px solid #d5d8dc;padding-bottom:.2em;margin-top:1.8em}
.meta{color:#566573}sup a{text-decoration:none;color:#2e86c1}ul{padding-left:1.3em}li{margin:.25em 0}
.flag{display:inline-block;font-size:.75em;padding:0 .4em;border-radius:3px;margin-right:.4em;vertical-align:1px}
.contradiction{background:#fadbd8;color:#922b21}.single-source{background:#fdebd0;color:#935116}
.date{font-variant-numeric:tabular-nums;font-weight:600;margin-right:.5em}
.excerpt{color:#34495e}.cite:target{background:#fcf3cf}.src{margin-bottom:.8em}.src code{font-size:.85em}
figure{margin:1em 0;border:1px solid #d5d8dc;padding:.5em}figcaption{font-size:.85em;color:#566573}
@media print{body{margin:0;max-width:none;font-size:11pt}a{color:inherit}h2{break-after:avoid}li,figure{break-inside:avoid}}
`;

const sup = (s: Statement) => (s.cites.length ? `<sup>${s.cites.map((n) => `<a href="#cite-${n}">[${n}]</a>`).join('')}</sup>` : '');
const badge = (s: Statement) =>
  s.flag === 'contradiction' ? '<span class="flag contradiction">contradiction</span>' : s.flag === 'single-source' ? '<span class="flag single-source">single source</span>' : '';
const item = (s: Statement) => `<li>${badge(s)}${e(s.text)}${sup(s)}</li>`;
const list = (items: string[], empty: string) => (items.length ? `<ul>${items.join('')}</ul>` : `<p>${e(empty)}</p>`);

/** Renders the report as a complete HTML page. */
export function toHTML(situation: Situation): string {
  const m = reportModel(situation);
  const timeline = timelineSvg(situation);
  const network = networkSvg(situation);
  const body: string[] = [];
  body.push(`<h1>${e(m.title)}</h1><p class="meta">Generated ${e(m.generatedAt)} by sitrep from ${m.sources.length} reports.</p>`);
  body.push('<h2 id="summary">Summary</h2>', list(m.headline.map(item), 'Nothing to summarise.'));
  body.push('<h2 id="timeline">Timeline</h2>');
  if (timeline) body.push(`<figure>${timeline}<figcaption>Dated events; red: violence (CAMEO 18–20), blue: other events.</figcaption></figure>`);
  body.push(list(m.timeline.map((t) => `<li><span class="date">${e(t.date ?? 'undated')}</span>${badge(t)}${e(t.text)}${sup(t)}</li>`), 'No events were found.'));
  body.push('<h2 id="actors">Actors and relations</h2>');
  if (network) body.push(`<figure>${network}<figcaption>Actor network: node size by mentions, edge colour by relation type.</figcaption></figure>`);
  body.push(list(m.actors.map((a) =>
    `<li><strong>${e(a.name)}</strong> <span class="meta">(${e(a.type)}, ${a.mentions} mentions${a.aliases.length ? `; also ${e(a.aliases.join(', '))}` : ''})</span>` +
    (a.relations.length ? `<ul>${a.relations.map(item).join('')}</ul>` : '') + '</li>'), 'No actors were found.'));
  body.push('<h2 id="claims">Who said what</h2>');
  body.push(list(m.claims.map((c) => `<li><strong>${e(c.speaker)}</strong><ul>${c.statements.map(item).join('')}</ul></li>`), 'No claims were found.'));
  body.push('<h2 id="contradictions">Contradictions</h2>', list(m.contradictions.map(item), 'None found.'));
  body.push('<h2 id="single-source">Single-source items</h2>', list(m.singleSource.map((s) => `<li>${e(s.text)}${sup(s)}</li>`), 'None.'));
  body.push('<h2 id="sources">Sources</h2>');
  for (const d of m.sources) {
    body.push(`<div class="src" id="doc-${e(d.id)}"><strong>${e(d.title ?? d.source)}</strong> <span class="meta">` +
      `${e(d.outlet ?? 'outlet unknown')}, ${e(d.published ?? 'date unknown')}; <code>${e(d.id)}</code>, ${e(d.source)}` +
      `${d.duplicateOf ? `; republishes <a href="#doc-${e(d.duplicateOf)}">${e(d.duplicateOf)}</a>` : ''}</span>` +
      (d.citations.length ? `<ul>${d.citations.map((c) => `<li class="cite" id="cite-${c.n}">[${c.n}] <span class="excerpt">“${e(c.excerpt)}”</span></li>`).join('')}</ul>` : '') +
      '</div>');
  }
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(m.title)}</title><style>${CSS}</style></head><body>`,
    ...body,
    '</body></html>',
    '',
  ].join('\n');
}
