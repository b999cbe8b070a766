/**
 * Live updates: follows the store version through /api/version-stream (server-sent events),
 * falling back to polling /api/version, so every view reloads after an ingest.
 */
import { useEffect, useState } from 'preact/hooks';
import { api } from './api.ts';

export function useStoreVersion(): number | null {
  const [version, setVersion] = useState<number | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setInterval> | null = null;
    const poll = () => api<{ version: number }>('/api/version').then((v) => setVersion(v.version)).catch(() => {});
    if (typeof EventSource === 'undefined') {
      void poll();
      timer = setInterval(poll, 3000);
      return () => clearInterval(timer!);
    }
    const es = new EventSource('/api/version-stream');
    es.addEventListener('version', (ev) => {
      const v = JSON.parse((ev as MessageEvent).data).version;
      if (typeof v === 'number') setVersion(v);
    });
    es.onerror = () => {
      if (!timer) timer = setInterval(poll, 3000);
    };
    void poll();
    return () => {
      es.close();
      if (timer) clearInterval(timer);
    };
  }, []);
  return version;
}
