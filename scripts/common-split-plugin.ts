// Vite plugin (renderer build, its prerender, and the unit tests): `locales/<lang>/common.json?common-part=early`
// (or `late`) is that part of the file, split by shared/i18n/common-split.ts. The file itself stays whole.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { commonPart, type CommonPart } from '../shared/i18n/common-split.ts';
import type { LocaleTree } from '../shared/i18n/locale-parity.ts';

const PART_ID = /^(.*[\\/]locales[\\/][^\\/]+[\\/]common\.json)\?common-part=(early|late)$/;

export function commonSplit(): Plugin {
  return {
    name: 'common-split',
    enforce: 'pre',
    load(id) {
      const match = PART_ID.exec(id);
      if (!match) return null;
      const [, file = '', part] = match;
      this.addWatchFile(file);
      const tree = JSON.parse(readFileSync(file, 'utf8')) as LocaleTree;
      // A module whose default export is the part, as Vite makes of a whole JSON file.
      return { code: `export default ${JSON.stringify(commonPart(tree, part as CommonPart))};\n`, moduleType: 'js' };
    },
  };
}
