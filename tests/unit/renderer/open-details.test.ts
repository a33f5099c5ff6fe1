// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { openDetailsForPrint } from '../../../renderer/src/print/open-details';

describe('details are printed open', () => {
  let stop = () => {};
  afterEach(() => {
    stop();
    document.body.innerHTML = '';
  });

  it('opens every closed disclosure in the main area for print, and closes only those after', () => {
    document.body.innerHTML = `<details id="settings"><summary>Settings</summary>x</details>
      <main><details id="a"><summary>More</summary>a</details><details id="b" open><summary>Open</summary>b</details></main>`;
    stop = openDetailsForPrint(window);
    const open = (id: string) => (document.getElementById(id) as HTMLDetailsElement).open;
    window.dispatchEvent(new Event('beforeprint'));
    expect([open('a'), open('b'), open('settings')]).toEqual([true, true, false]);
    window.dispatchEvent(new Event('afterprint'));
    expect([open('a'), open('b'), open('settings')]).toEqual([false, true, false]);
  });
});
