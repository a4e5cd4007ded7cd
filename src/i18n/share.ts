/** UI text of the share area, merged into the app's one table by messages.ts. */
export const shareEn = {};

export const shareKo: Readonly<Record<keyof typeof shareEn, string>> = {};
