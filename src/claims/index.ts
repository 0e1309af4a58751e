/**
 * Public surface of the claim layer: data, schemas, folding, search and the store.
 */

export type { UncoveredParagraph } from './coverage';
export { ARTICLE_LINE_COUNT, checkCoverage, UNCOVERED_PARAGRAPHS } from './coverage';
export { CLAIM_DATA } from './data';
export { foldCodeUnit, foldText } from './fold';
export * from './schema';
export type { SearchField, SearchIndex, SearchMatch, SearchOptions, SearchResult } from './search';
export { createSearchIndex, DEFAULT_SEARCH_LIMIT } from './search';
export { SOURCE } from './source';
export { SPEAKERS } from './speakers';
export type { ClaimStore, ClaimStoreInput } from './store';
export { ClaimDataError, checkClaimIntegrity, createClaimStore } from './store';
export type { ThemeId } from './themes';
export { THEME_IDS, THEME_LABELS } from './themes';
export { VIEWPOINTS } from './viewpoints';
