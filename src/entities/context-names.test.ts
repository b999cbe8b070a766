import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Document, Mention } from '../core/types.ts';
import { runPipeline } from '../core/pipeline.ts';
import { sentencesStage, tokensStage } from '../nlp/stages.ts';
import { splitSentences } from '../nlp/sentences.ts';
import { tokenize } from '../nlp/tokens.ts';
import { mentionsStage } from './stage.ts';
import { findMentions } from './mentions.ts';
import { loadEntityLexicon } from './lexicon.ts';
import { buildContext } from '../situation/build.ts';
import { resolveEntities } from './resolve.ts';

// Our own sentences for names whose first word is no name by itself, facility words that belong
// to a place's name, and the words around an unknown name that tell its kind.
const lex = loadEntityLexicon();
function mentions(text: string): Mention[] {
  const s = splitSentences(text);
  return findMentions(text, s, tokenize(text, s), lex);
}
const kind = (text: string, name: string) => {
  const m = mentions(text).find((x) => x.name === name);
  return m ? `${m.type}${m.subtype ? ':' + m.subtype : ''}` : 'none';
};

test('a dotted acronym joined by a hyphen is one word, as the undotted one is', () => {
  const s = splitSentences('The U.S.-led coalition left.');
  assert.deepEqual(tokenize('The U.S.-led coalition left.', s).map((t) => t.text), ['The', 'U.S.-led', 'coalition', 'left', '.']);
  const m = mentions('Talks on the future of the U.S.-led coalition resumed.');
  assert.deepEqual(m.map((x) => [x.name, x.dictId]), [['U.S.-led coalition', 'us-coalition']]);
  assert.deepEqual(mentions('U.S.-backed forces and U.S.-Iraq talks went on.').map((x) => x.name), []);
});

test('organisations led by an ordinal, a nationality or a hyphenated pair keep that word', () => {
  assert.equal(kind('Soldiers of the 82nd Airborne Division and the 101st Signal Battalion arrived.', '82nd Airborne Division'), 'organization');
  assert.equal(kind('Soldiers of the 82nd Airborne Division and the 101st Signal Battalion arrived.', '101st Signal Battalion'), 'organization');
  assert.equal(kind('A senior editor told Syrian Morning Herald the talks failed.', 'Syrian Morning Herald'), 'organization');
  assert.equal(kind('The Iraq-Jordan Border Trade Committee met.', 'Iraq-Jordan Border Trade Committee'), 'organization');
  assert.equal(kind('The toll rose, the Jordanian Centre for Human Rights said.', 'Jordanian Centre for Human Rights'), 'organization');
  assert.equal(kind('Iraqi Prime Minister Mohammed Shia al-Sudani spoke.', 'Mohammed Shia al-Sudani'), 'person:leader');
  assert.deepEqual(mentions('The 3rd time was the charm.').map((x) => x.name), []);
});

test('a place leading an organisation\'s name is part of it', () => {
  assert.equal(kind('She teaches at the Mosul Centre for Regional Affairs.', 'Mosul Centre for Regional Affairs'), 'organization');
  assert.equal(kind('Two officials told the Levant Courier about it.', 'Levant Courier'), 'organization');
  assert.equal(kind('Crowds filled Baghdad International Airport.', 'Baghdad International Airport'), 'location:facility');
});

test('"base" and "air base" after a facility or an unknown place belong to its name', () => {
  const m = mentions('Drones hit the al-Tanf base and then Camp Falcon air base, far from Hilla airbase.');
  assert.deepEqual(m.map((x) => x.name), ['al-Tanf base', 'Camp Falcon air base', 'Hilla airbase']);
  assert.equal(m[0].dictId, 'p-al-tanf-sy');
  assert.deepEqual(mentions('Rockets hit Al-Tanf Airbase.').map((x) => [x.name, x.dictId]), [['Al-Tanf Airbase', 'p-al-tanf-sy']]);
  assert.deepEqual(mentions('The city of Hilla was calm.').map((x) => x.name), ['Hilla']);
});

test('"told X", "according to X" make an unknown name an outlet; "a visit to X" and "of X, Country" a place', () => {
  assert.equal(kind('Two sources told Desert Bulletin on Sunday.', 'Desert Bulletin'), 'organization:media');
  assert.equal(kind('The figure rose, according to Tigris Evening, later.', 'Tigris Evening'), 'organization:media');
  assert.equal(kind('A soldier told Nadia Farouk so.', 'Nadia Farouk'), 'person:person');
  assert.equal(kind('Desert Bulletin reported that four died.', 'Desert Bulletin'), 'organization:media');
  assert.equal(kind('Later, Levant Eye reported that four died.', 'Levant Eye'), 'organization:media');
  assert.equal(kind('Ali Kamal reported that four died.', 'Ali Kamal'), 'person:person');
  assert.equal(kind('He paid a campaign visit to New Hampshire on Monday.', 'New Hampshire'), 'location');
  assert.equal(kind('Sgt. Ali Kamal, 31, of Zakho, Iraq, was hurt.', 'Zakho'), 'location');
  assert.equal(kind('Sgt. Ali Kamal met Ahmed Tarek, Iraq and Syria agreed.', 'Ahmed Tarek'), 'person:person');
});

test('"Dover Air Force Base" and "Dover air base" in two reports are one place', () => {
  const resources = { entityLexicon: lex };
  const doc = (id: string, text: string) => {
    const d = { id, text, layers: {} } as unknown as Document;
    runPipeline(d, [sentencesStage, tokensStage, mentionsStage], resources);
    return d;
  };
  const docs = [doc('a', 'The coffins arrived at Dover Air Force Base on Friday.'), doc('b', 'The coffins arrived at Dover air base in Delaware.')];
  const ents = resolveEntities(buildContext({ docs, duplicates: [], decisions: [], resources })).entities;
  const dover = ents.filter((e) => /dover/i.test(e.name));
  assert.equal(dover.length, 1);
  assert.deepEqual(new Set(dover[0].aliases), new Set(['Dover Air Force Base', 'Dover air base']));
  const alone = resolveEntities(buildContext({ docs: [doc('c', 'The coffins arrived at Dover air base in Delaware.')], duplicates: [], decisions: [], resources })).entities;
  assert.equal(alone.find((e) => /dover/i.test(e.name))?.name, 'Dover Air Force Base', 'the gazetteer facility, reached through "air base" = "Air Force Base"');
});

test('"Rear Adm." is a title, not a name', () => {
  const m = mentions('Military spokesman Rear Adm. Yoav Sela said the strikes were precise.');
  assert.deepEqual(m.map((x) => x.name), ['Yoav Sela']);
});

test('a listed name with a possessive inside is matched across the split-off "\'s"', () => {
  const m = mentions('A day earlier, Iran\'s foreign ministry had denied it. Iran\'s army did not.');
  assert.deepEqual(m.map((x) => [x.name, x.dictId ?? '']), [['Iran\'s foreign ministry', 'iran-fm'], ['Iran', 'c-iran-ir']]);
});

test('an outlet named by one common word is no name inside a longer one', () => {
  assert.equal(kind('The Iraqi National Security Service arrested two men.', 'Iraqi National Security Service'), 'organization');
  assert.ok(mentions('The National reported it first.').some((x) => x.subtype === 'media'));
});

test('a translated group name is the group', () => {
  assert.deepEqual(mentions('The Brigades of the Master of Martyrs joined.').map((x) => x.dictId), ['kss']);
});
