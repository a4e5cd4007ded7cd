/** UI text of the labRace area, merged into the app's one table by messages.ts. */
export const labRaceEn = {};

export const labRaceKo: Readonly<Record<keyof typeof labRaceEn, string>> = {};
