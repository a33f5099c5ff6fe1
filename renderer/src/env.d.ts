/// <reference types="vite/client" />
// Build-time constants from package.json (see vite.renderer.config.ts).
declare const __APP_VERSION__: string;
declare const __APP_NAME__: string;
