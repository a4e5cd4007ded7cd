/** Saves text as a file through the browser's download (a Blob behind an <a download>). */
export function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked on the next task: the download has taken its reference by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A file's name from the objective and step, safe on every file system: "bayes-opt-1d-step7". */
export function fileStem(objectiveId: string, step: number): string {
  const id = objectiveId.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 40) || 'study';
  return `${id}-step${step}`;
}
