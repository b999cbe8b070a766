/**
 * sitrep as a library: the whole public surface. Everything else under src/ is internal.
 *
 *   import { Sitrep } from 'sitrep';
 *   const app = await Sitrep.open({ db: 'news.db' });
 *   await app.ingest(['reports/']);
 *   const situation = await app.situation();
 */
export { Sitrep, docIdOf } from './core/sitrep.ts';
export type { SitrepOptions, IngestEvent, IngestSummary, IngestOptions } from './core/sitrep.ts';
export { SitrepError, ERROR_CODES, isSitrepError } from './core/errors.ts';
export type { ErrorCode } from './core/errors.ts';
export { checkOrder, runPipeline, pipelineVersion } from './core/pipeline.ts';
export type { Stage, Resources } from './core/pipeline.ts';
export { STAGES } from './pipeline/stages.ts';
export { buildSituation } from './situation/build.ts';
export { openStore } from './store/index.ts';
export type { Store, Decision, DocumentSummary, SearchHit } from './store/store.ts';
export type * from './core/types.ts';
