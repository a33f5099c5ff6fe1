// Presses on the prerendered first screen before the app is live are held, then done once it is
// (renderer/early/hold-early-clicks.ts): on the same element, or on its twin when the screen was drawn afresh.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { holdEarlyClicks } from '../../../renderer/early/hold-early-clicks';

const LIVE = 'data-test-live';

function page(html: string) {
  document.body.innerHTML = html;
  const pressed: string[] = [];
  document.body.addEventListener('click', (event) => pressed.push((event.target as HTMLElement).id || (event.target as HTMLElement).textContent || ''));
  return pressed;
}

const goLive = async () => {
  document.documentElement.setAttribute(LIVE, '');
  // The MutationObserver answers in a microtask.
  await Promise.resolve();
};

afterEach(() => {
  document.documentElement.removeAttribute(LIVE);
  document.body.innerHTML = '';
});

describe('presses before the app is live', () => {
  it('are not done at once, and are done once the page is live, in order, each element once', async () => {
    const pressed = page('<button id="a">Urgent help</button><button id="b">Start</button>');
    holdEarlyClicks(document, LIVE);
    document.getElementById('b')!.click();
    document.getElementById('a')!.click();
    document.getElementById('b')!.click();
    expect(pressed).toEqual([]);
    await goLive();
    expect(pressed).toEqual(['b', 'a']);
  });

  it('go to the twin when the app drew the screen afresh, and to nothing when it has no twin', async () => {
    page('<button>Urgent help</button><input type="radio" name="perspective" value="child"><button>Gone</button>');
    holdEarlyClicks(document, LIVE);
    for (const element of document.body.querySelectorAll<HTMLElement>('button, input')) element.click();
    // Drawn afresh: new elements, one of the buttons no longer there.
    const pressed = page('<button>Urgent help</button><input type="radio" name="perspective" value="me"><input type="radio" name="perspective" value="child">');
    await goLive();
    expect(pressed).toEqual(['Urgent help', '']);
    expect(document.querySelector<HTMLInputElement>('input[value="child"]')!.checked).toBe(true);
    expect(document.querySelector<HTMLInputElement>('input[value="me"]')!.checked).toBe(false);
  });

  it('keep an answer from being picked before the app can take it', () => {
    page('<input type="radio" name="perspective" value="child">');
    holdEarlyClicks(document, LIVE);
    document.querySelector<HTMLInputElement>('input')!.click();
    expect(document.querySelector<HTMLInputElement>('input')!.checked).toBe(false);
  });

  it('once the page is live, pass straight through; a page already live holds nothing', async () => {
    const pressed = page('<button id="a">Next</button>');
    holdEarlyClicks(document, LIVE);
    await goLive();
    document.getElementById('a')!.click();
    expect(pressed).toEqual(['a']);
    const listen = vi.spyOn(document, 'addEventListener');
    holdEarlyClicks(document, LIVE);
    expect(listen).not.toHaveBeenCalled();
  });
});
