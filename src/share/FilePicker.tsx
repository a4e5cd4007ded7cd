import type { Ref } from 'react';

export interface PickedText {
  readonly text: string;
  /** The file's name, with its folder when a folder was picked (`project/trial_01/trial.json`). */
  readonly name: string;
}

/** Reads the picked files as text (unreadable ones as ''); none when nothing was picked. */
async function readFiles(input: HTMLInputElement): Promise<PickedText[]> {
  const files = [...(input.files ?? [])];
  // Cleared so that picking the same file again fires another change.
  input.value = '';
  return Promise.all(
    files.map(async (file) => {
      const name = file.webkitRelativePath || file.name;
      try {
        return { text: await file.text(), name };
      } catch {
        return { text: '', name };
      }
    }),
  );
}

/**
 * A file input kept out of sight and out of the tab order: a visible button opens it through
 * `ref`. `onText` gets the first picked file's text and name; `onFiles` every file picked
 * (`multiple`, or a whole folder with `folder`).
 */
export function FilePicker({
  ref,
  accept,
  testId,
  onText,
  onFiles,
  multiple = false,
  folder = false,
}: {
  ref: Ref<HTMLInputElement>;
  accept: string;
  testId: string;
  onText?: (text: string, name: string) => void;
  onFiles?: (files: PickedText[]) => void;
  multiple?: boolean;
  folder?: boolean;
}) {
  // React passes the non-standard attribute through as written; Chromium, Firefox and Safari read it.
  const folderProps = folder ? { webkitdirectory: '' } : {};
  return (
    <input
      ref={ref}
      type="file"
      accept={accept}
      multiple={multiple || folder}
      {...folderProps}
      className="visually-hidden"
      tabIndex={-1}
      aria-hidden="true"
      data-testid={testId}
      onChange={async (e) => {
        const files = await readFiles(e.currentTarget);
        const first = files[0];
        if (!first) return;
        onText?.(first.text, first.name);
        onFiles?.(files);
      }}
    />
  );
}
