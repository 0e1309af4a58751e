/**
 * One list of site rules: the sites with a Remove button each, and a small form that adds one
 * (Enter or the Add button). Mistakes are explained next to the field, never silently dropped.
 */
import type { ComponentChildren } from 'preact';
import { useId, useRef, useState } from 'preact/hooks';
import { MAX_SITES } from '../../settings/schema';
import type { Lang } from '../../topics/topics';
import { t } from '../i18n';
import { addSite, parseSiteInput } from './site-input';

interface SiteListEditorProps {
  lang: Lang;
  legend: string;
  sites: readonly string[];
  onChange: (sites: string[]) => void;
  /** Shown under the legend (e.g. the "only these sites" switch). */
  children?: ComponentChildren;
  /** `data-list` of the fieldset, for tests and styling. */
  list: string;
  /** Id of the hint that explains what a site name is (shared by both lists). */
  hintId: string;
}

/** Edits one list of host names. */
export function SiteListEditor({ lang, legend, sites, onChange, children, list, hintId }: SiteListEditorProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | undefined>();

  const add = (event: Event) => {
    event.preventDefault();
    // Read from the field itself: a paste followed at once by Enter may not have re-rendered yet.
    const typed = input.current?.value ?? draft;
    const parsed = parseSiteInput(typed);
    if (!parsed.ok) {
      setError(parsed.reason === 'empty' ? t(lang, 'optSiteEmpty') : t(lang, 'optSiteInvalid', typed.trim()));
      input.current?.focus();
      return;
    }
    const added = addSite(sites, parsed.host);
    if (!added.ok) {
      setError(
        added.reason === 'duplicate' ? t(lang, 'optSiteDuplicate', parsed.host) : t(lang, 'optSiteListFull', MAX_SITES),
      );
      input.current?.focus();
      return;
    }
    setError(undefined);
    setDraft('');
    onChange(added.sites);
  };

  const remove = (host: string, index: number) => {
    onChange(sites.filter((site) => site !== host));
    // Focus would fall to <body> with the removed button: keep it in the list instead.
    requestAnimationFrame(() => {
      const buttons = document.querySelectorAll<HTMLButtonElement>(`[data-list="${list}"] .site-remove`);
      (buttons[Math.min(index, buttons.length - 1)] ?? input.current)?.focus();
    });
  };

  return (
    <fieldset class="group sites" data-list={list}>
      <legend>{legend}</legend>
      {children}
      {sites.length === 0 ? (
        <p class="hint empty">{t(lang, 'optNoSites')}</p>
      ) : (
        <ul class="site-list">
          {sites.map((host, index) => (
            <li key={host}>
              <span class="site-name">{host}</span>
              <button
                type="button"
                class="site-remove"
                aria-label={t(lang, 'optRemoveSite', host)}
                onClick={() => remove(host, index)}
              >
                {t(lang, 'optRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="site-add" onSubmit={add} noValidate>
        <label for={`${id}-input`}>{t(lang, 'optSiteInput')}</label>
        <input
          ref={input}
          id={`${id}-input`}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder="example.com"
          value={draft}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={`${hintId}${error ? ` ${id}-error` : ''}`}
          onInput={(event) => {
            setDraft(event.currentTarget.value);
            if (error) setError(undefined);
          }}
        />
        <button type="submit">{t(lang, 'optAdd')}</button>
        {error && (
          <p class="error" id={`${id}-error`} role="alert">
            {error}
          </p>
        )}
      </form>
    </fieldset>
  );
}
