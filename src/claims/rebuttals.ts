/**
 * Answers without a listed proposition or a shared event: a denial by one side set against the
 * claim it answers, told by the other side.
 *   - an accusation naming the denier's party ("Iran funds and equips the groups" against Iran's
 *     spokesman: "the groups do not take orders from Tehran");
 *   - a rebuttal ("a lie", "a pretext", "baseless") against a claim about the same party that shares
 *     its content words ("informed the Iraqi government before the strikes" against "claims that
 *     Baghdad was informed in advance are a lie": Iraq, informed, strikes).
 * The answered claim must share content words with the answer, or be answered by a rebuttal told in
 * the same report or naming the accuser's side ("rejected the American accusations as lies").
 */
import type { SituationClaim, SituationContradiction } from '../core/types.ts';
import type { BuildContext } from '../situation/context.ts';

/** Words that carry no assertion of their own. */
const FUNCTION_WORDS = new Set(
  'the a an and or but of to in on at by for from with without into over under about after before that this these those it its their them they he she his her we our you your is are was were be been being has have had do does did not no will would shall should can could may might must than then there here which who whom whose what when where why how as also said says say saying call called calling tell told add added accuse accused deny denied reject rejected claim claims any all some such only just very more most other'.split(' '),
);
/** Claims that call another's assertion false, a lie or a pretext. */
const REBUTTAL = /\b(?:a lie|lies|false|baseless|unfounded|fabricat\w*|pretext|justification for|mislead\w*|untrue|do(?:es)? not take orders)\b/i;

/** The words of an assertion: lower-case words (names are matched as parties, not as words), stemmed. */
const contentWords = (s: string) =>
  new Set(
    s
      .replace(/[’']s\b/g, '')
      .split(/[^\p{L}\d]+/u)
      .filter((w) => w.length > 2 && /^\p{Ll}/u.test(w))
      .map((w) => w.replace(/(?:ed|ing|s)$/, ''))
      .filter((w) => !FUNCTION_WORDS.has(w) && !FUNCTION_WORDS.has(`${w}s`)),
  );

/** Each denial against the best-matching claim it answers from the other side. */
export function rebuttals(
  ctx: BuildContext,
  claims: SituationClaim[],
  party: (id: string) => string,
  sides: (c: SituationClaim) => Set<string>,
  countriesNamed: (text: string) => string[] = () => [],
): SituationContradiction[] {
  const out: SituationContradiction[] = [];
  const docOf = (c: SituationClaim) => ctx.originalOf.get(c.evidence[0].doc) ?? c.evidence[0].doc;
  for (const r of claims) {
    if (r.kind !== 'denial') continue;
    const own = sides(r);
    if (!own.size) continue;
    const rebuts = REBUTTAL.test(r.text);
    const words = contentWords(r.text);
    const about = new Set(r.about.map(party));
    // "rejected the American accusations": the accuser's side named in the answer
    const answersTo = new Set([...r.about.map(party), ...countriesNamed(r.text)]);
    let best: Array<{ a: SituationClaim; score: number; why: string }> = [];
    for (const a of claims) {
      if (a === r || a.kind === 'denial' || [...sides(a)].some((x) => own.has(x))) continue;
      const shared = [...contentWords(a.text)].filter((w) => words.has(w)).length;
      const sameReport = docOf(a) === docOf(r);
      const accuses = a.kind === 'accusation' && a.about.some((x) => own.has(party(x)));
      let why = '';
      const namesAccuser = [...sides(a)].some((x) => answersTo.has(x));
      if (accuses && (shared >= 1 || (rebuts && (sameReport || namesAccuser)))) why = 'accused';
      else if (rebuts && shared >= 2 && a.about.some((x) => about.has(party(x)))) why = 'rebutted';
      else continue;
      // the claim whose words it answers first, then the accusation naming its side
      const score = 2 * shared + (accuses ? 3 : 0) + (namesAccuser ? 1 : 0) + (sameReport ? 0.5 : 0);
      if (!best.length || score > best[0].score) best = [{ a, score, why }];
      else if (score === best[0].score) best.push({ a, score, why });
    }
    for (const { a, why } of best)
      out.push({
        id: '',
        items: [a.id, r.id],
        kind: 'rebuttal',
        note: `${r.speakerText ?? 'a source'} ${why === 'accused' ? 'denies what it is accused of' : 'rejects the assertion'} ("${r.text.slice(0, 80)}") against ${a.speakerText ?? 'a source'} ("${a.text.slice(0, 80)}")`,
      });
  }
  return out;
}
