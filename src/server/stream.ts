/**
 * GET /api/version-stream: server-sent events that tell open pages the store changed, so the
 * views reload their data after an ingest (from the page, the CLI or another process).
 * Each message is `event: version` with `data: {"version": N}`; a comment line every 15 s
 * keeps proxies from closing the connection.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SECURITY_HEADERS } from './http.ts';

/** How often the store's version is checked, in milliseconds. */
export const STREAM_POLL_MS = 1000;

export function versionStream(req: IncomingMessage, res: ServerResponse, version: () => Promise<number>): void {
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  let last = -1;
  let ticks = 0;
  let stopped = false;
  const check = async () => {
    if (stopped) return;
    try {
      const v = await version();
      if (v !== last) {
        last = v;
        res.write(`event: version\ndata: ${JSON.stringify({ version: v })}\n\n`);
      } else if (++ticks % 15 === 0) res.write(': keep-alive\n\n');
    } catch {
      stop();
      res.end();
    }
  };
  const timer = setInterval(check, STREAM_POLL_MS);
  const stop = () => {
    stopped = true;
    clearInterval(timer);
  };
  req.on('close', stop);
  res.on('close', stop);
  void check();
}
