// Filled in by the domain's implementation (see shared/api/methods/people.ts for the pattern).
export const settingsMethods = {} as const;
