import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../core/types.ts';
import { splitSentences } from '../nlp/sentences.ts';
import { tokenize } from '../nlp/tokens.ts';
import { findMentions } from './mentions.ts';
import { loadEntityLexicon } from './lexicon.ts';

const lex = loadEntityLexicon();
function mentions(text: string): Mention[] {
  const s = splitSentences(text);
  return findMentions(text, s, tokenize(text, s), lex);
}
const names = (text: string) => mentions(text).map((m) => m.name);
const find = (ms: Mention[], name: string) => ms.find((m) => m.name === name);

test('every mention span holds the mention text', () => {
  const t = 'Brigadier General Esmail Qaani visited Baghdad on Monday. Kata’ib Hizbollah’s fighters left.';
  for (const m of mentions(t)) assert.equal(t.slice(m.start, m.end), m.text);
});

test('titles are stripped from names and kept as roles', () => {
  const ms = mentions('Defence Secretary Lloyd Austin spoke after Maj. General Ismail Qaani and President Joe Biden did. Mr Austin left.');
  assert.deepEqual(find(ms, 'Lloyd Austin')?.roles, ['Defence Secretary']);
  assert.deepEqual(find(ms, 'Ismail Qaani')?.roles, ['Maj. General']);
  assert.equal(find(ms, 'Joe Biden')?.dictId, 'biden');
  const austin = ms.filter((m) => m.dictId === 'austin');
  assert.equal(austin.length, 2);
  assert.ok(!ms.some((m) => /General|President|Secretary|Mr/.test(m.name)));
});

test('a title phrase with "of"/"for" runs up to the given name', () => {
  const ms = mentions('US Assistant Secretary of State for Near Eastern Affairs Barbara Leaf insisted on it.');
  assert.deepEqual(find(ms, 'Barbara Leaf')?.roles, ['Assistant Secretary of State for Near Eastern Affairs']);
  assert.ok(!find(ms, 'Near Eastern Affairs'));
});

test('appositive roles are read after a person', () => {
  const ms = mentions('Dana Stroul, the director of research at a think tank, said so.');
  assert.equal(find(ms, 'Dana Stroul')?.type, 'person');
  assert.match(find(ms, 'Dana Stroul')?.roles?.[0] ?? '', /director of research/);
});

test('possessives are stripped and apostrophes inside names kept', () => {
  const ms = mentions("Qaani's visit came before Kata'ib Hezbollah's announcement.");
  assert.deepEqual(ms.map((m) => m.text), ['Qaani', "Kata'ib Hezbollah"]);
  assert.equal(ms[1].dictId, 'kataib-hezbollah');
});

test('descriptions, demonyms and sentence-initial common words are not entities', () => {
  assert.deepEqual(names('But the Iranian general met Iraqi officials. However, American troops stayed. On Tuesday nothing happened.'), []);
});

test('particles, hyphens and "of/for the" stay inside names', () => {
  const ms = mentions('The Institute for the Study of War said Harakat Hezbollah al-Nujaba and the Council for Arab-British Understanding disagreed.');
  assert.deepEqual(ms.map((m) => m.name), ['Institute for the Study of War', 'Harakat Hezbollah al-Nujaba', 'Council for Arab-British Understanding']);
});

test('unknown names are found and typed by heuristics', () => {
  const ms = mentions('Hamid Karimi, a spokesman, said the Saraya Thar Brigade struck Camp Falcon near Zubair. Later the Mountain Lions Group claimed it.');
  assert.equal(find(ms, 'Hamid Karimi')?.type, 'person');
  assert.equal(find(ms, 'Saraya Thar Brigade')?.type, 'organization');
  assert.equal(find(ms, 'Camp Falcon')?.type, 'location');
  assert.equal(find(ms, 'Zubair')?.type, 'location');
  assert.equal(find(ms, 'Mountain Lions Group')?.type, 'organization');
});

test('facilities with numbers and a facility word after them are places', () => {
  const ms = mentions('The drone hit Tower 22 and later Outpost Kilo base was evacuated.');
  assert.equal(find(ms, 'Tower 22')?.subtype, 'facility');
  assert.equal(find(ms, 'Outpost Kilo base')?.type, 'location');
});

test('an acronym defined in place links to its name', () => {
  const ms = mentions('The Popular Defence Brigades (PDB) denied it. Later the PDB claimed it.');
  const full = ms.findIndex((m) => m.name === 'Popular Defence Brigades');
  const acr = ms.filter((m) => m.name === 'PDB');
  assert.equal(acr.length, 2);
  for (const a of acr) assert.equal(a.antecedent, full);
});

test('a surname after a full name links to it', () => {
  const ms = mentions('Robert Murrett, a retired admiral, spoke. "It is serious," said Murrett.');
  const i = ms.findIndex((m) => m.name === 'Robert Murrett');
  const s = ms.find((m) => m.name === 'Murrett');
  assert.equal(s?.antecedent, i);
  assert.equal(s?.type, 'person');
});

test('metonymic capitals are places; acronyms of states are places', () => {
  const ms = mentions('Washington blamed Tehran, and the US said the U.S. would respond.');
  assert.deepEqual(ms.map((m) => [m.name, m.type]), [['Washington', 'location'], ['Tehran', 'location'], ['US', 'location'], ['U.S.', 'location']]);
});

test("a headline's unknown words count only when the body names them", () => {
  const ms = mentions('Rogue Commander Makes Last Ditch Effort\nThe Falcon Brigade attacked Erbil.\nFalcon Brigade Strikes Erbil');
  assert.ok(!ms.some((m) => /Rogue|Ditch/.test(m.name)));
  assert.equal(ms.filter((m) => m.name === 'Falcon Brigade').length, 2);
});

test('names read with a leading demonym keep the plain form as their name', () => {
  const m = mentions("The Iranian Revolutionary Guards' chief warned.").find((x) => x.dictId === 'irgc');
  assert.equal(m?.text, 'Iranian Revolutionary Guards');
  assert.equal(m?.name, 'Revolutionary Guards');
});

test('a surname several known people share stays unlinked unless the report names one of them', () => {
  const alone = mentions('Barzani warned Baghdad.').find((m) => m.name === 'Barzani');
  assert.equal(alone?.type, 'person');
  assert.equal(alone?.dictId, undefined);
  const ms = mentions('Masrour Barzani met envoys. Later Barzani warned Baghdad.');
  assert.deepEqual(ms.filter((m) => /Barzani/.test(m.name)).map((m) => m.dictId), ['masrour-barzani', 'masrour-barzani']);
});

test('a nickname in quotes stays inside the name; byline and stray capitalised words are not names', () => {
  const ms = mentions('Officials met Gen. Michael "Erik" Kurilla. Strikes on Red Sea Shipping went on. Reporting by Jane Doe; Editing by Sam Roe.');
  assert.equal(ms.find((m) => m.dictId === 'kurilla')?.text, 'Michael "Erik" Kurilla');
  assert.ok(!ms.some((m) => /^(Shipping|Reporting|Editing)$/.test(m.name)));
});

test('Arabic names with a nisba are people; place words before or after a name make a place', () => {
  const ms = mentions('Gunmen killed Wahid Jabbar al-Tamimi in the Zayouna neighbourhood, near Camp Taji.');
  assert.equal(find(ms, 'Wahid Jabbar al-Tamimi')?.type, 'person');
  assert.equal(find(ms, 'Zayouna')?.type, 'location');
  assert.equal(find(ms, 'Camp Taji')?.type, 'location');
});

test('a lone capitalised word opening a sentence is a name only when it shortens an earlier one', () => {
  const ms = mentions('Muhannad Mubaidin spoke first. Mubaidin, speaking on Sunday, blamed the militias. Meanwhile Tuesday passed. Nobody came.');
  const i = ms.findIndex((m) => m.name === 'Muhannad Mubaidin');
  assert.equal(ms.find((m) => m.name === 'Mubaidin')?.antecedent, i);
  assert.ok(!ms.some((m) => m.name === 'Nobody'));
  for (const m of ms) if (m.antecedent !== undefined) assert.ok(ms[m.antecedent]);
});

test('a kunya alone after the full name it leads is that person', () => {
  const ms = mentions('Abu Zainab al-Lami spoke first. Later Abu Zainab told the crowd to leave, and Umm Karar al-Tamimi agreed. Umm Karar left.');
  const full = ms.findIndex((m) => m.name === 'Abu Zainab al-Lami');
  assert.equal(find(ms, 'Abu Zainab')?.antecedent, full);
  assert.equal(find(ms, 'Umm Karar')?.antecedent, ms.findIndex((m) => m.name === 'Umm Karar al-Tamimi'));
});

test('"the" and the first or head word of one organisation named in the report is that organisation', () => {
  const ms = mentions('The Levant Monitoring Observatory counted the dead. The Observatory later raised the toll. Saraya Fajr al-Islam struck twice; the Saraya denied it.');
  assert.equal(find(ms, 'Observatory')?.antecedent, ms.findIndex((m) => m.name === 'Levant Monitoring Observatory'));
  assert.equal(find(ms, 'Saraya')?.antecedent, ms.findIndex((m) => m.name === 'Saraya Fajr al-Islam'));
});

test('a first word shared by two organisations of the report links to neither', () => {
  const ms = mentions('Kataib Hezbollah and Kataib Sayyid al-Shuhada marched. A statement from the Kataib followed.');
  const short = find(ms, 'Kataib');
  assert.ok(short && short.antecedent === undefined && !short.dictId);
});

test('a given name that is also a place, after a rank, and a surname with its particle after the full name', () => {
  const ms = mentions('Staff Sgt. Tal Dror, 19, was wounded. Hiba al-Rawi, a lecturer, was there. "We were lucky," al-Rawi said.');
  assert.equal(find(ms, 'Tal Dror')?.type, 'person');
  assert.ok(!find(ms, 'Tal'));
  assert.equal(find(ms, 'al-Rawi')?.antecedent, ms.findIndex((m) => m.name === 'Hiba al-Rawi'));
});

test('an alias written in lower case in the dictionary is matched after "the" only', () => {
  const ms = mentions('Drones hit the international coalition at dawn. An international coalition of charities sent aid.');
  assert.equal(ms.filter((m) => m.dictId === 'us-coalition').length, 1);
  assert.equal(find(ms, 'international coalition')?.why.rule, 'dictionary:alias-lower-case');
});

test('spelled-out army ranks are titles', () => {
  const ms = mentions('Sgt. First Class Noa Levi and Sergeant Major Eyal Ben Ami were wounded.');
  assert.deepEqual(find(ms, 'Noa Levi')?.roles, ['Sgt. First Class']);
  assert.deepEqual(find(ms, 'Eyal Ben Ami')?.roles, ['Sergeant Major']);
});

test('"the" and a word only one dictionary organisation is known by links to it when the report names none', () => {
  const ms = mentions('The Observatory, a monitor based in Britain, said nine died. Witnesses told the Ministry nothing.');
  assert.equal(find(ms, 'Observatory')?.dictId, 'sohr');
  assert.equal(find(ms, 'Observatory')?.why.rule, 'dictionary:short-form');
  assert.ok(!find(ms, 'Ministry'));
});

test('an age after a two-word name makes it a person, even when its first word is also a place', () => {
  const ms = mentions('Among the dead were Tal Dror, 19, and Ziv Harel, 20. An Israeli soldier, Noam Tal, was hurt.');
  assert.equal(find(ms, 'Tal Dror')?.type, 'person');
  assert.equal(find(ms, 'Ziv Harel')?.why.rule, 'unknown:age-after');
  assert.deepEqual(find(mentions('The reservist Tal Dror was wounded in Gaza.'), 'Tal Dror')?.roles, ['reservist']);
});
