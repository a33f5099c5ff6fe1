// Where the browser tests find the preview server: port 4173, or PREVIEW_PORT when several clones
// test on one machine at once (each then tests its own build, not another's server).
export const PREVIEW_PORT = Number(process.env.PREVIEW_PORT ?? 4173);
export const ORIGIN = `http://127.0.0.1:${PREVIEW_PORT}`;
