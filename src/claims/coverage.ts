/**
 * Coverage map of the article: which lines hold no viewpoint, and why. Together with the viewpoints'
 * `paragraph` fields it accounts for every line, so a reviewer can see that nothing was skipped.
 */
import type { Viewpoint } from './schema';

/** Lines in the article file (tests/fixtures/article.zh.txt); line 29 is the site's footer. */
export const ARTICLE_LINE_COUNT = 29;

export interface UncoveredParagraph {
  readonly paragraph: number;
  readonly reason: { readonly en: string };
}

/** Lines that no viewpoint references, each with the reason it holds none. */
export const UNCOVERED_PARAGRAPHS: readonly UncoveredParagraph[] = [
  {
    paragraph: 6,
    reason: {
      en:
        'Section heading posed as a question ("后来者占了创新者的便宜?", did latecomers take advantage of ' +
        "innovators?); it asserts nothing itself, and the section's claims are in paragraphs 7–12.",
    },
  },
  {
    paragraph: 29,
    reason: {
      en:
        'The site\'s disclaimer footer (reprint notice, copyright contact, "does not represent ' +
        'Yanhuang\'s position"); it says nothing about the topics and only names the publisher.',
    },
  },
];

/** Lists every coverage problem: lines neither quoted nor explained, or both, or out of range. */
export function checkCoverage(
  lineCount: number,
  viewpoints: readonly Pick<Viewpoint, 'id' | 'paragraph'>[],
  uncovered: readonly UncoveredParagraph[],
): string[] {
  const problems: string[] = [];
  const referenced = new Set<number>();
  for (const vp of viewpoints) {
    if (vp.paragraph < 1 || vp.paragraph > lineCount) {
      problems.push(`viewpoint ${vp.id} points at paragraph ${vp.paragraph}, outside 1..${lineCount}`);
    }
    referenced.add(vp.paragraph);
  }
  const listed = new Set<number>();
  for (const entry of uncovered) {
    if (entry.paragraph < 1 || entry.paragraph > lineCount) {
      problems.push(`coverage map lists paragraph ${entry.paragraph}, outside 1..${lineCount}`);
    }
    if (listed.has(entry.paragraph)) {
      problems.push(`coverage map lists paragraph ${entry.paragraph} twice`);
    }
    listed.add(entry.paragraph);
    if (entry.reason.en.trim() === '') {
      problems.push(`coverage map gives no reason for paragraph ${entry.paragraph}`);
    }
  }
  for (let p = 1; p <= lineCount; p++) {
    const isReferenced = referenced.has(p);
    const isListed = listed.has(p);
    if (!isReferenced && !isListed) {
      problems.push(`paragraph ${p} is neither referenced by a viewpoint nor listed with a reason`);
    } else if (isReferenced && isListed) {
      problems.push(`paragraph ${p} is referenced by a viewpoint and also listed as holding none`);
    }
  }
  return problems;
}
