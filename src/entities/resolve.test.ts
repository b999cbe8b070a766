import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Document, SituationEntity } from '../core/types.ts';
import type { Decision } from '../store/store.ts';
import { runPipeline } from '../core/pipeline.ts';
import { sentencesStage, tokensStage } from '../nlp/stages.ts';
import { mentionsStage } from './stage.ts';
import { loadEntityLexicon } from './lexicon.ts';
import { buildContext } from '../situation/build.ts';
import { resolveEntities } from './resolve.ts';
import { normText } from './fold.ts';

const resources = { entityLexicon: loadEntityLexicon() };
function doc(id: string, text: string): Document {
  const d = { id, text, layers: {} } as unknown as Document;
  runPipeline(d, [sentencesStage, tokensStage, mentionsStage], resources);
  return d;
}
function resolve(texts: string[], decisions: Decision[] = []) {
  const docs = texts.map((t, i) => doc(`d${i}`, t));
  return resolveEntities(buildContext({ docs, duplicates: [], decisions, resources }));
}
const holder = (es: SituationEntity[], alias: string) => es.filter((e) => [e.name, ...e.aliases].some((a) => normText(a) === normText(alias)));
const together = (es: SituationEntity[], a: string, b: string) => {
  const x = holder(es, a);
  const y = holder(es, b);
  return x.length === 1 && y.length === 1 && x[0].id === y[0].id;
};

test('spelling and transliteration variants across reports join one entity, with reasons', () => {
  const r = resolve([
    "Kata'ib Hezbollah fired drones. Brigadier General Esmail Qaani flew in.",
    'Katai’b Hizbollah paused attacks after General Ghaani met its leaders.',
    'Kataib Hizballah said nothing. Ismail Qani left for Tehran.',
  ]);
  assert.ok(together(r.entities, "Kata'ib Hezbollah", 'Katai’b Hizbollah'));
  assert.ok(together(r.entities, 'Kataib Hizballah', "Kata'ib Hezbollah"));
  assert.ok(together(r.entities, 'Esmail Qaani', 'Ghaani'));
  assert.ok(together(r.entities, 'Esmail Qaani', 'Ismail Qani'));
  const kh = holder(r.entities, 'Kataib Hezbollah')[0];
  assert.equal(kh.merges?.length, kh.aliases.length);
  assert.ok(kh.merges?.every((m) => typeof m.rule === 'string' && m.rule.length > 0));
});

test('names sharing words stay apart: Hezbollah, Kataib Hezbollah, Harakat Hezbollah al-Nujaba', () => {
  const r = resolve([
    'Hezbollah in Lebanon fired rockets while Kataib Hezbollah and Harakat Hezbollah al-Nujaba held back.',
    'Harakat al-Nujaba and al-Nujaba fighters were seen; Hizbollah denied it.',
  ]);
  const ids = ['Hezbollah', 'Kataib Hezbollah', 'Harakat Hezbollah al-Nujaba'].map((n) => holder(r.entities, n)[0]?.id);
  assert.equal(new Set(ids).size, 3);
  assert.ok(together(r.entities, 'al-Nujaba', 'Harakat Hezbollah al-Nujaba'));
  assert.ok(together(r.entities, 'Harakat al-Nujaba', 'Harakat Hezbollah al-Nujaba'));
  assert.ok(together(r.entities, 'Hizbollah', 'Hezbollah'));
});

test('Iran and Iraq, IRI and IRGC, and two resistance names never merge', () => {
  const r = resolve([
    'Iran armed the Islamic Resistance in Iraq (IRI). Iraq protested. The IRGC trained the IRI.',
    'The Islamic Revolutionary Guard Corps and the Islamic Resistance in Iraq met in Iraq.',
  ]);
  assert.ok(!together(r.entities, 'Iran', 'Iraq'));
  assert.ok(!together(r.entities, 'IRI', 'IRGC'));
  assert.ok(together(r.entities, 'IRI', 'Islamic Resistance in Iraq'));
  assert.ok(together(r.entities, 'IRGC', 'Islamic Revolutionary Guard Corps'));
  assert.ok(!together(r.entities, 'Islamic Resistance in Iraq', 'Islamic Revolutionary Guard Corps'));
});

test('an acronym defined in one report joins its bare use in another', () => {
  const r = resolve(['The Popular Defence Brigades (PDB) issued a statement.', 'Officials said the PDB was behind it.']);
  assert.ok(together(r.entities, 'PDB', 'Popular Defence Brigades'));
  const e = holder(r.entities, 'PDB')[0];
  assert.ok(e.merges?.some((m) => m.alias === 'PDB' && /acronym/.test(m.rule)));
});

test('surname-only forms join the one full name in the corpus; two people sharing a first name stay apart', () => {
  const r = resolve([
    'Analyst Farid Haddad said the strike was a warning. Masoud Barzani agreed.',
    'Haddad added that more would follow. Masoud Pezeshkian disagreed.',
  ]);
  assert.ok(together(r.entities, 'Haddad', 'Farid Haddad'));
  assert.ok(!together(r.entities, 'Masoud Barzani', 'Masoud Pezeshkian'));
  const h = holder(r.entities, 'Farid Haddad')[0];
  assert.equal(h.type, 'person');
  assert.ok(h.merges?.some((m) => m.alias === 'Haddad' && m.rule === 'surname'));
});

test('dictionary aliases and translations join: Revolutionary Guards, True Promise Corps, US / U.S. / United States', () => {
  const r = resolve([
    'The Revolutionary Guards vowed revenge. Faylaq al-Waad al-Sadiq also spoke. The US responded.',
    'The IRGC denied it and the True Promise Corps fired. The U.S. and the United States are one.',
  ]);
  assert.ok(together(r.entities, 'Revolutionary Guards', 'IRGC'));
  assert.ok(together(r.entities, 'Faylaq al-Waad al-Sadiq', 'True Promise Corps'));
  assert.ok(together(r.entities, 'US', 'United States'));
  assert.ok(together(r.entities, 'U.S.', 'United States'));
  const us = holder(r.entities, 'US')[0];
  assert.equal(us.type, 'location');
  assert.equal(us.code, 'USA');
  assert.ok(us.lat !== undefined);
});

test('every mention index maps to its entity, and entity ids are unique', () => {
  const r = resolve(['Joe Biden spoke in Washington.', 'President Biden left Washington.']);
  assert.equal(new Set(r.entities.map((e) => e.id)).size, r.entities.length);
  const biden = holder(r.entities, 'Joe Biden')[0];
  assert.equal(r.entityOf('d1', 0), biden.id);
  assert.equal(r.entityOf('d9', 0), null);
});

test('analyst decisions: merge joins two entities, split takes an alias out', () => {
  const texts = ['Abu Zaid commanded the unit. Later Karim Hassan al-Tamimi gave orders.', "Hezbollah and Kataib Hezbollah spoke."];
  const before = resolve(texts);
  assert.ok(!together(before.entities, 'Abu Zaid', 'Karim Hassan al-Tamimi'));
  const after = resolve(texts, [{ kind: 'merge', a: 'Abu Zaid', b: 'Karim Hassan al-Tamimi' }]);
  assert.ok(together(after.entities, 'Abu Zaid', 'Karim Hassan al-Tamimi'));
  assert.ok(holder(after.entities, 'Abu Zaid')[0].merges?.some((m) => m.rule === 'analyst-merge'));
  const split = resolve(texts, [
    { kind: 'merge', a: 'Abu Zaid', b: 'Karim Hassan al-Tamimi' },
    { kind: 'split', a: 'Karim Hassan al-Tamimi', b: 'Abu Zaid' },
  ]);
  assert.ok(!together(split.entities, 'Abu Zaid', 'Karim Hassan al-Tamimi'));
});

test('function words do not separate names across reports', () => {
  const r = resolve(['The Islamic Resistance of Iraq fired drones.', 'The Islamic Resistance in Iraq said so.']);
  assert.ok(together(r.entities, 'Islamic Resistance of Iraq', 'Islamic Resistance in Iraq'));
});

test('a two-word name joins the one three-word name sharing its first and last word', () => {
  const r = resolve(['Sgt. William Jerome Rivers, 46, was killed.', 'The remains of Sgt. William Rivers arrived.']);
  assert.ok(together(r.entities, 'William Rivers', 'William Jerome Rivers'));
  const e = holder(r.entities, 'William Rivers')[0];
  assert.equal(e.name, 'William Jerome Rivers');
  assert.ok(e.merges?.some((m) => m.rule === 'middle-name'));
});

test('a kunya alone in another report joins the one person whose name it leads', () => {
  const r = resolve(['Abu Zainab al-Lami was named head of security.', 'Abu Zainab met officials in Baghdad on Monday.']);
  assert.ok(together(r.entities, 'Abu Zainab', 'Abu Zainab al-Lami'));
  const k = holder(r.entities, 'Abu Zainab')[0];
  assert.equal(k.merges?.find((x) => x.alias === 'Abu Zainab')?.rule, 'kunya');
});

test('official names of the Popular Mobilization Forces, Iran\'s UN mission and the Syrian Observatory are known', () => {
  const r = resolve(['The Popular Mobilization Authority and Hashed al-Shaabi units deployed. Iran\'s UN mission denied it, the Syrian Observatory for Human Rights said.']);
  assert.ok(together(r.entities, 'Popular Mobilization Authority', 'Popular Mobilization Forces'));
  assert.ok(together(r.entities, 'Hashed al-Shaabi', 'Popular Mobilization Forces'));
  assert.equal(holder(r.entities, "Iran's UN mission")[0]?.type, 'organization');
  assert.equal(holder(r.entities, 'Syrian Observatory for Human Rights')[0]?.code, 'SYRNGO');
});

test('a first word alone joins the organisation it starts across reports, unless its own report names two', () => {
  const r = resolve([
    'Kataib Hezbollah fired rockets. Kataib Hezbollah later denied it. Kataib Hezbollah struck again.',
    'Kataib Hezbollah named a new leader, and Kataib Hezbollah fighters cheered.',
    'Kataib Sayyid al-Shuhada stayed quiet.',
    'A spokesman for the Kataib said the truce held.',
    'Kataib Hezbollah and Kataib Sayyid al-Shuhada marched, and the Kataib threatened more.',
  ]);
  const kh = holder(r.entities, 'Kataib Hezbollah')[0];
  assert.ok(kh.mentions.some((m) => m.doc === 'd3'));
  assert.ok(!kh.mentions.some((m) => m.doc === 'd4' && m.end - m.start === 'Kataib'.length));
  assert.equal(kh.merges?.find((x) => x.alias === 'Kataib')?.rule, 'short-form-first-word');
});
