/** <tsgs-alerts> in each of its states. */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/alerts/define.ts';
import type { AlertList } from '../src/contract/index.ts';
import { fixtures } from './fixtures/index.ts';
import { about, described, invalidRegion, loading, SHANGHAI, unknownRegion, withData } from './shared.ts';

interface Args {
  region: string;
  limit?: number;
  api?: string;
  data?: AlertList;
}

const meta: Meta<Args> = {
  title: 'Elements/tsgs-alerts',
  component: 'tsgs-alerts',
  args: { region: SHANGHAI, limit: 5 },
  parameters: { controls: { include: ['region', 'limit', 'api', 'data'] } },
  render: ({ region, limit, api, data }) =>
    html`<tsgs-alerts region=${region} limit=${ifDefined(limit)} api=${ifDefined(api)} .data=${data}></tsgs-alerts>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Ready: Story = { tags: ['ready'], ...withData(fixtures.alerts) };

export const FromTheApi: Story = { tags: ['ready', 'api'], parameters: described(about.live) };

export const Loading: Story = { tags: ['loading', 'api'], ...loading };

export const InvalidRegion: Story = { tags: ['error'], ...invalidRegion };

export const NotFound: Story = { tags: ['error', 'api'], ...unknownRegion };

export const Empty: Story = { tags: ['empty'], ...withData(fixtures.alertsEmpty, about.empty) };
