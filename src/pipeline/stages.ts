/**
 * The per-report pipeline, in order. Each stage lives in its own folder; this list is the one
 * place that says which run and in what order (checked by checkOrder before anything runs).
 */
import type { Stage } from '../core/pipeline.ts';
import { sentencesStage, tokensStage } from '../nlp/stages.ts';
import { mentionsStage } from '../entities/stage.ts';
import { claimsStage } from '../claims/stage.ts';
import { timexesStage } from '../dates/stage.ts';
import { eventsStage } from '../events/stage.ts';
import { relationsStage } from '../relations/stage.ts';

export const STAGES: Stage[] = [sentencesStage, tokensStage, mentionsStage, timexesStage, eventsStage, relationsStage, claimsStage];
