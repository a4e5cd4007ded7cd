/** UI text of the present area, merged into the app's one table by messages.ts. */
export const presentEn = {};

export const presentKo: Readonly<Record<keyof typeof presentEn, string>> = {};
