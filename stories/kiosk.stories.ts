/** <tsgs-kiosk>: a city's disclosures full screen, as a touch-screen kiosk shows them. */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/kiosk/define.ts';
import { about, described, invalidRegion, loading, SHANGHAI } from './shared.ts';

interface Args {
  region: string;
  interval: number;
  link?: string;
  api?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/tsgs-kiosk',
  component: 'tsgs-kiosk',
  args: { region: SHANGHAI, interval: 20 },
  parameters: { layout: 'fullscreen', controls: { include: ['region', 'interval', 'link', 'api'] } },
  render: ({ region, interval, link, api }) =>
    html`<tsgs-kiosk region=${region} interval=${interval} link=${ifDefined(link)} api=${ifDefined(api)}></tsgs-kiosk>`,
};
export default meta;

type Story = StoryObj<Args>;

export const FromTheApi: Story = {
  tags: ['ready', 'api'],
  parameters: described(`${about.live} The slides rotate every \`interval\` seconds; a touch pauses them.`),
};

export const Loading: Story = { tags: ['loading', 'api'], ...loading };

export const InvalidRegion: Story = { tags: ['error'], ...invalidRegion };
