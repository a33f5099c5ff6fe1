// The origin the browser tests' preview server listens on (playwright.config.ts; PREVIEW_PORT moves it).
export const ORIGIN = `http://127.0.0.1:${process.env.PREVIEW_PORT ?? 4173}`;
