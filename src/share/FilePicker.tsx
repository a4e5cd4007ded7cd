import type { Ref } from 'react';

/** Reads a picked file as text; null when the browser cannot read it. */
async function readFile(input: HTMLInputElement): Promise<{ text: string; name: string } | null> {
  const file = input.files?.[0];
  // Cleared so that picking the same file again fires another change.
  input.value = '';
  if (!file) return null;
  try {
    return { text: await file.text(), name: file.name };
  } catch {
    return { text: '', name: file.name };
  }
}

/**
 * A file input kept out of sight and out of the tab order: a visible button opens it through
 * `ref`, and `onText` gets the picked file's text and name.
 */
export function FilePicker({
  ref,
  accept,
  testId,
  onText,
}: {
  ref: Ref<HTMLInputElement>;
  accept: string;
  testId: string;
  onText: (text: string, name: string) => void;
}) {
  return (
    <input
      ref={ref}
      type="file"
      accept={accept}
      className="visually-hidden"
      tabIndex={-1}
      aria-hidden="true"
      data-testid={testId}
      onChange={async (e) => {
        const f = await readFile(e.currentTarget);
        if (f) onText(f.text, f.name);
      }}
    />
  );
}
