/**
 * Export, import and reset. Export is a download made in the page (object URL + <a download>),
 * no network. Import changes nothing until the whole file is valid, and names every problem.
 * Reset asks first, in the page (window.confirm blocks every tab and cannot be styled or translated).
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '../../settings/schema';
import type { Lang } from '../../topics/topics';
import { t } from '../i18n';
import {
  checkSettingsFileSize,
  describeImportProblem,
  type ImportProblem,
  parseSettingsFile,
  settingsFileContent,
  settingsFileName,
} from './settings-file';

interface BackupSectionProps {
  lang: Lang;
  settings: Settings;
  /** Stores a whole settings object; resolves once it is stored, rejects when it is not. */
  replaceAll: (settings: Settings) => Promise<void>;
  /** Shows a short message in the page's status line. */
  announce: (message: string) => void;
}

/** The "Back up, restore, reset" section. */
export function BackupSection({ lang, settings, replaceAll, announce }: BackupSectionProps) {
  const id = useId();
  const [problems, setProblems] = useState<{ file: string; list: ImportProblem[] } | undefined>();
  const [confirming, setConfirming] = useState(false);
  const resetButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    // Focus follows the confirmation step: onto its safe choice, then back to where it started.
    if (confirming) cancelButton.current?.focus();
    else if (returnFocus.current) resetButton.current?.focus();
    returnFocus.current = false;
  }, [confirming]);

  const exportSettings = () => {
    const name = settingsFileName();
    const url = URL.createObjectURL(new Blob([settingsFileContent(settings)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    // Revoking at once can cancel the download in some browsers; a minute is plenty.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    announce(t(lang, 'optExported', name));
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) fires a change.
    input.value = '';
    if (!file) return;
    const tooLarge = checkSettingsFileSize(file.size);
    const result = tooLarge ? { ok: false as const, problems: [tooLarge] } : parseSettingsFile(await file.text());
    if (!result.ok) {
      setProblems({ file: file.name, list: result.problems });
      return;
    }
    setProblems(undefined);
    try {
      await replaceAll(result.settings);
      announce(t(lang, 'optImported', file.name));
    } catch {
      // replaceAll has already said why.
    }
  };

  const reset = async () => {
    returnFocus.current = true;
    setConfirming(false);
    try {
      await replaceAll(structuredClone(DEFAULT_SETTINGS));
      announce(t(lang, 'optResetDone'));
    } catch {
      // replaceAll has already said why.
    }
  };

  return (
    <section class="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t(lang, 'optBackupHeading')}</h2>
      <div class="row">
        <button type="button" onClick={exportSettings}>
          {t(lang, 'optExport')}
        </button>
      </div>
      <div class="field file">
        <label for={`${id}-file`}>{t(lang, 'optImport')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          aria-describedby={problems ? `${id}-problems` : undefined}
          onChange={(event) => void importFile(event.currentTarget)}
        />
      </div>
      {problems && (
        <div class="problems" id={`${id}-problems`} role="alert">
          <p>{t(lang, 'optImportFailed', problems.file)}</p>
          <ul>
            {problems.list.map((problem, index) => (
              <li key={index}>{describeImportProblem(lang, problem)}</li>
            ))}
          </ul>
        </div>
      )}
      <div class="row">
        <button
          type="button"
          ref={resetButton}
          aria-expanded={confirming}
          aria-controls={confirming ? `${id}-confirm` : undefined}
          onClick={() => setConfirming(true)}
        >
          {t(lang, 'optReset')}
        </button>
      </div>
      {confirming && (
        <fieldset
          class="confirm"
          id={`${id}-confirm`}
          onKeyDown={(event) => {
            // Escape anywhere in the step cancels it, as in a dialog.
            if (event.key === 'Escape') {
              returnFocus.current = true;
              setConfirming(false);
            }
          }}
        >
          <legend>{t(lang, 'optResetConfirmText')}</legend>
          <div class="row">
            <button type="button" class="danger" onClick={() => void reset()}>
              {t(lang, 'optResetConfirm')}
            </button>
            <button
              type="button"
              ref={cancelButton}
              onClick={() => {
                returnFocus.current = true;
                setConfirming(false);
              }}
            >
              {t(lang, 'optCancel')}
            </button>
          </div>
        </fieldset>
      )}
    </section>
  );
}
