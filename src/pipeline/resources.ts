/**
 * Loads the data files every stage reads (actor dictionary, gazetteer, verb lexicon...), once,
 * validating each at load. Each area registers its loader here under one key.
 */
import type { Resources } from '../core/pipeline.ts';
import { loadEntityLexicon } from '../entities/lexicon.ts';

let cached: Resources | null = null;

export function loadResources(): Resources {
  if (cached) return cached;
  const resources: Resources = {};
  resources.entityLexicon = loadEntityLexicon();
  cached = resources;
  return resources;
}
