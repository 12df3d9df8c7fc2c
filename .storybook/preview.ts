/** What every story shares: docs from custom-elements.json, autodocs, and the toolbar's settings. */
import { setCustomElementsManifest } from '@storybook/web-components';
import type { Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { globalTypes, initialGlobals, withSettings } from './settings.ts';

setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes,
  initialGlobals: { ...initialGlobals },
  decorators: [withSettings],
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // The code shown in the docs is the story's own markup, without the settings wrapper.
    docs: { source: { excludeDecorators: true } },
  },
};

export default preview;
