/**
 * The bundled claim data in one object: what `createClaimStore()` is built from by default.
 */
import type { ClaimBundle } from './schema';
import { SOURCE } from './source';
import { SPEAKERS } from './speakers';
import { VIEWPOINTS } from './viewpoints';

export const CLAIM_DATA: ClaimBundle = {
  source: SOURCE,
  speakers: SPEAKERS,
  viewpoints: VIEWPOINTS,
};
