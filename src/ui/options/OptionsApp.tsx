/**
 * The options page: every setting, saved as soon as it changes (no Save button), with a short
 * "Saved" in a live region. Open tabs follow through `watchSettings` in the content script.
 * The page's own language and theme follow the `language` and `theme` settings.
 */
import './options.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  HIGHLIGHT_COLORS,
  HIGHLIGHT_STYLES,
  LANGUAGES,
  MAX_HOVER_DELAY_MS,
  MODIFIER_KEYS,
  QUOTE_FIRST,
  type SettingKey,
  type Settings,
  THEMES,
  TRIGGERS,
} from '../../settings/schema';
import { loadSettings, saveSettings, updateSettings, watchSettings } from '../../settings/storage';
import { type Lang, TOPICS } from '../../topics/topics';
import { type MessageKey, resolveLang, t } from '../i18n';
import { BackupSection } from './BackupSection';
import { Checkbox, type Choice, RadioGroup, Select } from './controls';
import { HighlightPreview } from './HighlightPreview';
import { SiteListEditor } from './SiteListEditor';
import { SaveQueue } from './save-queue';
import { settingLabel } from './settings-file';

/** How long "Saved" stays on screen. */
const STATUS_MS = 4000;
const DELAY_STEP_MS = 50;

function choices<T extends string>(lang: Lang, values: readonly T[], prefix: string): Choice<T>[] {
  // Message keys cannot hold hyphens (Chrome's rule), so `hover-modifier` → `…_hovermodifier`.
  return values.map((value) => ({ value, label: t(lang, `${prefix}${value.replace(/-/g, '')}` as MessageKey) }));
}

/** Words for a failed write: the sync quota gets its own advice, anything else its message. */
function saveErrorText(lang: Lang, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return /quota/i.test(message) ? t(lang, 'optSaveQuota') : t(lang, 'optSaveFailed', message);
}

function extensionVersion(): string | undefined {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return undefined;
  }
}

/** The options page. */
export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [repaired, setRepaired] = useState<SettingKey[]>([]);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [delayDraft, setDelayDraft] = useState<number | undefined>();
  const statusTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lang = resolveLang(settings?.language ?? 'auto');
  const langRef = useRef(lang);
  langRef.current = lang;

  const announce = useCallback((message: string) => {
    clearTimeout(statusTimer.current);
    // Emptied first so that the same words twice in a row are announced twice.
    setStatus('');
    requestAnimationFrame(() => setStatus(message));
    statusTimer.current = setTimeout(() => setStatus(''), STATUS_MS);
  }, []);

  const reloadStored = useCallback((queue?: SaveQueue) => {
    void loadSettings().then(({ settings: stored }) => setSettings({ ...stored, ...queue?.pending() }));
  }, []);

  const queue = useMemo(
    () =>
      new SaveQueue(updateSettings, (outcome) => {
        if (outcome.ok) {
          setError(undefined);
          announce(t(langRef.current, 'optSaved'));
        } else {
          setError(saveErrorText(langRef.current, outcome.error));
          // Show what is really stored, not the change that failed.
          reloadStored(queue);
        }
      }),
    [announce, reloadStored],
  );

  useEffect(() => {
    const lifetime = new AbortController();
    void loadSettings().then(async ({ settings: loaded, reset }) => {
      if (lifetime.signal.aborted) return;
      setSettings(loaded);
      if (reset.length === 0) return;
      setRepaired(reset);
      // Store the repaired value, so that the notice is true ("have been reset") and shows once.
      await saveSettings(loaded).catch(() => undefined);
    });
    // Another options page, or an import there: show it, keeping changes not yet written here.
    watchSettings((next) => setSettings({ ...next, ...queue.pending() }), lifetime.signal);
    return () => {
      lifetime.abort();
      void queue.flush();
    };
  }, [queue]);

  useEffect(() => {
    const root = document.documentElement;
    root.lang = lang === 'zh' ? 'zh-CN' : 'en';
    root.dataset.theme = settings?.theme ?? 'auto';
    document.title = t(lang, 'optionsTitle');
  }, [lang, settings?.theme]);

  useEffect(() => setDelayDraft(undefined), [settings?.hoverDelayMs]);

  const change = (patch: Partial<Settings>) => {
    setSettings((current) => current && { ...current, ...patch });
    queue.push(patch);
  };

  const replaceAll = async (next: Settings) => {
    queue.clear();
    await queue.flush();
    setSettings(next);
    try {
      await saveSettings(next);
      setError(undefined);
    } catch (failure) {
      setError(saveErrorText(langRef.current, failure));
      reloadStored();
      throw failure;
    }
  };

  const version = extensionVersion();

  return (
    <main>
      <header class="top">
        <h1>{t(lang, 'optionsTitle')}</h1>
        <p class="status" role="status" aria-live="polite">
          {status}
        </p>
      </header>
      {error && (
        <p class="error banner" role="alert">
          {error}
        </p>
      )}
      {repaired.length > 0 && (
        <div class="notice banner" role="alert">
          <p>
            {t(
              lang,
              'optResetNotice',
              repaired.map((key) => settingLabel(lang, key)).join(t(lang, 'optListSeparator')),
            )}
          </p>
          <button type="button" onClick={() => setRepaired([])}>
            {t(lang, 'optDismiss')}
          </button>
        </div>
      )}
      {!settings ? (
        <p>{t(lang, 'loading')}</p>
      ) : (
        <>
          <fieldset class="panel">
            <legend>{t(lang, 'optGeneralLegend')}</legend>
            <Checkbox
              name="enabled"
              label={t(lang, 'optEnabled')}
              hint={t(lang, 'optEnabledHint')}
              checked={settings.enabled}
              onChange={(enabled) => change({ enabled })}
            />
            <Checkbox
              name="badge"
              label={t(lang, 'optBadge')}
              checked={settings.badge}
              onChange={(badge) => change({ badge })}
            />
            <Checkbox
              name="highlightCode"
              label={t(lang, 'optHighlightCode')}
              checked={settings.highlightCode}
              onChange={(highlightCode) => change({ highlightCode })}
            />
          </fieldset>

          <fieldset class="panel">
            <legend>{t(lang, 'optionsTopicsLegend')}</legend>
            {TOPICS.map((topic) => (
              <Checkbox
                key={topic.id}
                name={`topic-${topic.id}`}
                label={topic.name[lang]}
                hint={topic.description[lang]}
                checked={settings.topics[topic.id]}
                onChange={(on) => change({ topics: { ...settings.topics, [topic.id]: on } })}
              />
            ))}
          </fieldset>

          <fieldset class="panel">
            <legend>{t(lang, 'optLookLegend')}</legend>
            <RadioGroup
              legend={t(lang, 'optStyleLegend')}
              name="highlightStyle"
              value={settings.highlightStyle}
              choices={choices(lang, HIGHLIGHT_STYLES, 'optStyle_')}
              onChange={(highlightStyle) => change({ highlightStyle })}
            />
            <fieldset class="group" aria-describedby="colors-hint">
              <legend>{t(lang, 'optColorsLegend')}</legend>
              <p class="hint" id="colors-hint">
                {t(lang, 'optColorsHint')}
              </p>
              <div class="colors">
                {TOPICS.map((topic) => (
                  <Select
                    key={topic.id}
                    name={`color-${topic.id}`}
                    label={t(lang, 'optColorLabel', topic.name[lang])}
                    value={settings.topicColors[topic.id]}
                    choices={choices(lang, HIGHLIGHT_COLORS, 'optColor_')}
                    onChange={(color) => change({ topicColors: { ...settings.topicColors, [topic.id]: color } })}
                  />
                ))}
              </div>
            </fieldset>
            <HighlightPreview lang={lang} settings={settings} />
          </fieldset>

          <fieldset class="panel">
            <legend>{t(lang, 'optSitesLegend')}</legend>
            <p class="hint" id="sites-hint">
              {t(lang, 'optSiteHint')}
            </p>
            <SiteListEditor
              lang={lang}
              list="denied"
              hintId="sites-hint"
              legend={t(lang, 'optDeniedLegend')}
              sites={settings.deniedSites}
              onChange={(deniedSites) => change({ deniedSites })}
            />
            <SiteListEditor
              lang={lang}
              list="allowed"
              hintId="sites-hint"
              legend={t(lang, 'optAllowedLegend')}
              sites={settings.allowedSites}
              onChange={(allowedSites) => change({ allowedSites })}
            >
              <Checkbox
                name="onlySites"
                label={t(lang, 'optOnlySites')}
                checked={settings.onlySites}
                onChange={(onlySites) => change({ onlySites })}
                hint={
                  settings.onlySites && settings.allowedSites.length === 0 ? t(lang, 'optOnlySitesEmpty') : undefined
                }
              />
            </SiteListEditor>
          </fieldset>

          <fieldset class="panel">
            <legend>{t(lang, 'optCardsLegend')}</legend>
            <RadioGroup
              legend={t(lang, 'optTriggerLegend')}
              name="trigger"
              value={settings.trigger}
              choices={choices(lang, TRIGGERS, 'optTrigger_')}
              onChange={(trigger) => change({ trigger })}
            />
            <Select
              name="modifierKey"
              label={t(lang, 'optModifierKey')}
              value={settings.modifierKey}
              choices={choices(lang, MODIFIER_KEYS, 'optModifier_')}
              disabled={settings.trigger !== 'hover-modifier'}
              onChange={(modifierKey) => change({ modifierKey })}
            />
            <DelayField
              lang={lang}
              value={delayDraft ?? settings.hoverDelayMs}
              onInput={setDelayDraft}
              onCommit={(hoverDelayMs) => change({ hoverDelayMs })}
            />
            <Select
              name="language"
              label={t(lang, 'optLanguage')}
              value={settings.language}
              choices={choices(lang, LANGUAGES, 'optLanguage_')}
              onChange={(language) => change({ language })}
            />
            <RadioGroup
              legend={t(lang, 'optQuoteFirstLegend')}
              name="quoteFirst"
              value={settings.quoteFirst}
              choices={choices(lang, QUOTE_FIRST, 'optQuoteFirst_')}
              onChange={(quoteFirst) => change({ quoteFirst })}
            />
            <RadioGroup
              legend={t(lang, 'optThemeLegend')}
              name="theme"
              value={settings.theme}
              choices={choices(lang, THEMES, 'optTheme_')}
              onChange={(theme) => change({ theme })}
            />
          </fieldset>

          <BackupSection lang={lang} settings={settings} replaceAll={replaceAll} announce={announce} />
        </>
      )}

      <section class="panel about" aria-labelledby="about-heading">
        <h2 id="about-heading">{t(lang, 'optAboutHeading')}</h2>
        <p>{t(lang, 'optAboutSource')}</p>
        <p>{t(lang, 'optAboutPrivacy')}</p>
        {version && <p class="hint">{t(lang, 'optVersion', version)}</p>}
      </section>
    </main>
  );
}

interface DelayFieldProps {
  lang: Lang;
  value: number;
  onInput: (ms: number) => void;
  onCommit: (ms: number) => void;
}

/** The hover delay slider: shows every step while it moves, stores when it is let go. */
function DelayField({ lang, value, onInput, onCommit }: DelayFieldProps) {
  const text = t(lang, 'optMs', value);
  return (
    <div class="field range">
      <label for="hover-delay">{t(lang, 'optHoverDelay')}</label>
      <input
        id="hover-delay"
        name="hoverDelayMs"
        type="range"
        min={0}
        max={MAX_HOVER_DELAY_MS}
        step={DELAY_STEP_MS}
        value={value}
        aria-valuetext={text}
        onInput={(event) => onInput(Number(event.currentTarget.value))}
        onChange={(event) => onCommit(Number(event.currentTarget.value))}
      />
      {/* Only for the eye: the slider itself tells assistive technology its value (aria-valuetext). */}
      <span class="range-value" aria-hidden="true">
        {text}
      </span>
    </div>
  );
}
