import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findNames, type NameTable } from '../events/fixtures.ts';
import { splitSentences } from '../nlp/sentences.ts';
import { extractRelations } from './extract.ts';

// Our own sentences for membership lists, successions, ministers' departments, sponsors that are
// organisations, groups' campaigns against states, military units and places in provinces.
const NAMES: NameTable = {
  'Islamic Resistance in Iraq': ['organization', 'coalition'],
  'Popular Mobilization Forces': ['organization', 'militia'],
  Hashd: ['organization', 'militia'],
  'Kataib Hezbollah': ['organization', 'militia'],
  'Harakat al-Nujaba': ['organization', 'militia'],
  'Kataib Sayyid al-Shuhada': ['organization', 'militia'],
  'Asaib Ahl al-Haq': ['organization', 'militia'],
  'Badr Organization': ['organization', 'militia'],
  Houthis: ['organization', 'militia'],
  'Quds Force': ['organization', 'armed-force'],
  'Israel Defense Forces': ['organization', 'armed-force'],
  'Golani Brigade': ['organization', ''],
  '718th Engineer Company': ['organization', ''],
  'Army Reserve': ['organization', 'armed-force'],
  'Fort Moore': ['location', 'facility'],
  Reuters: ['organization', 'media'],
  'Esmail Qaani': ['person', 'commander'],
  'Qassem Soleimani': ['person', 'commander'],
  'Abdul-Malik al-Houthi': ['person', 'leader'],
  'Hussein al-Houthi': ['person', 'person'],
  'Abu Mahdi al-Muhandis': ['person', 'commander'],
  'Lloyd Austin': ['person', 'minister'],
  'Antony Blinken': ['person', 'minister'],
  'Grant Shapps': ['person', 'minister'],
  Akashat: ['other', ''],
  Saraya: ['other', ''],
  'al-Qaim': ['location', 'city'],
  'Deir ez-Zor': ['location', 'city'],
  Anbar: ['location', 'province'],
  Tehran: ['location', 'capital'],
  Iraq: ['location', 'country'],
  Iran: ['location', 'country'],
  Syria: ['location', 'country'],
  Israel: ['location', 'country'],
  US: ['location', 'country'],
};
/** Actor codes as the dictionary gives them: the country a minister serves. */
const CODES: Record<string, string> = { 'Lloyd Austin': 'USAMIL', 'Antony Blinken': 'USAGOV', 'Grant Shapps': 'GBRGOV' };

function rels(text: string): string[] {
  const mentions = findNames(text, NAMES);
  for (const m of mentions) if (CODES[m.name]) m.code = CODES[m.name];
  const name = (i: number, n?: string) => (i >= 0 ? mentions[i].name : n ?? '?');
  const found = extractRelations(text, splitSentences(text), mentions);
  return [...new Set(found.map((r) => `${name(r.subject, r.subjectName)} ${r.predicate} ${name(r.object, r.objectName)}`))].sort();
}
const only = (pred: string, text: string) => rels(text).filter((r) => r.includes(` ${pred} `));

test('every group of a list is a member: "which belong to Y", "Y is made up of N factions: A, B and C", "Y\'s factions, A and B"', () => {
  assert.deepEqual(only('member_of', 'Kataib Hezbollah, Harakat al-Nujaba and Asaib Ahl al-Haq, which all belong to the Hashd, paraded on Friday.'),
    ['Asaib Ahl al-Haq member_of Hashd', 'Harakat al-Nujaba member_of Hashd', 'Kataib Hezbollah member_of Hashd']);
  assert.deepEqual(only('member_of', 'The Islamic Resistance in Iraq is made up of three factions: Kataib Hezbollah, Harakat al-Nujaba and Kataib Sayyid al-Shuhada.'),
    ['Harakat al-Nujaba member_of Islamic Resistance in Iraq', 'Kataib Hezbollah member_of Islamic Resistance in Iraq', 'Kataib Sayyid al-Shuhada member_of Islamic Resistance in Iraq']);
  assert.deepEqual(only('member_of', 'The Popular Mobilization Forces, a state-funded umbrella of about 60 armed factions: the Badr Organization, Kataib Hezbollah and others.'),
    ['Badr Organization member_of Popular Mobilization Forces', 'Kataib Hezbollah member_of Popular Mobilization Forces']);
  assert.deepEqual(only('member_of', 'The Islamic Resistance in Iraq\'s main factions, Kataib Hezbollah and Harakat al-Nujaba, split this week.'),
    ['Harakat al-Nujaba member_of Islamic Resistance in Iraq', 'Kataib Hezbollah member_of Islamic Resistance in Iraq']);
  assert.deepEqual(only('member_of', 'The Popular Mobilization Forces, whose main factions include Kataib Hezbollah and the Badr Organization, held a parade.'),
    ['Badr Organization member_of Popular Mobilization Forces', 'Kataib Hezbollah member_of Popular Mobilization Forces']);
  assert.deepEqual(only('member_of', 'The Islamic Resistance in Iraq surfaced in 2023. The coalition consists of several factions, among them Kataib Hezbollah and Harakat al-Nujaba.'),
    ['Harakat al-Nujaba member_of Islamic Resistance in Iraq', 'Kataib Hezbollah member_of Islamic Resistance in Iraq']);
  assert.deepEqual(only('member_of', 'Kataib Hezbollah denied it. The group is part of the Islamic Resistance in Iraq. Other members include Harakat al-Nujaba and Asaib Ahl al-Haq.'),
    ['Asaib Ahl al-Haq member_of Islamic Resistance in Iraq', 'Harakat al-Nujaba member_of Islamic Resistance in Iraq', 'Kataib Hezbollah member_of Islamic Resistance in Iraq']);
  assert.deepEqual(only('member_of', 'They blamed Kataib Hezbollah, an Iraqi militia that is a member of the Islamic Resistance in Iraq.'), ['Kataib Hezbollah member_of Islamic Resistance in Iraq']);
  assert.deepEqual(only('member_of', 'The Islamic Resistance in Iraq claimed it. Among its members are Kataib Hezbollah and Harakat al-Nujaba, factions that also sit within the Popular Mobilization Forces.'),
    ['Harakat al-Nujaba member_of Islamic Resistance in Iraq', 'Harakat al-Nujaba member_of Popular Mobilization Forces', 'Kataib Hezbollah member_of Islamic Resistance in Iraq', 'Kataib Hezbollah member_of Popular Mobilization Forces']);
  // a name of unknown kind inside a list of groups is one of them
  assert.deepEqual(only('member_of', 'The Popular Mobilization Forces, an umbrella of Shiite factions including Saraya, Kataib Hezbollah and Asaib Ahl al-Haq, marched.'),
    ['Asaib Ahl al-Haq member_of Popular Mobilization Forces', 'Kataib Hezbollah member_of Popular Mobilization Forces', 'Saraya member_of Popular Mobilization Forces']);
  assert.deepEqual(only('member_of', 'The Popular Mobilization Forces, an umbrella of Shiite factions including Saraya, marched.'), []);
  // a list that only sits beside the coalition is no membership
  assert.deepEqual(only('member_of', 'The Islamic Resistance in Iraq met Kataib Hezbollah and Harakat al-Nujaba on Monday.'), []);
});

test('succession: "who took over Y after X was killed", "succeeded his brother X at the helm of Y"', () => {
  assert.deepEqual(rels('Esmail Qaani, who took over the Quds Force after Qassem Soleimani was killed, flew to Baghdad.'),
    ['Esmail Qaani leads Quds Force', 'Esmail Qaani succeeded Qassem Soleimani']);
  assert.deepEqual(rels('Abdul-Malik al-Houthi succeeded his brother Hussein al-Houthi at the helm of the Houthis in 2004.'),
    ['Abdul-Malik al-Houthi leads Houthis', 'Abdul-Malik al-Houthi succeeded Hussein al-Houthi']);
  assert.deepEqual(only('succeeded', 'Esmail Qaani, who took over the Quds Force after meeting Qassem Soleimani, spoke.'), []);
  assert.deepEqual(rels('Esmail Qaani was named the Quds Force\'s new commander after the killing of Qassem Soleimani.'),
    ['Esmail Qaani leads Quds Force', 'Esmail Qaani succeeded Qassem Soleimani']);
  assert.deepEqual(rels('Qassem Soleimani\'s successor at the helm of the Quds Force, Esmail Qaani, spoke.'), ['Esmail Qaani succeeded Qassem Soleimani']);
  // replacing someone's deputy is not succeeding him
  assert.deepEqual(rels('Esmail Qaani replaced Qassem Soleimani\'s deputy in the post.'), []);
  assert.deepEqual(rels('Esmail Qaani, who replaced the slain Qassem Soleimani, spoke.'), ['Esmail Qaani succeeded Qassem Soleimani']);
  assert.deepEqual(rels('Esmail Qaani, Qassem Soleimani\'s replacement, spoke.'), ['Esmail Qaani succeeded Qassem Soleimani']);
  assert.deepEqual(rels('Qassem Soleimani\'s successor as Quds Force chief, Esmail Qaani, is rarely seen.'), ['Esmail Qaani succeeded Qassem Soleimani']);
  // the man replaced "as commander" led the force before; the sentence does not say he leads it
  assert.deepEqual(rels('Esmail Qaani replaced Qassem Soleimani as commander of the Quds Force.'), ['Esmail Qaani leads Quds Force', 'Esmail Qaani succeeded Qassem Soleimani']);
});

test('leaders: "the deputy head of Y and leader of Z" leads Z only', () => {
  assert.deepEqual(only('leads', 'Abu Mahdi al-Muhandis, the deputy head of the Popular Mobilization Forces and leader of Kataib Hezbollah, died in 2020.'),
    ['Abu Mahdi al-Muhandis leads Kataib Hezbollah']);
  assert.deepEqual(only('leads', 'Abu Mahdi al-Muhandis, the founder of Kataib Hezbollah and deputy head of the Popular Mobilization Forces, died in 2020.'),
    ['Abu Mahdi al-Muhandis leads Kataib Hezbollah']);
});

test('"the group was founded by X" names the group the sentence or report is about', () => {
  assert.deepEqual(rels('Kataib Hezbollah denied it. The group was founded by Abu Mahdi al-Muhandis in 2003.'), ['Abu Mahdi al-Muhandis leads Kataib Hezbollah']);
  assert.deepEqual(rels('Kataib Hezbollah denied it. The group was founded by Abu Mahdi al-Muhandis and Qassem Soleimani.'), []);
});

test('a minister\'s title names the department the dictionary knows for the minister\'s country', () => {
  assert.deepEqual(rels('Defense Secretary Lloyd Austin spoke.'), ['Lloyd Austin leads Pentagon']);
  assert.deepEqual(rels('Secretary of State Antony Blinken flew to Doha.'), ['Antony Blinken leads State Department']);
  assert.deepEqual(rels('Lloyd Austin, the US defense secretary, spoke.'), ['Lloyd Austin leads Pentagon']);
  assert.deepEqual(rels('On Monday Defense Secretary Lloyd Austin spoke.'), ['Lloyd Austin leads Pentagon']);
  assert.deepEqual(rels('Former Defense Secretary Lloyd Austin spoke.'), []);
  assert.deepEqual(rels('Deputy Secretary of State Antony Blinken spoke.'), []);
  // a British defence secretary does not lead the Pentagon; the table has no British department
  assert.deepEqual(rels('Defence Secretary Grant Shapps spoke.'), []);
});

test('sponsors: "Iran-backed A and B", an organisation "which arms and trains" groups', () => {
  assert.deepEqual(rels('Iran-backed Kataib Hezbollah and Harakat al-Nujaba claimed the strikes.'), ['Iran backs Harakat al-Nujaba', 'Iran backs Kataib Hezbollah']);
  assert.deepEqual(rels('The Quds Force, which arms and trains the Islamic Resistance in Iraq, was blamed.'), ['Quds Force backs Islamic Resistance in Iraq']);
  assert.deepEqual(rels('The Quds Force, which met the Islamic Resistance in Iraq, was blamed.'), []);
  assert.deepEqual(rels('Asaib Ahl al-Haq, which is armed and funded by Iran\'s Quds Force, denied it.'), ['Iran backs Asaib Ahl al-Haq', 'Quds Force backs Asaib Ahl al-Haq']);
  assert.deepEqual(rels('Kataib Hezbollah receives weapons and training from Tehran.'), ['Iran backs Kataib Hezbollah']);
  assert.deepEqual(rels('Kataib Hezbollah receives visitors from Tehran.'), []);
  assert.deepEqual(rels('Kataib Hezbollah and Harakat al-Nujaba, both backed by Iran, refused.'), ['Iran backs Harakat al-Nujaba', 'Iran backs Kataib Hezbollah']);
});

test('a group opposes a state whose forces or land it claims to attack or vows to keep attacking', () => {
  assert.deepEqual(rels('The Islamic Resistance in Iraq, which has claimed dozens of attacks on US forces and Israel, said it would go on.'),
    ['Islamic Resistance in Iraq opposes Israel', 'Islamic Resistance in Iraq opposes US']);
  assert.deepEqual(rels('Harakat al-Nujaba vowed to keep targeting US forces in Iraq and Syria.'), ['Harakat al-Nujaba opposes US']);
  assert.deepEqual(only('opposes', 'Harakat al-Nujaba, led by Akram al-Kaabi, vowed to continue attacking US forces.'), ['Harakat al-Nujaba opposes US']);
  assert.deepEqual(only('opposes', 'The Islamic Resistance in Iraq, a coalition of hardline factions that has claimed attacks on US forces in Iraq and Syria, spoke.'), ['Islamic Resistance in Iraq opposes US']);
  assert.deepEqual(rels('The Houthis have waged drone attacks against Israel since October.'), ['Houthis opposes Israel']);
  assert.deepEqual(rels('Kataib Hezbollah has carried out attacks on American troops.'), ['Kataib Hezbollah opposes United States']);
  assert.deepEqual(rels('Kataib Hezbollah has repeatedly attacked US bases in Syria.'), ['Kataib Hezbollah opposes US']);
  assert.deepEqual(rels('The Houthis have fired missiles and drones at southern Israel for months.'), ['Houthis opposes Israel']);
  assert.deepEqual(rels('The Houthis have fired missiles at ships bound for Israel.'), []);
  // mere mentions, another actor's attacks, and a news agency's reporting are no campaign
  assert.deepEqual(rels('Kataib Hezbollah said attacks on US forces in Iraq had stopped.'), []);
  assert.deepEqual(rels('Reuters, which has reported attacks on US forces, gave no figures.'), []);
  assert.deepEqual(rels('Kataib Hezbollah condemned attacks on Iraq by Israel.'), []);
});

test('military units: "part of" a state\'s armed force is part_of, not member_of', () => {
  assert.deepEqual(rels('Troops of the Golani Brigade, part of the Israel Defense Forces, entered the town.'), ['Golani Brigade part_of Israel Defense Forces']);
  assert.deepEqual(rels('The Israel Defense Forces\' elite Golani Brigade entered the town.'), ['Golani Brigade part_of Israel Defense Forces']);
  assert.deepEqual(rels('The Israel Defense Forces\' Reuters report was denied.'), []);
  assert.deepEqual(rels('They served in the 718th Engineer Company, an Army Reserve unit based at Fort Moore.'), ['718th Engineer Company located_in Fort Moore', '718th Engineer Company part_of Army Reserve']);
});

test('places: "X, in the western Y desert", "Syria\'s X province", "X province of Syria"', () => {
  assert.deepEqual(rels('A strike hit Akashat, in the western Anbar desert.'), ['Akashat located_in Anbar']);
  assert.deepEqual(rels('Gunmen struck in Syria\'s eastern Deir ez-Zor province.'), ['Deir ez-Zor located_in Syria']);
  assert.deepEqual(rels('Gunmen struck in the Deir ez-Zor province of Syria.'), ['Deir ez-Zor located_in Syria']);
  assert.deepEqual(rels('Troops are based at the al-Qaim garrison in Anbar.'), ['al-Qaim located_in Anbar']);
  assert.deepEqual(rels('Jets hit the Anbar town of al-Qaim.'), ['al-Qaim located_in Anbar']);
  assert.deepEqual(rels('Jets hit the Anbar road to al-Qaim.'), []);
  assert.deepEqual(rels('A drone hit Akashat, in which Kataib Hezbollah had a depot.'), []);
});
