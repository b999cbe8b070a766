/** Adding reports from the page (server started with --allow-ingest): paste, upload or URL. */
import { useState } from 'preact/hooks';
import { api } from '../../api.ts';
import { href } from '../../router.ts';

interface IngestEvent { kind: 'stored' | 'skipped' | 'rejected'; source: string; id?: string; reason?: string; duplicateOf?: string | null }

export function AddView({ allowed }: { allowed: boolean }) {
  const [events, setEvents] = useState<IngestEvent[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!allowed) return <p>This server is read-only. Start it with <code>sitrep serve --allow-ingest</code> to add reports here.</p>;
  const send = async (body: unknown) => {
    setBusy(true);
    setError(null);
    try {
      const r = await api<{ events: IngestEvent[] }>('/api/ingest', body);
      setEvents((old) => [...r.events, ...old]);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const field = (form: HTMLFormElement, name: string) => (form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '';
  return (
    <section class="add">
      <h1>Add reports</h1>
      <form class="paste" onSubmit={(e) => {
        e.preventDefault();
        const f = e.currentTarget as HTMLFormElement;
        void send({ text: field(f, 'text'), title: field(f, 'title'), outlet: field(f, 'outlet'), published: field(f, 'published') });
      }}>
        <h2>Paste a report</h2>
        <input name="title" placeholder="title (optional)" /> <input name="outlet" placeholder="outlet (optional)" />{' '}
        <input name="published" placeholder="YYYY-MM-DD (optional)" pattern="\d{4}-\d{2}-\d{2}" />
        <textarea name="text" rows={8} required placeholder="the report's text" />
        <button type="submit" disabled={busy}>Add</button>
      </form>
      <form class="upload" onSubmit={async (e) => {
        e.preventDefault();
        const input = (e.currentTarget as HTMLFormElement).elements.namedItem('files') as HTMLInputElement;
        const files = await Promise.all([...(input.files ?? [])].map(async (f) => ({ name: f.name, text: await f.text() })));
        void send({ files });
      }}>
        <h2>Upload files</h2>
        <p class="muted">.txt, .md, .html, .json or .jsonl; at most 2 MB in all.</p>
        <input type="file" name="files" multiple accept=".txt,.md,.html,.htm,.json,.jsonl" /> <button type="submit" disabled={busy}>Upload</button>
      </form>
      <form class="url" onSubmit={(e) => { e.preventDefault(); void send({ url: field(e.currentTarget as HTMLFormElement, 'url') }); }}>
        <h2>Fetch a URL</h2>
        <input name="url" type="url" placeholder="https://… (a page or an RSS/Atom feed)" /> <button type="submit" disabled={busy}>Fetch</button>
      </form>
      {busy && <p class="muted">Working…</p>}
      {error && <p class="error" data-testid="ingest-error">{error}</p>}
      <ul class="ingest-events" data-testid="ingest-events">
        {events.map((ev, i) => (
          <li key={i} class={ev.kind}>{ev.kind}: {ev.source}
            {ev.id && <> → <a href={href('doc', ev.id)}>{ev.id}</a></>}
            {ev.duplicateOf && <> (republishes {ev.duplicateOf})</>}{ev.reason && <> ({ev.reason})</>}
          </li>
        ))}
      </ul>
    </section>
  );
}
