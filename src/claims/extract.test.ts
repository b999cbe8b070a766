import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClaimMention, Document } from '../core/types.ts';
import { claimText, extractClaims } from './extract.ts';
import { loadClaimsLexicon } from './lexicon.ts';
import { docOf } from './testing.ts';

const lex = loadClaimsLexicon();
const run = (d: Document) => extractClaims(d, lex).map((c) => ({ ...c, text: claimText(d.text, c.parts ?? [c.content]) }));
const one = (text: string, opts: Parameters<typeof docOf>[2] = {}) => {
  const cs = run(docOf('d1', text, opts));
  assert.equal(cs.length, 1, `expected one claim, got ${JSON.stringify(cs.map((c) => [c.speakerText, c.text]))}`);
  return cs[0];
};
const speakerName = (d: Document, c: ClaimMention) => (c.speaker == null ? null : d.layers.mentions![c.speaker].name);

test('straight quote before an inverted verb and an apposition', () => {
  const c = one('"We will respond at a time of our choosing," said Jane Porter, a Pentagon spokeswoman.');
  assert.equal(c.speakerText, 'Jane Porter');
  assert.equal(c.text, 'We will respond at a time of our choosing');
  assert.equal(c.form, 'quote');
});

test('curly quote after the speaker and a colon', () => {
  const c = one('Omar Haddad, an analyst in Basra, said: “The militias answer to Tehran.”');
  assert.equal(c.speakerText, 'Omar Haddad');
  assert.match(c.text, /^The militias answer to Tehran/);
});

test('a quote split around "he said" is one claim with both parts', () => {
  const text = 'Karl Weber spoke in Berlin. “The strikes will continue,” he said, “until the occupation ends.”';
  const d = docOf('d1', text, { names: [['Karl Weber', 'person']] });
  const [c] = run(d);
  assert.equal(c.form, 'split-quote');
  assert.equal(c.text, 'The strikes will continue, … until the occupation ends.');
  assert.equal(speakerName(d, c), 'Karl Weber');
});

test('a quote over several sentences and paragraphs stays with its speaker', () => {
  const text = 'Defence Minister Karl Weber told reporters: “We have many options. We will use them.\n\n“When we choose, not before.”';
  const d = docOf('d1', text, { names: [['Karl Weber', 'person']] });
  const cs = run(d);
  assert.ok(cs.length >= 1);
  assert.ok(cs.every((c) => speakerName(d, c) === 'Karl Weber'));
  assert.match(cs.map((c) => c.text).join(' '), /When we choose, not before/);
});

test('"according to" an anonymous official keeps the description and no speaker entity', () => {
  const c = one('The convoy was hit near Qaim on Monday, according to a senior Iraqi security official.');
  assert.equal(c.speaker, null);
  assert.equal(c.speakerText, 'a senior Iraqi security official');
  assert.equal(c.text, 'The convoy was hit near Qaim on Monday');
});

test('"sources told OUTLET" after the content: anonymous, the attribution left out of the claim', () => {
  const c = one('The commander flew to Baghdad the day after the strike, informed sources told The Gulf Ledger on Thursday.');
  assert.equal(c.speakerText, 'informed sources');
  assert.equal(c.text, 'The commander flew to Baghdad the day after the strike');
});

test('"X told OUTLET" after a quote names X', () => {
  const c = one('“It was a message to Washington,” analyst Rana Saleh told the Levant Dispatch.');
  assert.match(c.speakerText!, /Rana Saleh$/);
});

test('a pronoun speaker resolves to the nearest named person', () => {
  const text = 'John Miles met reporters at the base. “We are ready for anything,” he said.';
  const d = docOf('d1', text, { names: [['John Miles', 'person']] });
  const [c] = run(d);
  assert.equal(speakerName(d, c), 'John Miles');
  assert.equal(c.speakerText, 'John Miles');
});

test('"the group" resolves to the organisation named just before', () => {
  const text = 'The Brigades of Example announced a pause on Tuesday. The group said its decision was its own.';
  const d = docOf('d1', text, { names: [['Brigades of Example', 'organization']] });
  const cs = run(d);
  const c = cs.find((x) => /its decision/.test(x.text))!;
  assert.equal(speakerName(d, c), 'Brigades of Example');
});

test('"Mr Weber" takes the full name seen before when no mention layer names him', () => {
  const text = 'Defence Secretary Karl Weber visited the base. “We will not be deterred,” Mr Weber said.';
  const c = run(docOf('d1', text)).pop()!;
  assert.match(c.speakerText!, /Karl Weber$/);
});

test('reported speech with a time adverbial and no "that"', () => {
  const c = one('President Ana Ruiz said on Tuesday a decision on retaliation had been made.');
  assert.equal(c.text, 'a decision on retaliation had been made');
  assert.match(c.speakerText!, /Ana Ruiz$/);
});

test('a parenthetical attribution keeps both halves of the claim', () => {
  const c = one('Since the strikes, officials say, there have been no attacks on the base.');
  assert.equal(c.speakerText, 'officials');
  assert.match(c.text, /Since the strikes … there have been no attacks on the base/);
});

test("the outlet's own assessment", () => {
  const c = one('The sudden calm suggests that Tehran does hold the reins over the militias.', { outlet: 'The Gulf Ledger' });
  assert.equal(c.kind, 'assessment');
  assert.equal(c.speakerText, 'The Gulf Ledger');
  assert.equal(c.form, 'assessment');
});

test("a possessive is not a speaker: \"Tehran's claim ... is not credible\" is the outlet's assessment", () => {
  const c = one("Tehran's claim that it has no influence is simply not credible.");
  assert.equal(c.form, 'assessment');
  assert.equal(c.speakerText, 'the report');
});

test('a speech act that did not happen is not a claim', () => {
  assert.equal(run(docOf('d1', 'Israel has not confirmed the attack on the port.')).length, 0);
});

test('"as Reuters reported" does not displace the speaker before it', () => {
  const c = one('“Those groups should go home,” an adviser to the prime minister said, as Reuters reported.');
  assert.equal(c.speakerText, 'an adviser to the prime minister');
});

test('a definite description ("the think tank") resolves back to the last organisation that spoke', () => {
  const text =
    'Militia leaders met in Baghdad, according to the Example Institute.\n\nThe pause “came after the visit,” the Washington, D.C. think tank said.';
  const d = docOf('d1', text, { names: [['Example Institute', 'organization'], ['Baghdad', 'location'], ['Washington', 'location']] });
  const c = run(d).find((x) => /came after/.test(x.text))!;
  assert.equal(speakerName(d, c), 'Example Institute');
});

test('claim kinds come from the verb and the words', () => {
  const kindOf = (s: string) => run(docOf('d1', s)).map((c) => c.kind)[0];
  assert.equal(kindOf('Washington blamed the attack on Tehran-backed militias.'), 'accusation');
  assert.equal(kindOf('The ministry denied that its forces took part in the raid.'), 'denial');
  assert.equal(kindOf('The commander warned that any strike "will be answered with force."'), 'threat');
  assert.equal(kindOf('The group announced it was suspending operations against US forces.'), 'announcement');
  assert.equal(kindOf('Kurdish officials warned of the danger that Iraq could be dragged into a war.'), 'statement');
  assert.equal(kindOf('The sudden calm suggests Tehran holds the reins.'), 'assessment');
});

test('about lists the names inside the claim, not the speaker', () => {
  const text = 'Karl Weber said Kataib Example had fired the drone from Iraq.';
  const d = docOf('d1', text, { names: [['Karl Weber', 'person'], ['Kataib Example', 'organization'], ['Iraq', 'location']] });
  const [c] = run(d);
  assert.deepEqual(c.about.map((i) => d.layers.mentions![i].name), ['Kataib Example', 'Iraq']);
});

test('an anonymous description keeps the names in it as affiliation', () => {
  const text = '“Nobody writes our statements for us,” a member of Kataib Example’s political bureau said.';
  const d = docOf('d1', text, { names: [['Kataib Example', 'organization']] });
  const [c] = run(d);
  assert.equal(c.speaker, null);
  assert.deepEqual(c.affiliation!.map((i) => d.layers.mentions![i].name), ['Kataib Example']);
});

test("a spokesman named in an apposition is the speaker: \"the group's spokesman, Abu Ali, said\"", () => {
  const text = 'Kataib Example’s spokesman, Abu Ali Salem, said the pause would last.';
  const d = docOf('d1', text, { names: [['Kataib Example', 'organization'], ['Abu Ali Salem', 'person']] });
  const [c] = run(d);
  assert.equal(speakerName(d, c), 'Abu Ali Salem');
});

test('"a statement from X" is spoken by X', () => {
  const text = 'The drone was launched from Iraq, according to a statement from Kataib Example.';
  const d = docOf('d1', text, { names: [['Kataib Example', 'organization'], ['Iraq', 'location']] });
  const [c] = run(d);
  assert.equal(speakerName(d, c), 'Kataib Example');
});

test('a noun before the real verb is not the verb: "media reports said"', () => {
  const c = one('Iraqi media reports said the convoy was struck near the border.');
  assert.equal(c.speakerText, 'Iraqi media reports');
  assert.equal(c.text, 'the convoy was struck near the border');
});

test('a claim in a subordinate clause ends with its clause', () => {
  const c = one('Since the group announced a halt on January 30, Washington struck 85 targets.');
  assert.equal(c.text, 'a halt on January 30');
  const d = one('His death came a week after the group declared it was suspending attacks on US troops.');
  assert.equal(d.text, 'it was suspending attacks on US troops');
});

test("single quotes in a headline with the speaker after a colon", () => {
  const c = one("General in last-ditch effort to 'halt the escalation': Example Institute\n\nThe visit came on Monday.");
  assert.equal(c.text, 'halt the escalation');
  assert.equal(c.speakerText, 'Example Institute');
  const d = one("Weber: ‘We will not be drawn into a wider war’\n\nThe minister spoke on Monday.");
  assert.equal(d.speakerText, 'Weber');
});

test('"was quoted as saying" names the speaker before it', () => {
  const c = one('Defence Minister Karl Weber was quoted by state media as saying “the border is closed.”');
  assert.match(c.speakerText!, /Karl Weber$/);
  assert.match(c.text, /the border is closed/);
});

test('"said on condition of anonymity because ..." after the content is a trailing attribution', () => {
  const c = one('The base was hit twice overnight, two officials said on condition of anonymity because they were not allowed to speak.');
  assert.equal(c.speakerText, 'two officials');
  assert.equal(c.text, 'The base was hit twice overnight');
});

test('a headline "Speaker to Listener: words" is a claim when the speaker is a known name', () => {
  const text = 'Washington to Baghdad: We will help deter any retaliation\n\nRevealed: the commander flew to Baghdad\n\nOfficials met on Monday.';
  const d = docOf('d1', text, { names: [['Washington', 'location'], ['Baghdad', 'location']] });
  const cs = run(d);
  assert.equal(cs.length, 1);
  assert.equal(speakerName(d, cs[0]), 'Washington');
  assert.equal(cs[0].text, 'We will help deter any retaliation');
});

test('"X said:" at a paragraph end takes the quote opening the next paragraph', () => {
  const c = one('Karl Weber said:\n\n“We will not be drawn into a wider war.”');
  assert.match(c.speakerText!, /Karl Weber$/);
  assert.match(c.text, /wider war/);
});

test('a quote paragraph attributed only in the paragraph that continues it gets that speaker', () => {
  const text = '“We will not be drawn into a wider war.\n\n“But we will defend our troops,” Karl Weber said.';
  const d = docOf('d1', text, { names: [['Karl Weber', 'person']] });
  const cs = run(d);
  assert.equal(cs.length, 2);
  assert.ok(cs.every((c) => speakerName(d, c) === 'Karl Weber'));
  assert.ok(cs.some((c) => /wider war/.test(c.text)));
});

test('more speech verbs: alleged is an accusation, asked only after its question', () => {
  const c = one('Iraqi officials alleged that the drone had been launched from a US base.');
  assert.equal(c.kind, 'accusation');
  const q = one('“Why would we escalate now?” the commander asked.');
  assert.equal(q.speakerText, 'the commander');
});

test('a scene-setting opening before the speaker is skipped: "In a statement posted on X," / "Speaking to ...,"', () => {
  const text = 'In a statement posted on Telegram, the movement’s secretary-general, Karim Dulaimi, said the halt was meant to spare the cabinet.';
  const d = docOf('d1', text, { names: [['Karim Dulaimi', 'person'], ['Telegram', 'organization']] });
  const [c] = run(d);
  assert.equal(speakerName(d, c), 'Karim Dulaimi');
  assert.equal(c.text, 'the halt was meant to spare the cabinet');
  const s = 'Speaking to students in Erbil, Hana Salih said the border crossings would reopen within days.';
  const e = docOf('d2', s, { names: [['Hana Salih', 'person'], ['Erbil', 'location']] });
  const [x] = run(e);
  assert.equal(speakerName(e, x), 'Hana Salih');
});

test('a bracketed acronym after the speaker does not hide it: "Joint Task Force North (JTFN) said"', () => {
  const text = 'Joint Task Force North (JTFN) said in a statement that the convoy had been hit by two rockets.';
  const d = docOf('d1', text, { names: [['Joint Task Force North', 'organization']] });
  const [c] = run(d);
  assert.equal(speakerName(d, c), 'Joint Task Force North');
  assert.equal(c.text, 'the convoy had been hit by two rockets');
});

test('"described X as ..." and "called it a “...”" report words; "what X calls ..." does not', () => {
  const c = one('Pentagon officials described the outpost as a supply hub close to the border.');
  assert.equal(c.speakerText, 'Pentagon officials');
  assert.match(c.text, /supply hub/);
  const text = 'Its spokesman, Col. Sami Rahim, called it a “cowardly ambush” on unarmed guards.';
  const d = docOf('d1', text, { names: [['Sami Rahim', 'person']] });
  const [q] = run(d);
  assert.equal(speakerName(d, q), 'Sami Rahim');
  assert.match(q.text, /cowardly ambush/);
  assert.equal(run(docOf('d2', 'The rockets came from what the rebels call “the liberated zone” near the river.')).length, 0);
  assert.equal(run(docOf('d3', 'Officials met leaders of the movement, which Washington describes as a proxy force.')).length, 0);
});

test('"the Iraqi army" is not resolved back to a group of another country', () => {
  const text = 'Central Command said the drone hit a car near the airport. The Iraqi army condemned the strike in strong terms.';
  const d = docOf('d1', text, { names: [['Central Command', 'organization']] });
  const c = run(d).find((x) => x.kind === 'accusation')!;
  assert.equal(c.speaker, null);
  assert.equal(c.speakerText, 'The Iraqi army');
});

test('a clause after "X said" that follows a quote is circumstance, not the claim', () => {
  const c = one('“We will answer this,” the prime minister said as sirens sounded over the capital.');
  assert.equal(c.text, 'We will answer this');
});

test('adverbials between the verb and the claim are skipped: "the previous day", "more than once", "earlier"', () => {
  assert.equal(one('President Ana Ruiz said the previous day that a response had been chosen.').text, 'a response had been chosen');
  assert.equal(one('The ministry has said more than once that the groups act alone.').text, 'the groups act alone');
  assert.equal(one('The army spokesman had said earlier that the border would stay shut.').text, 'the border would stay shut');
});

test('a relative clause between the speaker and the verb: "an official who spoke on condition of anonymity said"', () => {
  const c = one('A Kurdish official who asked not to be named said the airport had been closed for hours.');
  assert.equal(c.speakerText, 'A Kurdish official');
  assert.equal(c.text, 'the airport had been closed for hours');
});

test('"the ministry\'s spokesman, Col. X," names X even when the ministry is a known name', () => {
  const text = 'The Interior Ministry’s spokesman, Col. Faris Omar, told reporters the crossing would stay shut.';
  const d = docOf('d1', text, { names: [['Interior Ministry', 'organization'], ['Faris Omar', 'person']] });
  const [c] = run(d);
  assert.equal(speakerName(d, c), 'Faris Omar');
});

test('an adverb before the verb is not part of the speaker: "Amman initially said"', () => {
  const text = 'Amman initially said the blast happened across the border.';
  const d = docOf('d1', text, { names: [['Amman', 'location']] });
  const [c] = run(d);
  assert.equal(c.speakerText, 'Amman');
  assert.equal(one('The ministry has consistently denied that it arms the groups.').kind, 'denial');
});

test('a vow to hold someone to account is a threat', () => {
  assert.equal(one('The governor vowed to hold those behind the shelling to account.').kind, 'threat');
});

test('a spokesperson without a name speaks for the body named: "Amman\'s government spokesman said"', () => {
  const text = 'Amman’s government spokesman said the kingdom would keep its airspace closed.';
  const d = docOf('d1', text, { names: [['Amman', 'location']] });
  const [c] = run(d);
  assert.equal(speakerName(d, c), 'Amman');
  assert.equal(c.speakerText, 'Amman’s government spokesman');
});

test('a plural source noun opening the sentence is a description, not a name: "Sources close to the group said"', () => {
  const text = 'Sources close to the movement said the order came from abroad. Officials in Erbil said the airport stayed open.';
  const d = docOf('d1', text, { names: [['Erbil', 'location']] });
  const cs = run(d);
  assert.equal(cs.length, 2);
  assert.ok(cs.every((c) => c.speaker === null));
  assert.equal(cs[1].speakerText, 'Officials in Erbil');
});

test('"state media reported": "state" before the real verb is a noun', () => {
  const c = one('Kuwaiti state media reported that the convoy had turned back.');
  assert.equal(c.speakerText, 'Kuwaiti state media');
  assert.equal(c.text, 'the convoy had turned back');
});

test('"told reporters he ..." keeps the clause that begins before a quote', () => {
  const c = one('The governor told reporters he blamed the militia “for every rocket that fell.”');
  assert.match(c.text, /^he blamed the militia/);
});

test('"X, which the ministry said killed three, ...": the speaker of a relative clause says it of X', () => {
  const text = 'The raid, which the ministry said killed three guards, drew protests. Brigade Alpha, which Amman blamed for the raid, announced a pause.';
  const d = docOf('d1', text, { names: [['Brigade Alpha', 'organization'], ['Amman', 'location']] });
  const cs = run(d);
  const raid = cs.find((c) => c.speakerText === 'the ministry')!;
  assert.equal(raid.text, 'The raid … killed three guards');
  const blame = cs.find((c) => c.kind === 'accusation')!;
  assert.equal(speakerName(d, blame), 'Amman');
  assert.match(blame.text, /^Brigade Alpha … for the raid/);
  assert.ok(cs.some((c) => c.kind === 'announcement' && speakerName(d, c) === 'Brigade Alpha'));
});

test('after a quote, "X wrote on social media" is circumstance; "said on Telegram that" is where, not what', () => {
  const c = one('“The old rules are gone,” the minister wrote on social media.');
  assert.equal(c.text, 'The old rules are gone');
  assert.equal(one('The movement said on Telegram that it would halt its operations.').text, 'it would halt its operations');
});

test('"..., X told reporters, adding that ..." is two claims by X', () => {
  const text = '“Words are cheap,” the spokesman Dan Hale told reporters, adding that the army would respond at a time of its choosing.';
  const d = docOf('d1', text, { names: [['Dan Hale', 'person']] });
  const cs = run(d);
  assert.equal(cs.length, 2);
  assert.equal(cs[0].text, 'Words are cheap');
  assert.equal(cs[1].text, 'the army would respond at a time of its choosing');
  assert.ok(cs.every((c) => speakerName(d, c) === 'Dan Hale'));
});

test('a list of clauses: the claim ends where the next subject and its verb begin', () => {
  assert.equal(one('Officials listed the pressures. The movement declared a truce on May 3, Ankara struck six depots on May 5, and a drone hit a convoy.').text, 'a truce on May 3');
});

test('"X and Y have claimed" inside a relative clause is one noun phrase, not a second speaker', () => {
  const cs = run(docOf('d1', 'Ankara blamed the raid on the Front, the banner under which both brigades and several smaller factions have claimed attacks on the bases.'));
  assert.equal(cs.length, 1);
  assert.match(cs[0].text, /several smaller factions have claimed attacks on the bases$/);
});

test('"Authorities reported" is an anonymous source', () => {
  const c = one('Authorities reported debris falling in several villages.');
  assert.match(c.why.rule, /\/anonymous$/);
  assert.equal(c.text, 'debris falling in several villages');
});

test('"state media quoted X as saying": X is the speaker, and "state" there is a noun', () => {
  const text = 'Syrian state media quoted the governor Sami Haddad as saying the crossing would reopen.';
  const d = docOf('d1', text, { names: [['Sami Haddad', 'person']] });
  const [c] = run(d);
  assert.equal(speakerName(d, c), 'Sami Haddad');
  assert.equal(c.text, 'the crossing would reopen');
  const s = 'Speaking on state radio, Sami Haddad said the crossing would reopen.';
  assert.equal(one(s, { names: [['Sami Haddad', 'person']] }).speakerText, 'Sami Haddad');
});

test('an aside between speaker and verb is skipped: "Amman, for its part, denied ..."', () => {
  const text = 'Amman, for its part, denied any role in the raid.';
  const d = docOf('d1', text, { names: [['Amman', 'location']] });
  const [c] = run(d);
  assert.equal(speakerName(d, c), 'Amman');
  assert.equal(c.kind, 'denial');
});

test('"The raid, the ministry said, killed three guards": the speaker set inside the sentence', () => {
  const c = one('The raid, the ministry said, killed three guards near the border.');
  assert.equal(c.speakerText, 'the ministry');
  assert.equal(c.text, 'The raid … killed three guards near the border');
  assert.equal(one('Omar Haddad, an analyst in Basra, said, however, that the talks failed.').text, 'the talks failed');
});

test('", with X saying ..." is a second voice, and the first claim ends before it', () => {
  const text = 'Amman denied any role, with the government spokesman Omar Saleh calling the reports “fabricated”.';
  const d = docOf('d1', text, { names: [['Amman', 'location'], ['Omar Saleh', 'person']] });
  const cs = run(d);
  assert.equal(cs.length, 2);
  assert.equal(cs[0].text, 'any role');
  assert.equal(speakerName(d, cs[1]), 'Omar Saleh');
  assert.match(cs[1].text, /fabricated/);
  // a thing "threatening" something is no speaker
  assert.equal(run(docOf('d2', 'Tensions are high, with the Gaza war threatening to spread into the valley.')).length, 0);
});

test('a clause before a trailing anonymous source is content, not the speaker: "The pause was made at his request, sources familiar with the talks said."', () => {
  const c = one('The pause was made at his request, sources familiar with the talks said.');
  assert.equal(c.speakerText, 'sources familiar with the talks');
  assert.equal(c.text, 'The pause was made at his request');
  assert.equal(one('The ceasefire came at the envoy\'s urging, two officials said.').speakerText, 'two officials');
});

test('an inverted verb without a quote: "..., said a source close to the group."', () => {
  const c = one('The halt came at the commander\'s request, said a source close to the group.');
  assert.equal(c.speakerText, 'a source close to the group');
  assert.equal(c.text, 'The halt came at the commander\'s request');
});

test('a time between the speaker and the verb is no part of the speaker: "The brigade on Thursday announced ..."', () => {
  assert.equal(one('The brigade on Thursday announced the deaths of two of its fighters.').speakerText, 'The brigade');
  assert.equal(one('Officials in Basra late on Sunday said the depot was hit.').speakerText, 'Officials in Basra');
});

test('"called" without a quote speaks only when it rejects: "called the reports baseless", not "called for calm"', () => {
  const c = one('The envoy called the reports of a secret deal baseless.');
  assert.equal(c.speakerText, 'The envoy');
  assert.equal(c.kind, 'denial');
  assert.equal(run(docOf('d1', 'The envoy called the meeting a success.')).length, 0);
});
