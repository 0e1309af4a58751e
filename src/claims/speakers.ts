/**
 * Everyone the article quotes or reports, named exactly as the article names them. No invented
 * titles or identities: 卡斯 is romanised as "Kasi" because the article gives no other name.
 */
import type { Speaker } from './schema';

export const SPEAKERS: readonly Speaker[] = [
  { id: 'kasi', zh: '卡斯', en: 'Kasi', kind: 'person' },
  {
    id: 'sam-altman',
    zh: '萨姆·奥特曼',
    // The article gives the English name itself: 萨姆·奥特曼(Sam Altman).
    en: 'Sam Altman',
    kind: 'person',
    // Paragraph 8, verbatim: "OpenAI联合创始人兼CEO".
    described: { zh: 'OpenAI联合创始人兼CEO', en: 'OpenAI co-founder and CEO' },
  },
  { id: 'goldman-sachs', zh: '高盛', en: 'Goldman Sachs', kind: 'organisation' },
  { id: 'openai', zh: 'OpenAI', en: 'OpenAI', kind: 'organisation' },
  { id: 'media-reports', zh: '媒体报道', en: 'media reports', kind: 'media' },
  { id: 'industry-veteran', zh: '一位行业资深人士', en: 'an industry veteran', kind: 'anonymous' },
  { id: 'the-article', zh: '本文', en: 'the article', kind: 'article' },
];
