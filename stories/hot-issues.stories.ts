/** <tsgs-hot-issues> in each of its states. */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/hot-issues/define.ts';
import type { HotIssues } from '../src/contract/index.ts';
import { fixtures } from './fixtures/index.ts';
import { about, described, invalidRegion, loading, SHANGHAI, unknownRegion, withData } from './shared.ts';

interface Args {
  region: string;
  api?: string;
  data?: HotIssues;
}

const meta: Meta<Args> = {
  title: 'Elements/tsgs-hot-issues',
  component: 'tsgs-hot-issues',
  args: { region: SHANGHAI },
  parameters: { controls: { include: ['region', 'api', 'data'] } },
  render: ({ region, api, data }) => html`<tsgs-hot-issues region=${region} api=${ifDefined(api)} .data=${data}></tsgs-hot-issues>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Ready: Story = { tags: ['ready'], ...withData(fixtures.hotIssues) };

export const FromTheApi: Story = { tags: ['ready', 'api'], parameters: described(about.live) };

export const Loading: Story = { tags: ['loading', 'api'], ...loading };

export const InvalidRegion: Story = { tags: ['error'], ...invalidRegion };

export const NotFound: Story = { tags: ['error', 'api'], ...unknownRegion };

export const Empty: Story = { tags: ['empty'], ...withData(fixtures.hotIssuesEmpty, about.empty) };
