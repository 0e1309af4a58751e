/**
 * What the highlight settings look like: the colour of each palette entry and the CSS of a
 * highlight style. Pure (no DOM): the content script turns it into a style sheet
 * (src/page/highlight-style.ts) and the options page into its preview, so both show the same.
 *
 * Colours are the Okabe–Ito palette (Okabe & Ito 2008), chosen to stay distinct under the
 * common colour-vision deficiencies, plus a neutral grey. A translucent background with a solid
 * underline reads on light and dark pages alike. `entrypoints/content/highlights.css` holds the
 * defaults as manifest CSS; a unit test keeps it equal to `highlightCss(DEFAULT_SETTINGS)`.
 */
import { TOPIC_IDS, type TopicId } from '../topics/topics';
import { DEFAULT_SETTINGS, type HighlightColor, type Settings } from './schema';

export interface Swatch {
  /** Background of the `background` and `both` styles; translucent so the text stays readable. */
  background: string;
  /** Underline colour of the `underline` and `both` styles. */
  line: string;
}

export const PALETTE: Readonly<Record<HighlightColor, Swatch>> = Object.freeze({
  blue: { background: 'rgb(86 180 233 / 0.3)', line: 'rgb(0 114 178)' },
  green: { background: 'rgb(0 158 115 / 0.28)', line: 'rgb(0 158 115)' },
  orange: { background: 'rgb(230 159 0 / 0.3)', line: 'rgb(213 94 0)' },
  purple: { background: 'rgb(204 121 167 / 0.3)', line: 'rgb(204 121 167)' },
  vermilion: { background: 'rgb(213 94 0 / 0.22)', line: 'rgb(213 94 0)' },
  grey: { background: 'rgb(128 128 128 / 0.25)', line: 'rgb(128 128 128)' },
});

/** The declarations of one highlight, as CSS property → value (property names in CSS spelling). */
export function highlightDeclarations(
  style: Settings['highlightStyle'],
  color: HighlightColor,
): Record<string, string> {
  const swatch = PALETTE[color];
  // Every style sets both properties, so that a rule from this sheet fully replaces the manifest
  // default instead of mixing with it.
  return {
    'background-color': style === 'underline' ? 'transparent' : swatch.background,
    'text-decoration': style === 'background' ? 'none' : `underline 2px ${swatch.line}`,
    'text-underline-offset': '2px',
  };
}

/** The `::highlight()` rule of one topic under these settings. */
export function topicHighlightRule(
  topicId: TopicId,
  settings: Pick<Settings, 'highlightStyle' | 'topicColors'>,
  selector = `::highlight(viewpoint-lens-${topicId})`,
): string {
  const body = Object.entries(highlightDeclarations(settings.highlightStyle, settings.topicColors[topicId]))
    .map(([property, value]) => `  ${property}: ${value};`)
    .join('\n');
  return `${selector} {\n${body}\n}`;
}

/** True when these settings look exactly like the manifest defaults (no extra style sheet needed). */
export function isDefaultHighlightLook(settings: Pick<Settings, 'highlightStyle' | 'topicColors'>): boolean {
  return (
    settings.highlightStyle === DEFAULT_SETTINGS.highlightStyle &&
    TOPIC_IDS.every((id) => settings.topicColors[id] === DEFAULT_SETTINGS.topicColors[id])
  );
}

/**
 * The style sheet that shows these settings on a page. The selector matches every element with
 * one class more specificity than the manifest's bare `::highlight()`, so it wins wherever the
 * browser orders the two sheets.
 */
export function highlightCss(settings: Pick<Settings, 'highlightStyle' | 'topicColors'>): string {
  return TOPIC_IDS.map((id) =>
    topicHighlightRule(id, settings, `:is(:root, :root *)::highlight(viewpoint-lens-${id})`),
  ).join('\n');
}
