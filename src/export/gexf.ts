/** GEXF 1.3 of the actor network, Gephi's own format (node size by mentions, edge colour by kind). */
import type { Situation } from '../core/types.ts';
import { actorNetwork, EDGE_COLOURS, xmlEscape as x } from './network.ts';

const rgb = (hex: string) => {
  const n = parseInt(hex.slice(1), 16);
  return `r="${(n >> 16) & 255}" g="${(n >> 8) & 255}" b="${n & 255}"`;
};

/** The actor network as a GEXF document. */
export function toGEXF(s: Situation): string {
  const net = actorNetwork(s);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    `  <meta lastmodifieddate="${x(s.generatedAt.slice(0, 10))}"><creator>sitrep</creator><description>actor network</description></meta>`,
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node">',
    '      <attribute id="type" title="type" type="string"/>',
    '      <attribute id="subtype" title="subtype" type="string"/>',
    '      <attribute id="mentions" title="mentions" type="integer"/>',
    '    </attributes>',
    '    <attributes class="edge">',
    '      <attribute id="kind" title="kind" type="string"/>',
    '    </attributes>',
    '    <nodes>',
  ];
  for (const n of net.nodes) {
    lines.push(`      <node id="${x(n.id)}" label="${x(n.label)}"><attvalues><attvalue for="type" value="${x(n.type)}"/>` +
      `<attvalue for="subtype" value="${x(n.subtype)}"/><attvalue for="mentions" value="${n.mentions}"/></attvalues>` +
      `<viz:size value="${(4 + 2 * Math.sqrt(n.mentions)).toFixed(1)}"/></node>`);
  }
  lines.push('    </nodes>', '    <edges>');
  for (const e of net.edges) {
    lines.push(`      <edge id="${x(e.id)}" source="${x(e.source)}" target="${x(e.target)}" label="${x(e.label)}" weight="${e.weight}">` +
      `<attvalues><attvalue for="kind" value="${x(e.kind)}"/></attvalues><viz:color ${rgb(EDGE_COLOURS[e.kind] ?? '#888888')}/></edge>`);
  }
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}
