import { useEffect, useState } from 'preact/hooks';
import { askBackground } from '../../messaging/client';
import type { TopicInfo } from '../../messaging/protocol';
import { resolveLang, t } from '../i18n';

/** The toolbar popup. */
export function PopupApp() {
  const lang = resolveLang('auto');
  const [topics, setTopics] = useState<TopicInfo[] | undefined>();
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t(lang, 'popupTitle');
    void askBackground({ type: 'topics/list' }).then((reply) => {
      if (reply.ok) setTopics(reply.topics);
      else setError(t(lang, 'errorBackground', reply.error.message));
    });
  }, [lang]);

  return (
    <main>
      <h1>{t(lang, 'popupTitle')}</h1>
      <h2>{t(lang, 'topicsHeading')}</h2>
      {error && <p role="alert">{error}</p>}
      {!topics && !error && <p>{t(lang, 'loading')}</p>}
      {topics && (
        <ul>
          {topics.map((topic) => (
            <li key={topic.id} data-topic={topic.id}>
              <strong>{topic.name[lang]}</strong> — {topic.description[lang]}
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
