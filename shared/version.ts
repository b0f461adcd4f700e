declare const __APP_VERSION__: string;

/** The app's version, from package.json, fixed at build time. */
export const APP_VERSION: string = __APP_VERSION__;
