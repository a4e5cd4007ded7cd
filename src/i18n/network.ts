/** UI text of the network area, merged into the app's one table by messages.ts. */
export const networkEn = {};

export const networkKo: Readonly<Record<keyof typeof networkEn, string>> = {};
