/**
 * Cross-report entity resolution: one entity per real-world actor, each merge with its reason.
 * Mentions group first by dictionary id or within-report antecedent, else by folded name; then
 * groups join by transliteration similarity (blocked, so near-linear), surname-only forms naming
 * one person in the corpus, acronyms defined elsewhere, short forms of one organisation, and
 * finally the analyst's merge/split decisions.
 */
import type { DocSpan, SituationEntity } from '../core/types.ts';
import type { BuildContext, EntityResolution } from '../situation/context.ts';
import { acronymKey, isAcronym, keyWords, nameKey, normText } from './fold.ts';
import { loadEntityLexicon, type EntityLexicon } from './lexicon.ts';
import { Clusters, voteType, type Cluster, type Item } from './cluster.ts';
import { joinByRules } from './rules.ts';
import { applyDecisions } from './decisions.ts';
import { AMBIGUOUS_SHORT_FORM } from './link.ts';

/** The cluster key of a mention (its antecedent's when linked within the report). */
function keyOf(items: Item[], it: Item, words: (t: string) => string[]): string {
  let m = it.m;
  if (m.antecedent !== undefined && items[m.antecedent]) m = items[m.antecedent].m;
  if (m.dictId) return `d:${m.dictId}`;
  if (isAcronym(m.name)) return `a:${acronymKey(m.name)}`;
  if (m.why.rule === AMBIGUOUS_SHORT_FORM) return `n:${it.doc}#${words(m.name).join(' ')}`; // "the Kataib" beside two Kataibs
  return `n:${words(m.name).join(' ')}`;
}

/** keyWords with a memo for one resolution (names repeat across reports). */
export function memoWords(): (t: string) => string[] {
  const memo = new Map<string, string[]>();
  return (t) => {
    let w = memo.get(t);
    if (!w) memo.set(t, (w = keyWords(t)));
    return w;
  };
}

const slug = (s: string) => normText(s).replace(/ /g, '-').slice(0, 40) || 'x';

/** Resolves every document's mentions into situation entities (see the file comment). */
export function resolveEntities(ctx: BuildContext): EntityResolution {
  const lex = (ctx.resources.entityLexicon as EntityLexicon | undefined) ?? loadEntityLexicon();
  const cl = new Clusters();
  const words = memoWords();
  for (const doc of ctx.docs) {
    const ms = doc.layers.mentions ?? [];
    const items: Item[] = ms.map((m, index) => ({ doc: doc.id, index, m }));
    for (const it of items) {
      const key = keyOf(items, it, words);
      const c = cl.get(key);
      if (key.startsWith('d:')) c.dictId = key.slice(2);
      if (key.includes('#')) c.local = true;
      c.items.push(it);
    }
  }
  joinByRules(cl, lex, words);
  applyDecisions(cl, ctx.decisions, (id) => {
    const e = lex.entries.get(id);
    return e ? [e.name, ...e.aliases, ...e.acronyms] : [];
  });

  const entities: SituationEntity[] = [];
  const of = new Map<string, string>();
  const usedIds = new Set<string>();
  for (const [root, members] of cl.groups()) {
    const items = members.flatMap((c) => c.items);
    if (!items.length) continue;
    const dict = root.dictId ? lex.entries.get(root.dictId) : undefined;
    const counts = new Map<string, number>();
    for (const { m } of items) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
    const byFreq = [...counts.keys()].sort((a, b) => words(b).length - words(a).length || counts.get(b)! - counts.get(a)!);
    const name = dict?.name ?? byFreq[0];
    let id = `e${slug(name)}`;
    for (let n = 2; usedIds.has(id); n++) id = `e${slug(name)}-${n}`;
    usedIds.add(id);
    const merges: NonNullable<SituationEntity['merges']> = [];
    const seenAlias = new Set<string>();
    for (const c of members) {
      for (const { m } of c.items) {
        if (m.text !== m.name && !seenAlias.has(m.text)) {
          seenAlias.add(m.text);
          merges.push({ alias: m.text, rule: m.why.rule, score: 1 });
        }
        if (seenAlias.has(m.name)) continue;
        seenAlias.add(m.name);
        // a mention linked in its report keeps that reason; otherwise its group's join reason
        const own = m.antecedent !== undefined || (m.dictId && !c.joined) ? { rule: m.why.rule, score: 1, note: m.why.note } : null;
        const why = own ?? c.joined ?? { rule: 'same-name', score: 1 };
        merges.push({ alias: m.name, rule: why.rule, score: why.score, ...(why.note ? { note: why.note } : {}) });
      }
    }
    const roles = [...new Set(items.flatMap(({ m }) => m.roles ?? []))].slice(0, 12);
    const mentions: DocSpan[] = items.map(({ doc, m }) => ({ doc, start: m.start, end: m.end }));
    const ent: SituationEntity = {
      id,
      name,
      type: dict?.type ?? voteType(items),
      aliases: [...seenAlias],
      mentions,
      merges,
    };
    const subtype = dict?.subtype || items.find(({ m }) => m.subtype)?.m.subtype;
    if (subtype) ent.subtype = subtype;
    if (dict?.code) ent.code = dict.code;
    if (roles.length) ent.roles = roles;
    if (dict?.lat !== undefined) {
      ent.lat = dict.lat;
      ent.lon = dict.lon;
    }
    entities.push(ent);
    for (const it of items) of.set(`${it.doc}#${it.index}`, id);
  }
  addSurnames(entities, (w) => lex.firstNames.has(nameKey(w)));
  entities.sort((a, b) => b.mentions.length - a.mentions.length || a.id.localeCompare(b.id));
  return { entities, entityOf: (docId, mention) => of.get(`${docId}#${mention}`) ?? null };
}

/** The surname of a full personal name ("Kenneth F. McKenzie Jr." → "McKenzie"), or null. */
export function surnameOf(name: string): string | null {
  const words = name.split(/\s+/).filter((w) => !/^(jr\.?|sr\.?|ii|iii|iv)$/i.test(w));
  if (words.length < 2) return null;
  const last = words[words.length - 1].replace(/^(al|el)[-–]/i, '');
  return /^\p{Lu}[\p{L}'’-]+$/u.test(last) ? last : null;
}

/** Adds each person's surname as an alias when no other person in the situation shares it. */
function addSurnames(entities: SituationEntity[], isGivenName: (w: string) => boolean): void {
  const owners = new Map<string, SituationEntity[]>();
  for (const e of entities) {
    if (e.type !== 'person') continue;
    const s = surnameOf(e.name);
    if (!s) continue;
    const k = nameKey(s);
    owners.set(k, [...(owners.get(k) ?? []), e]);
  }
  for (const [, list] of owners) {
    if (list.length !== 1) continue;
    const e = list[0];
    const s = surnameOf(e.name)!;
    if (isGivenName(s)) continue;
    if (e.aliases.some((a) => nameKey(a) === nameKey(s))) continue;
    e.aliases.push(s);
    e.merges?.push({ alias: s, rule: 'surname-of-full-name', score: 1 });
  }
}
