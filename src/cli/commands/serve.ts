/** `sitrep serve`: the local web app and its JSON API over a store. */
import type { Command } from '../command.ts';
import { DB_OPTION } from '../command.ts';
import { Sitrep } from '../../core/sitrep.ts';
import { SitrepError } from '../../core/errors.ts';
import { startServer, SERVE_DEFAULTS } from '../../server/server.ts';
import { DEFAULT_WEB_ROOT, webAppBuilt } from '../../server/static.ts';
import { isLoopbackHost } from '../../server/http.ts';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'open the web app (timeline, network, map, reader) and the JSON API',
  usage: 'sitrep serve [--db FILE] [--port N] [--host 127.0.0.1] [--allow-ingest]',
  options: {
    ...DB_OPTION,
    port: { type: 'string', description: 'port to listen on (0 picks a free one)', placeholder: 'N', default: String(SERVE_DEFAULTS.port) },
    host: { type: 'string', description: 'address to bind; keep the loopback default unless you mean to share', placeholder: 'ADDR', default: SERVE_DEFAULTS.host },
    'allow-ingest': { type: 'boolean', description: 'let the page add reports (POST /api/ingest); read-only otherwise' },
    'max-body': { type: 'string', description: 'largest request body in bytes', placeholder: 'N', default: String(SERVE_DEFAULTS.maxBody) },
  },
  details: `
The API is documented in docs/api.md. The server is read-only unless --allow-ingest, and binds
127.0.0.1 unless told otherwise. Stop it with Ctrl-C.

examples:
  sitrep serve --db sitrep.db
  sitrep serve --port 9000 --allow-ingest`,
  async run({ values }, io) {
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new SitrepError('bad-usage', `--port must be 0–65535, not '${values.port}'`);
    const maxBody = Number(values['max-body']);
    if (!Number.isFinite(maxBody) || maxBody <= 0) throw new SitrepError('bad-usage', `--max-body must be a positive number`);
    const host = String(values.host);
    const app = await Sitrep.open({ db: values.db as string, debug: values.debug ? io.err : undefined });
    if (!webAppBuilt(DEFAULT_WEB_ROOT)) {
      io.err(`sitrep serve: the web app is not built (no ${DEFAULT_WEB_ROOT}/index.html). Run 'npm run build:web' (npm ci runs it). Serving the API only.`);
    }
    if (!isLoopbackHost(host)) io.err(`sitrep serve: warning: binding ${host} makes the app reachable from other machines`);
    const running = await startServer({ app, host, port, allowIngest: Boolean(values['allow-ingest']), maxBody });
    io.out(`sitrep: serving ${app.store.location} at ${running.url}/ (${values['allow-ingest'] ? 'ingest allowed' : 'read-only'}); Ctrl-C to stop`);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await running.close();
    await app.close();
    return 0;
  },
};
