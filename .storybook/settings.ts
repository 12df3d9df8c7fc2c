/** The toolbar's theme, size and language, set as attributes on every tsgs element a story renders. */
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { type ChildPart, Directive, directive, type PartInfo, PartType } from 'lit/directive.js';

interface Settings {
  theme: string;
  size: string;
  lang: string;
}

const item = (value: string, title: string) => ({ value, title });

export const globalTypes: Preview['globalTypes'] = {
  theme: {
    description: 'Colour theme of the elements',
    toolbar: {
      title: 'Theme',
      icon: 'paintbrush',
      items: [item('light', 'Light'), item('dark', 'Dark'), item('high-contrast', 'High contrast')],
      dynamicTitle: true,
    },
  },
  size: {
    description: 'Text and target size (large: ageing-friendly, 适老化)',
    toolbar: { title: 'Size', icon: 'zoom', items: [item('normal', 'Normal size'), item('large', 'Large (适老化)')], dynamicTitle: true },
  },
  lang: {
    description: 'Language of the elements',
    toolbar: {
      title: 'Language',
      icon: 'globe',
      items: [item('zh-CN', '简体中文'), item('zh-TW', '繁體中文'), item('en', 'English')],
      dynamicTitle: true,
    },
  },
};

export const initialGlobals: Settings = { theme: 'light', size: 'normal', lang: 'zh-CN' };

/**
 * Sets the settings on the tsgs elements before it (but not inside a provider). Lit commits a template's parts in order, so
 * the story placed before this directive is already in the DOM (not yet connected on the first
 * render): the elements see the attributes in their first update, with no flash of the defaults.
 */
class ApplySettings extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.CHILD) throw new Error('applySettings() belongs in a child position');
  }

  render(_settings: Settings) {
    return nothing;
  }

  override update(part: ChildPart, [settings]: [Settings]) {
    for (const element of (part.parentNode as ParentNode).querySelectorAll('*')) {
      // Inside a <tsgs-provider> the elements take the settings from it: their provider stories show that.
      if (!element.localName.startsWith('tsgs-') || element.parentElement?.closest('tsgs-provider')) continue;
      for (const [name, value] of Object.entries(settings)) {
        // The kiosk is large unless told otherwise: the toolbar's default "normal" leaves it so.
        if (name === 'size' && value === 'normal') element.removeAttribute('size');
        else element.setAttribute(name, value);
      }
    }
    return nothing;
  }
}

const applySettings = directive(ApplySettings);

export const withSettings: Decorator = (story, { globals }) => {
  const settings: Settings = {
    theme: String(globals.theme ?? initialGlobals.theme),
    size: String(globals.size ?? initialGlobals.size),
    lang: String(globals.lang ?? initialGlobals.lang),
  };
  return html`<div class="tsgs-story">${story()}${applySettings(settings)}</div>`;
};
