/**
 * A sample sentence that shows the four topics as pages will show them: the same declarations
 * the content script's style sheet uses (src/settings/highlight-palette.ts), and no highlight on
 * a topic that is switched off.
 */
import { highlightDeclarations } from '../../settings/highlight-palette';
import type { Settings } from '../../settings/schema';
import { getTopic, type Lang, TOPIC_IDS, type TopicId } from '../../topics/topics';
import { t } from '../i18n';

/** The sample sentence split into text and topic mentions, from the `optSampleSentence` template. */
export function sampleParts(lang: Lang): Array<string | { topicId: TopicId; text: string }> {
  // `t` leaves `$n` in place when no substitution is given, which is the template itself.
  const template = t(lang, 'optSampleSentence');
  return template
    .split(/(\$\d)/)
    .filter((part) => part !== '')
    .map((part) => {
      const slot = /^\$(\d)$/.exec(part);
      const topicId = slot ? TOPIC_IDS[Number(slot[1]) - 1] : undefined;
      if (!topicId) return part;
      const text =
        topicId === 'distillation' ? t(lang, 'optSampleDistillation') : (getTopic(topicId)?.name[lang] ?? '');
      return { topicId, text };
    });
}

function cssText(declarations: Record<string, string>): string {
  return Object.entries(declarations)
    .map(([property, value]) => `${property}: ${value}`)
    .join('; ');
}

/** The preview figure. */
export function HighlightPreview({ lang, settings }: { lang: Lang; settings: Settings }) {
  return (
    <figure class="preview">
      <figcaption>{t(lang, 'optPreview')}</figcaption>
      <p class="preview-text">
        {sampleParts(lang).map((part, index) =>
          typeof part === 'string' ? (
            part
          ) : (
            <span
              key={index}
              data-topic={part.topicId}
              style={
                settings.topics[part.topicId]
                  ? cssText(highlightDeclarations(settings.highlightStyle, settings.topicColors[part.topicId]))
                  : undefined
              }
            >
              {part.text}
            </span>
          ),
        )}
      </p>
    </figure>
  );
}
