import { useRef, useState } from 'react';
import { useMessages } from '../../i18n/locale.ts';
import { FilePicker } from '../FilePicker.tsx';
import type { ImportMode } from '../importStudy.ts';
import { importFiles, type PendingImport } from './importFiles.ts';
import { ImportMapping } from './ImportMapping.tsx';

/**
 * The import buttons: files (a CSV, the app's JSON, Keras Tuner trial.json files) or a whole
 * Keras Tuner project folder, then the column-mapping step when the names leave a choice.
 */
export function ImportControls({ mode }: { readonly mode: ImportMode }) {
  const t = useMessages();
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<PendingImport | null>(null);
  const pick = (files: { text: string; name: string }[]) => {
    setPending(null);
    importFiles(files, mode, setPending);
  };
  return (
    <>
      <FilePicker
        ref={filesInput}
        accept=".csv,.tsv,.txt,.json,text/csv,text/plain,application/json"
        testId="share-import-csv"
        multiple
        onFiles={pick}
      />
      <FilePicker ref={folderInput} accept="" testId="share-import-folder" folder onFiles={pick} />
      <div className="share-buttons">
        <button type="button" onClick={() => filesInput.current?.click()}>
          {t.shareImportLabel}
        </button>
        <button type="button" onClick={() => folderInput.current?.click()}>
          {t.shareImportFolder}
        </button>
      </div>
      <p className="hint">{t.shareImportToolsHint}</p>
      {pending && (
        <ImportMapping
          key={`${pending.name}-${pending.table.rows.length}`}
          pending={pending}
          onDone={() => setPending(null)}
        />
      )}
    </>
  );
}
