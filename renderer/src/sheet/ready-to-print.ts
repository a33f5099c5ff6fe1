/** Waits for the bundled fonts and two painted frames, so a print never catches a half-drawn page. */
export async function readyToPrint(): Promise<void> {
  await document.fonts.ready;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}
