/**
 * The cross-report merge rules, applied in order over clusters of mentions:
 *   transliteration  same word count, each word equal / same skeleton / close (similarity.ts),
 *                    against other clusters and against dictionary names not yet seen;
 *   acronym          an acronym defined in some report, or spelling one cluster's initials;
 *   short-form       an organisation's trailing words ("al-Nujaba" → "Harakat Hezbollah al-Nujaba")
 *                    when only one organisation in the corpus ends that way, or its first word
 *                    ("Kataib") when one organisation starting so holds a clear majority;
 *   surname          a one-word name equal to the last word of exactly one person's full name;
 *   kunya            "Abu X" / "Umm X" alone, leading exactly one person's longer name.
 * Every union records its rule and score; two dictionary actors never merge by rule.
 */
import type { EntityType } from '../core/types.ts';
import type { EntityLexicon } from './lexicon.ts';
import type { DictEntry } from './dictionary.ts';
import { Clusters, voteType, type Cluster } from './cluster.ts';
import { acronymKey, initials, isAcronym, keyWords } from './fold.ts';
import { blockKey, nameSimilarity, wordSimilarity } from './similarity.ts';
import { kunyaOf } from './link.ts';

/** Function words do not tell names apart: "Islamic Resistance of Iraq" = "in Iraq". */
const FUNCTION_WORDS = new Set(['of', 'in', 'for', 'the', 'and', 'on']);
const content = (ws: string[]) => (ws.length > 1 ? ws.filter((w) => !FUNCTION_WORDS.has(w)) : ws);

const compatible = (a: EntityType, b: EntityType) => a === b || a === 'other' || b === 'other';

interface Form {
  words: string[];
  text: string;
}

/** Every name a root cluster goes by: its mentions' names and its dictionary names. */
function formsOf(cl: Clusters, lex: EntityLexicon, words: (t: string) => string[]): Map<Cluster, { forms: Form[]; type: EntityType }> {
  const out = new Map<Cluster, { forms: Form[]; type: EntityType }>();
  for (const [root, members] of cl.groups()) {
    const items = members.flatMap((c) => c.items);
    const texts = new Set(items.map((i) => i.m.name));
    const dict = root.dictId ? lex.entries.get(root.dictId) : undefined;
    if (dict) for (const t of [dict.name, ...dict.aliases]) texts.add(t);
    const forms = [...texts].filter((t) => !isAcronym(t)).map((text) => ({ text, words: sameHeads(content(words(text)), lex) })).filter((f) => f.words.length);
    out.set(root, { forms, type: dict?.type ?? voteType(items) });
  }
  return out;
}

/** Words with facility heads that mean the same written one way ("Air Force Base" → "air base"). */
function sameHeads(ws: string[], lex: EntityLexicon): string[] {
  let out = ws;
  for (const [from, to] of lex.headSynonyms) {
    for (let k = 0; k + from.length <= out.length; k++) {
      if (from.every((w, j) => out[k + j] === w)) out = [...out.slice(0, k), ...to, ...out.slice(k + from.length)];
    }
  }
  return out;
}

let dictIndexCache: Map<string, Array<{ entry: DictEntry; words: string[] }>> | null = null;
function dictIndex(lex: EntityLexicon) {
  if (dictIndexCache) return dictIndexCache;
  const idx = new Map<string, Array<{ entry: DictEntry; words: string[] }>>();
  for (const e of lex.entries.values()) {
    if (e.type === 'location' && e.subtype !== 'country' && e.subtype !== 'facility') continue;
    for (const t of [e.name, ...e.aliases]) {
      const words = sameHeads(content(keyWords(t)), lex);
      if (words.length < 2 && (words[0]?.length ?? 0) < 7) continue; // short one-word names match exactly or not at all
      const k = blockKey(words);
      const list = idx.get(k) ?? [];
      list.push({ entry: e, words });
      idx.set(k, list);
    }
  }
  dictIndexCache = idx;
  return idx;
}

/** Applies the merge rules to the clusters, in place. */
export function joinByRules(cl: Clusters, lex: EntityLexicon, words: (t: string) => string[] = keyWords): void {
  // 1. transliteration and spelling variants
  let info = formsOf(cl, lex, words);
  const block = new Map<string, Array<{ root: Cluster; form: Form }>>();
  for (const [root, { forms }] of info) for (const form of forms) {
    const k = blockKey(form.words);
    const list = block.get(k) ?? [];
    list.push({ root, form });
    block.set(k, list);
  }
  const didx = dictIndex(lex);
  for (const [root, { forms, type }] of info) {
    if (root.dictId || root.local) continue;
    for (const form of forms) {
      for (const cand of block.get(blockKey(form.words)) ?? []) {
        if (cand.root.local || cl.find(cand.root) === cl.find(root) || !compatible(type, info.get(cand.root)!.type)) continue;
        const s = nameSimilarity(form.words, cand.form.words);
        if (s) cl.union(cand.root, root, { rule: 'transliteration', score: round(s), note: `${form.text} ~ ${cand.form.text}` });
      }
      if (cl.find(root).dictId) break;
      for (const cand of didx.get(blockKey(form.words)) ?? []) {
        if (!compatible(type, cand.entry.type)) continue;
        const s = nameSimilarity(form.words, cand.words);
        if (!s) continue;
        const target = cl.get(`d:${cand.entry.id}`);
        target.dictId = cand.entry.id;
        cl.union(target, root, { rule: 'transliteration-dictionary', score: round(s), note: `${form.text} ~ ${cand.entry.name}` });
        break;
      }
    }
  }
  // 2. acronyms
  info = formsOf(cl, lex, words);
  const definedAs = new Map<string, Set<Cluster>>();
  const byInitials = new Map<string, Set<Cluster>>();
  for (const c of cl.all) for (const it of c.items) if (it.m.antecedent !== undefined && isAcronym(it.m.name)) addTo(definedAs, acronymKey(it.m.name), cl.find(c));
  for (const [root, { forms }] of info) for (const f of forms) if (f.words.length >= 2) addTo(byInitials, initials(f.text), root);
  for (const c of cl.all) {
    if (!c.key.startsWith('a:') || cl.find(c) !== c) continue;
    const acr = c.key.slice(2);
    const d = definedAs.get(acr);
    const byIni = byInitials.get(acr);
    if (d && d.size === 1) cl.union([...d][0], c, { rule: 'acronym-defined-elsewhere', score: 1 });
    else if (!d && byIni && byIni.size === 1) cl.union([...byIni][0], c, { rule: 'acronym-initials', score: 0.9 });
  }
  // 3. short forms of organisations, 4. surnames of people
  info = formsOf(cl, lex, words);
  const byLast = new Map<string, Set<Cluster>>();
  for (const [root, { forms, type }] of info) {
    for (const f of forms) if (f.words.length >= 2 && type !== 'location') addTo(byLast, `${type === 'person' ? 'p' : 'o'}:${f.words[f.words.length - 1]}`, root);
  }
  const byFirst = new Map<string, Set<Cluster>>();
  for (const [root, { forms, type }] of info) {
    if (type === 'organization') for (const f of forms) if (f.words.length >= 2) addTo(byFirst, f.words[0], root);
  }
  let groupDocs: Map<Cluster, string[]> | null = null; // each group's mention documents, read once when first needed
  const docsOf = (c: Cluster) => (groupDocs ??= new Map([...cl.groups()].map(([r, ms]) => [r, ms.flatMap((m) => m.items.map((i) => i.doc))]))).get(c) ?? [];
  const byEnds = new Map<string, Set<Cluster>>();
  for (const [root, { forms, type }] of info) {
    if (type !== 'person') continue;
    for (const f of forms) if (f.words.length > 2) addTo(byEnds, `${f.words[0]} ${f.words[f.words.length - 1]}`, root);
  }
  const byKunya = new Map<string, Set<Cluster>>();
  for (const [root, { forms, type }] of info) {
    if (type !== 'person') continue;
    for (const f of forms) if (f.words.length > 2 && kunyaOf(f.words)) addTo(byKunya, kunyaOf(f.words)!, root);
  }
  for (const [root, { forms, type }] of info) {
    if (root.dictId || cl.find(root) !== root) continue;
    if (type === 'person' && joinMiddleName(cl, byEnds, root, forms)) continue;
    if ((type === 'person' || type === 'other') && joinKunya(cl, byKunya, root, forms)) continue;
    const short = forms.filter((f) => f.words.length === 1 || type !== 'person');
    if (!short.length || short.length !== forms.length) continue;
    const f = short[0];
    const last = f.words[f.words.length - 1];
    const kind = type === 'person' || (type === 'other' && f.words.length === 1) ? 'p' : 'o';
    let cands = [...(byLast.get(`${kind}:${last}`) ?? [])].map((x) => cl.find(x)).filter((x) => x !== root);
    if (kind === 'o') cands = cands.filter((x) => info.get(x)?.forms.some((g) => g.words.length > f.words.length && isSubsequence(f.words, g.words)));
    const uniq = [...new Set(cands)];
    if (uniq.length === 1) {
      cl.union(uniq[0], root, { rule: kind === 'p' ? 'surname' : 'short-form', score: round(wordSimilarity(last, last)), note: f.text });
    } else if (!uniq.length && type === 'organization' && f.words.length === 1) joinFirstWord(cl, byFirst, root, f, docsOf);
  }
}


/**
 * "Kataib" alone joins the organisation whose longer name it starts ("Kataib Hezbollah") when that
 * one holds a clear majority (three quarters) of the corpus's mentions of such organisations and
 * no report of the short form names two of them ("Kataib Hezbollah" and "Kataib Sayyid al-Shuhada").
 */
function joinFirstWord(cl: Clusters, byFirst: Map<string, Set<Cluster>>, root: Cluster, f: Form, docsOf: (c: Cluster) => string[]): void {
  const cands = [...new Set([...(byFirst.get(f.words[0]) ?? [])].map((c) => cl.find(c)))].filter((c) => c !== cl.find(root));
  if (!cands.length) return;
  const items = new Map(cands.map((c) => [c, docsOf(c)]));
  const docs = new Set(root.items.map((i) => i.doc));
  for (const d of docs) if (cands.filter((c) => items.get(c)!.includes(d)).length > 1) return;
  const total = cands.reduce((n, c) => n + items.get(c)!.length, 0);
  const best = cands.reduce((a, b) => (items.get(b)!.length > items.get(a)!.length ? b : a));
  const share = items.get(best)!.length / total;
  if (share >= 0.75) cl.union(best, root, { rule: 'short-form-first-word', score: round(share), note: f.text });
}

function isSubsequence(a: string[], b: string[]): boolean {
  let j = 0;
  for (const w of b) if (j < a.length && w === a[j]) j++;
  return j === a.length;
}

function addTo<K, V>(m: Map<K, Set<V>>, k: K, v: V): void {
  const s = m.get(k) ?? new Set<V>();
  s.add(v);
  m.set(k, s);
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** "William Rivers" joins the one "William Jerome Rivers" (same first and last word, a person). */
function joinMiddleName(cl: Clusters, byEnds: Map<string, Set<Cluster>>, root: Cluster, forms: Form[]): boolean {
  const two = forms.find((f) => f.words.length === 2);
  if (!two || forms.some((f) => f.words.length > 2)) return false;
  const cands = new Set([...(byEnds.get(two.words.join(' ')) ?? [])].map((c) => cl.find(c)).filter((c) => c !== cl.find(root)));
  if (cands.size !== 1) return false;
  return cl.union([...cands][0], root, { rule: 'middle-name', score: 0.95, note: two.text });
}

/** "Abu Baqir" joins the one person whose longer name it leads ("Abu Baqir al-Saadi"). */
function joinKunya(cl: Clusters, byKunya: Map<string, Set<Cluster>>, root: Cluster, forms: Form[]): boolean {
  const key = forms.length && forms.every((f) => f.words.length === 2) ? kunyaOf(forms[0].words) : null;
  if (!key || forms.some((f) => kunyaOf(f.words) !== key)) return false;
  const cands = new Set([...(byKunya.get(key) ?? [])].map((c) => cl.find(c)).filter((c) => c !== cl.find(root)));
  if (cands.size !== 1) return false;
  return cl.union([...cands][0], root, { rule: 'kunya', score: 0.95, note: forms[0].text });
}
