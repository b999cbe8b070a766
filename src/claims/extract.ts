/**
 * The claims of one report (stage `50-claims`): attributed quotes and reported speech, quotes
 * continued from the previous sentence, and the outlet's own assessments.
 */
import type { ClaimMention, Document, Mention, Span } from '../core/types.ts';
import type { ClaimsLexicon } from './lexicon.ts';
import { MASK, readQuoteText, type Sentence } from './text.ts';
import { attributions } from './attribution.ts';
import { type Spoken, resolveSpeaker } from './antecedents.ts';
import { claimKind, hasCue } from './kind.ts';
import { wordsOf } from './speaker.ts';

/** The words of a claim: its parts joined, quote marks and edge punctuation removed. */
export function claimText(text: string, parts: Span[]): string {
  return parts
    .map((p) => text.slice(p.start, p.end).replace(/^['‘]([^]*)['’]$/, '$1'))
    .join(' … ')
    .replace(/[“”„«»"]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:.—–-]+|[\s,;:—–-]+$/g, '')
    .trim();
}

const overlaps = (m: Span, parts: Span[]) => parts.some((p) => m.start < p.end && m.end > p.start);

function aboutOf(mentions: Mention[], parts: Span[], exclude: Set<number>): number[] {
  const out: number[] = [];
  mentions.forEach((m, i) => {
    if (!exclude.has(i) && overlaps(m, parts)) out.push(i);
  });
  return out;
}

/** Extracts the claims of one document. Reads `mentions` when the layer is there. */
export function extractClaims(doc: Document, lex: ClaimsLexicon): ClaimMention[] {
  const text = doc.text;
  const W = lex.words;
  const mentions = (doc.layers.mentions ?? []) as Mention[];
  const qt = readQuoteText(text, W.abbreviations);
  const out: ClaimMention[] = [];
  const history: Spoken[] = [];
  let lastSentence = -2;
  let last: ClaimMention | null = null;
  /** Whether a name opens its sentence or clause ("Nadia Farouk, who ..., does not accept"). */
  const subjectLike = (m: Span) => {
    const s = qt.sentences.find((x) => x.start <= m.start && m.start < x.end);
    if (!s) return false;
    const before = text.slice(s.start, m.start);
    return !before.trim() || (/,\s*$/.test(before) && before.length < 60) || /^(?:[\p{Lu}][\p{L}.'’-]*\s+){1,5}$/u.test(before);
  };

  // "Kirby said:" ending a paragraph introduces the quote that opens the next one: read them as one
  const units: typeof qt.sentences = [];
  for (const s of qt.sentences) {
    const prev = units[units.length - 1];
    if (prev && prev.paragraph !== s.paragraph && /:\s*$/.test(text.slice(prev.start, prev.end)) && qt.masked[s.start] === MASK)
      units[units.length - 1] = { start: prev.start, end: s.end, paragraph: s.paragraph };
    else units.push(s);
  }
  /** Quote-only sentences still waiting for a speaker named later in the same quote. */
  const waiting: Array<{ s: Sentence; parts: Span[]; groups: Set<number> }> = [];
  const groupsIn = (sp: Span) => new Set(qt.quotes.filter((q) => q.open >= sp.start && q.close <= sp.end).map((q) => q.group));

  units.forEach((s, si) => {
    const para = qt.paragraphs[s.paragraph];
    const headline = para.start === s.start && para.end === s.end && s.end - s.start < 200 && !/[.!?]["”’]?$/.test(text.slice(s.start, s.end));
    const atts = attributions(qt.masked, s.start, s.end, lex, false, headline);
    const found: ClaimMention[] = [];
    for (const a of atts) {
      // a headline's speaker must be a name the report knows, not any capitalised word ("Revealed:")
      if (a.rule === 'headline-colon' && !mentions.some((m) => m.start >= a.speaker.start && m.end <= a.speaker.end)) continue;
      const blocked = (m: Span) => overlaps(m, a.parts) || qt.quotes.some((q) => m.start >= q.open && m.end <= q.close);
      const r = resolveSpeaker(text, a.speaker, mentions, history, W, blocked, subjectLike);
      const content = claimText(text, a.parts);
      if (!content || content.split(/\s+/).length < 2) continue;
      const k = claimKind(a.verb, content, W);
      const exclude = new Set<number>(r.mention != null ? [r.mention] : []);
      mentions.forEach((m, i) => {
        if (m.start >= a.speaker.start && m.end <= a.speaker.end) exclude.add(i);
      });
      const claim: ClaimMention = {
        speaker: r.anonymous ? null : r.mention,
        speakerText: r.text,
        speakerSpan: { start: a.speaker.start, end: a.speaker.end },
        content: { start: a.parts[0].start, end: a.parts[a.parts.length - 1].end },
        kind: k.kind,
        about: aboutOf(mentions, a.parts, exclude),
        form: a.form,
        evidence: [{ start: s.start, end: s.end }],
        why: { rule: `${a.rule}/${r.rule}`, note: [`kind: ${k.why}`, r.note].filter(Boolean).join('; ') },
        ...(a.parts.length > 1 ? { parts: a.parts } : {}),
        ...(r.affiliation.length ? { affiliation: r.affiliation } : {}),
      };
      found.push(claim);
      const described = [a.speaker.text, ...a.speaker.appositions.map((x) => text.slice(x.start, x.end))].join(' ').toLowerCase();
      history.push({ at: a.speaker.start, mention: claim.speaker, text: r.text, type: r.type, described, anonymous: r.anonymous });
    }
    if (found.length) {
      // an earlier paragraph of the same quote, left without attribution, belongs to this speaker
      const groups = groupsIn(s);
      for (const w of waiting.splice(0)) {
        if (![...w.groups].some((g) => groups.has(g))) continue;
        const content = claimText(text, w.parts);
        out.push({
          ...found[0],
          content: { start: w.parts[0].start, end: w.parts[w.parts.length - 1].end },
          kind: claimKind(null, content, W).kind,
          about: aboutOf(mentions, w.parts, new Set(found[0].speaker != null ? [found[0].speaker] : [])),
          form: 'continuation',
          evidence: [{ start: w.s.start, end: w.s.end }],
          why: { rule: 'quote-continuation', note: `unattributed paragraph of a quote attributed later to ${found[0].speakerText}` },
          ...(w.parts.length > 1 ? { parts: w.parts } : {}),
        });
      }
      out.push(...found);
      last = found[0];
      lastSentence = si;
      return;
    }
    const ws = wordsOf(qt.masked, s.start, s.end, W.abbreviations);
    const quoteOnly = ws.length > 0 && ws[0].text[0] === MASK && ws.every((w) => w.text[0] === MASK || /^[.,!?;:]$/.test(w.text));
    if (quoteOnly && last && lastSentence === si - 1 && (last.form !== 'reported' && last.form !== 'assessment')) {
      const prev = last as ClaimMention;
      const q = qt.quotes.filter((x) => x.open >= s.start && x.close <= s.end);
      const parts: Span[] = q.map((x) => ({ start: x.start, end: x.end }));
      const sameParagraph = units[si - 1].paragraph === s.paragraph;
      const content = claimText(text, parts);
      if (sameParagraph || q.some((x) => qt.quotes.some((y) => y.group === x.group && y.close <= s.start && prev.content.end >= y.start))) {
        prev.parts = [...(prev.parts ?? [prev.content]), ...parts];
        prev.about = [...new Set([...prev.about, ...aboutOf(mentions, parts, new Set(prev.speaker != null ? [prev.speaker] : []))])];
        prev.content = { start: prev.content.start, end: parts[parts.length - 1].end };
        prev.evidence.push({ start: s.start, end: s.end });
        prev.why.note = `${prev.why.note ?? ''}; quote continues in the next sentence`;
      } else {
        const k = claimKind(null, content, W);
        const c: ClaimMention = {
          ...prev,
          content: { start: parts[0].start, end: parts[parts.length - 1].end },
          kind: k.kind,
          about: aboutOf(mentions, parts, new Set(prev.speaker != null ? [prev.speaker] : [])),
          form: 'continuation',
          evidence: [{ start: s.start, end: s.end }],
          why: { rule: 'quote-continuation', note: `unattributed quote after a quote by ${prev.speakerText}; kind: ${k.why}` },
          ...(parts.length > 1 ? { parts } : { parts: undefined }),
        };
        if (!c.parts) delete c.parts;
        out.push(c);
        last = c;
      }
      lastSentence = si;
      return;
    }
    if (quoteOnly) {
      const parts = qt.quotes.filter((x) => x.open >= s.start && x.close <= s.end).map((x) => ({ start: x.start, end: x.end }));
      if (parts.length) waiting.push({ s, parts, groups: groupsIn(s) });
      return;
    }
    const masked = qt.masked.slice(s.start, s.end);
    const cue = !masked.includes(MASK) ? hasCue(masked, W.assessmentCues) : null;
    if (cue && ws.length >= 5) {
      const parts = [{ start: s.start, end: /[.!?]$/.test(text.slice(s.start, s.end)) ? s.end - 1 : s.end }];
      out.push({
        speaker: null,
        speakerText: doc.meta.outlet.value ?? 'the report',
        speakerSpan: null,
        content: parts[0],
        kind: 'assessment',
        about: aboutOf(mentions, parts, new Set()),
        form: 'assessment',
        evidence: [{ start: s.start, end: s.end }],
        why: { rule: 'outlet-assessment', note: `unattributed sentence with cue "${cue}"` },
      });
    }
  });
  return out;
}
