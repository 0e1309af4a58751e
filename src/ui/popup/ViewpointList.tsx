/**
 * The lookup's lists of viewpoints: search results grouped by topic, and one topic's viewpoints.
 * Every viewpoint is the shared <ViewpointArticle> as a disclosure (speaker line opens it).
 */
import type { Source } from '../../claims/schema';
import type { SearchHit, TopicInfo, ViewpointView } from '../../messaging/protocol';
import type { Settings } from '../../settings/schema';
import type { Lang, TopicId } from '../../topics/topics';
import { ViewpointArticle } from '../components/ViewpointArticle';
import { t } from '../i18n';
import { groupByTopic } from './results';

interface Shared {
  lang: Lang;
  source: Source;
  quoteFirst: Settings['quoteFirst'];
  expanded: ReadonlySet<string>;
  onToggle: (viewpointId: string) => void;
}

/**
 * A hit found only through its topic tags (a search for 蒸馏 finds Altman's "no plan to sue" through
 * its distillation tag): the tags, the matched ones marked, so that the reader sees why it is here.
 */
function TagNote({ hit, topics, lang }: { hit: SearchHit; topics: ReadonlyMap<TopicId, TopicInfo>; lang: Lang }) {
  if (hit.matches.length === 0 || hit.matches.some((m) => m.field !== 'topic')) return null;
  const matched = new Set(hit.matches.map((m) => m.text.slice(m.start, m.end).toLowerCase()));
  const named = (topic: TopicInfo) =>
    [topic.name.en, topic.name.zh, ...topic.aliases].some((form) => matched.has(form.toLowerCase()));
  return (
    <p class="vl-tags">
      {t(lang, 'resultsTagged')}{' '}
      {hit.viewpoint.topics.map((id, i) => {
        const topic = topics.get(id);
        const name = topic?.name[lang] ?? id;
        return (
          <span key={id}>
            {i > 0 && ' · '}
            {topic && named(topic) ? <mark>{name}</mark> : name}
          </span>
        );
      })}
    </p>
  );
}

/** Viewpoints as disclosure articles, headings at `headingLevel`. */
export function ViewpointItems({
  items,
  headingLevel,
  topics,
  ...shared
}: Shared & {
  items: readonly (ViewpointView | SearchHit)[];
  headingLevel: 3 | 4;
  topics?: ReadonlyMap<TopicId, TopicInfo>;
}) {
  return (
    <div class="vl-viewpoints">
      {items.map((item) => (
        <ViewpointArticle
          key={item.viewpoint.id}
          view={item}
          source={shared.source}
          lang={shared.lang}
          quoteFirst={shared.quoteFirst}
          matches={'matches' in item ? item.matches : undefined}
          headingLevel={headingLevel}
          expanded={shared.expanded.has(item.viewpoint.id)}
          onToggle={() => shared.onToggle(item.viewpoint.id)}
          note={'matches' in item && topics ? <TagNote hit={item} topics={topics} lang={shared.lang} /> : undefined}
        />
      ))}
    </div>
  );
}

/** Search results under one heading per topic (a viewpoint's main topic), best group first. */
export function GroupedResults({
  hits,
  topics,
  ...shared
}: Shared & { hits: readonly SearchHit[]; topics: ReadonlyMap<TopicId, TopicInfo> }) {
  return (
    <>
      {groupByTopic(hits).map((group) => {
        const name = topics.get(group.topicId)?.name[shared.lang] ?? group.topicId;
        return (
          <section key={group.topicId} class="vl-group" data-group={group.topicId} aria-label={name}>
            <h3 class="vl-group-head">{t(shared.lang, 'resultsGroup', name, group.hits.length)}</h3>
            <ViewpointItems items={group.hits} headingLevel={4} topics={topics} {...shared} />
          </section>
        );
      })}
    </>
  );
}
