/** GraphML of the actor network, for Gephi, yEd or networkx. */
import type { Situation } from '../core/types.ts';
import { actorNetwork, xmlEscape as x } from './network.ts';

/** The actor network as a GraphML document. */
export function toGraphML(s: Situation): string {
  const net = actorNetwork(s);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="type" for="node" attr.name="type" attr.type="string"/>',
    '  <key id="subtype" for="node" attr.name="subtype" attr.type="string"/>',
    '  <key id="mentions" for="node" attr.name="mentions" attr.type="int"/>',
    '  <key id="kind" for="edge" attr.name="kind" attr.type="string"/>',
    '  <key id="elabel" for="edge" attr.name="label" attr.type="string"/>',
    '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>',
    '  <graph id="actors" edgedefault="directed">',
  ];
  for (const n of net.nodes) {
    lines.push(`    <node id="${x(n.id)}"><data key="label">${x(n.label)}</data><data key="type">${x(n.type)}</data>` +
      `<data key="subtype">${x(n.subtype)}</data><data key="mentions">${n.mentions}</data></node>`);
  }
  for (const e of net.edges) {
    lines.push(`    <edge id="${x(e.id)}" source="${x(e.source)}" target="${x(e.target)}"><data key="kind">${x(e.kind)}</data>` +
      `<data key="elabel">${x(e.label)}</data><data key="weight">${e.weight}</data></edge>`);
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
