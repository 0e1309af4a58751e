import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../settings/schema';
import { loadSettings, updateSettings, watchSettings } from '../../settings/storage';
import { TOPICS, type TopicId } from '../../topics/topics';
import { resolveLang, t } from '../i18n';

/** The options page. */
export function OptionsApp() {
  const lang = resolveLang('auto');
  const [settings, setSettings] = useState<Settings | undefined>();

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t(lang, 'optionsTitle');
    const lifetime = new AbortController();
    void loadSettings().then((result) => setSettings(result.settings));
    watchSettings(setSettings, lifetime.signal);
    return () => lifetime.abort();
  }, [lang]);

  const toggleTopic = (id: TopicId, on: boolean) => {
    if (!settings) return;
    void updateSettings({ topics: { ...settings.topics, [id]: on } }).then(setSettings);
  };

  return (
    <main>
      <h1>{t(lang, 'optionsTitle')}</h1>
      {!settings ? (
        <p>{t(lang, 'loading')}</p>
      ) : (
        <fieldset>
          <legend>{t(lang, 'optionsTopicsLegend')}</legend>
          {TOPICS.map((topic) => (
            <label key={topic.id}>
              <input
                type="checkbox"
                name={`topic-${topic.id}`}
                checked={settings.topics[topic.id]}
                onChange={(event) => toggleTopic(topic.id, event.currentTarget.checked)}
              />
              {topic.name[lang]}
            </label>
          ))}
        </fieldset>
      )}
    </main>
  );
}
