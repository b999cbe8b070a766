/** Small pieces several views share: entity links, source links, an event's one-line label. */
import { docsOf, nameOf, type SharedData, type SituationEvent } from '../api.ts';
import { href } from '../router.ts';

export function EntityLink({ data, id }: { data: SharedData; id: string }) {
  return <a href={href('entity', id)} class="entity-link">{nameOf(data, id)}</a>;
}

export function EntityList({ data, ids }: { data: SharedData; ids: string[] }) {
  return (
    <>
      {ids.map((id, i) => (
        <span key={id}>{i > 0 && ', '}<EntityLink data={data} id={id} /></span>
      ))}
    </>
  );
}

/** Links to the reports a fact comes from, opening the reader on that fact. */
export function SourceLinks({ data, docs, fact }: { data: SharedData; docs: string[]; fact?: string }) {
  return (
    <span class="sources">
      {docs.map((d) => {
        const doc = data.documentById.get(d);
        return (
          <a key={d} class="source-link" href={href('doc', d, fact ? { fact } : undefined)} title={doc?.title ?? d}>
            {doc?.outlet ?? d}{doc?.published ? ` ${doc.published}` : ''}
          </a>
        );
      })}
    </span>
  );
}

export const CAMEO_VIOLENT = (cameo: string) => Number(cameo.slice(0, 2)) >= 18;

/** One event described in a line: date, type, who, where, toll, sources. */
export function EventLine({ data, ev }: { data: SharedData; ev: SituationEvent }) {
  return (
    <div class="event-line" data-event={ev.id}>
      <span class="date">{ev.date ?? 'undated'}</span>
      <strong class={CAMEO_VIOLENT(ev.cameo) ? 'violent' : ''}>{ev.type}</strong>
      {ev.actors.length > 0 && <> by <EntityList data={data} ids={ev.actors} /></>}
      {ev.targets.length > 0 && <> against <EntityList data={data} ids={ev.targets} /></>}
      {ev.locations.length > 0 && <> in <EntityList data={data} ids={ev.locations} /></>}
      {ev.killed != null && <span class="toll"> · {ev.killed} killed</span>}
      {ev.wounded != null && <span class="toll"> · {ev.wounded} wounded</span>}
      {ev.singleSource && <span class="flag single">single source</span>}
      {' '}<SourceLinks data={data} docs={docsOf(ev)} fact={`event:${ev.id}`} />
    </div>
  );
}
