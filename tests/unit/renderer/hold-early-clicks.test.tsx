// Presses on the prerendered first screen before the app is live are held, then done once it is
// (renderer/early/hold-early-clicks.ts): on the same element, or on its twin when the screen was drawn afresh.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { holdEarlyClicks } from '../../../renderer/early/hold-early-clicks';
import { APP_LIVE_ATTRIBUTE as LIVE, PART_LIVE_ATTRIBUTE, PART_WANTED_EVENT } from '../../../shared/app-live';

function page(html: string) {
  document.body.innerHTML = html;
  const pressed: string[] = [];
  document.body.addEventListener('click', (event) => pressed.push((event.target as HTMLElement).id || (event.target as HTMLElement).textContent || ''));
  return pressed;
}

const goLive = async (element: Element = document.documentElement, attribute = LIVE) => {
  element.setAttribute(attribute, '');
  // The MutationObserver answers in a microtask.
  await Promise.resolve();
};

const SETTINGS = '<details id="settings" data-part="settings"><summary id="open">Settings</summary><select id="theme"></select></details>';

afterEach(() => {
  document.documentElement.removeAttribute(LIVE);
  document.body.innerHTML = '';
});

describe('presses before the app is live', () => {
  it('are not done at once, and are done once the page is live, in order, each element once', async () => {
    const pressed = page('<button id="a">Urgent help</button><button id="b">Start</button>');
    holdEarlyClicks(document);
    document.getElementById('b')!.click();
    document.getElementById('a')!.click();
    document.getElementById('b')!.click();
    expect(pressed).toEqual([]);
    await goLive();
    expect(pressed).toEqual(['b', 'a']);
  });

  it('go to the twin when the app drew the screen afresh, and to nothing when it has no twin', async () => {
    page('<button>Urgent help</button><input type="radio" name="perspective" value="child"><button>Gone</button>');
    holdEarlyClicks(document);
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
    holdEarlyClicks(document);
    document.querySelector<HTMLInputElement>('input')!.click();
    expect(document.querySelector<HTMLInputElement>('input')!.checked).toBe(false);
  });

  it('once the page is live, pass straight through; a page already live holds nothing', async () => {
    const pressed = page('<button id="a">Next</button>');
    holdEarlyClicks(document);
    await goLive();
    document.getElementById('a')!.click();
    expect(pressed).toEqual(['a']);
    const listen = vi.spyOn(document, 'addEventListener');
    holdEarlyClicks(document);
    expect(listen).not.toHaveBeenCalled();
  });
});

describe('presses on a part whose code comes after the page is live (Settings)', () => {
  it('are held until that part is live, and ask the app to load the parts at once', async () => {
    const pressed = page(`<button id="next">Next</button>${SETTINGS}`);
    const wanted = vi.fn();
    document.addEventListener(PART_WANTED_EVENT, wanted);
    holdEarlyClicks(document);
    await goLive();
    document.getElementById('next')!.click();
    document.getElementById('open')!.click();
    const settings = document.getElementById('settings') as HTMLDetailsElement;
    // Settings did not open: its choices would do nothing yet.
    expect(settings.open).toBe(false);
    expect(pressed).toEqual(['next']);
    expect(wanted).toHaveBeenCalledTimes(1);
    await goLive(settings, PART_LIVE_ATTRIBUTE);
    expect(pressed).toEqual(['next', 'open']);
    expect(settings.open).toBe(true);
    document.removeEventListener(PART_WANTED_EVENT, wanted);
  });

  it('made before the page is live, wait for the part too, and ask for it once the page is live', async () => {
    const pressed = page(SETTINGS);
    const wanted = vi.fn();
    document.addEventListener(PART_WANTED_EVENT, wanted);
    holdEarlyClicks(document);
    document.getElementById('open')!.click();
    await goLive();
    expect(pressed).toEqual([]);
    expect(wanted).toHaveBeenCalled();
    await goLive(document.getElementById('settings')!, PART_LIVE_ATTRIBUTE);
    expect(pressed).toEqual(['open']);
    document.removeEventListener(PART_WANTED_EVENT, wanted);
  });

  it('pass straight through once every part is live', async () => {
    const pressed = page(SETTINGS);
    holdEarlyClicks(document);
    await goLive();
    await goLive(document.getElementById('settings')!, PART_LIVE_ATTRIBUTE);
    document.getElementById('open')!.click();
    expect(pressed).toEqual(['open']);
  });
});
