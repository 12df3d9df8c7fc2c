/** <tsgs-trend-chart> in each of its states. */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/trend-chart/define.ts';
import type { Trend } from '../src/contract/index.ts';
import { fixtures } from './fixtures/index.ts';
import { about, described, invalidRegion, loading, SHANGHAI, SHOWCASE, UNKNOWN_USCC, withData } from './shared.ts';

interface Args {
  region?: string;
  uscc?: string;
  metric: 'accepted' | 'mediation-rate' | 'both';
  granularity: 'month' | 'quarter';
  type: 'line' | 'bar';
  api?: string;
  data?: Trend;
}

const meta: Meta<Args> = {
  title: 'Elements/tsgs-trend-chart',
  component: 'tsgs-trend-chart',
  args: { region: SHANGHAI, metric: 'both', granularity: 'quarter', type: 'line' },
  argTypes: {
    metric: { control: 'inline-radio', options: ['accepted', 'mediation-rate', 'both'] },
    granularity: { control: 'inline-radio', options: ['month', 'quarter'] },
    type: { control: 'inline-radio', options: ['line', 'bar'] },
  },
  parameters: { controls: { include: ['region', 'uscc', 'metric', 'granularity', 'type', 'api', 'data'] } },
  render: ({ region, uscc, metric, granularity, type, api, data }) =>
    html`<tsgs-trend-chart
      region=${ifDefined(region)}
      uscc=${ifDefined(uscc)}
      metric=${metric}
      granularity=${granularity}
      type=${type}
      api=${ifDefined(api)}
      .data=${data}
    ></tsgs-trend-chart>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Ready: Story = {
  tags: ['ready'],
  ...withData(fixtures.trend, `${about.data} Accepted complaints and the mediation success rate on two axes.`),
};

export const Bars: Story = {
  tags: ['ready'],
  ...withData(fixtures.trend),
  args: { data: fixtures.trend, metric: 'accepted', type: 'bar' },
};

export const FromTheApi: Story = {
  tags: ['ready', 'api'],
  args: { region: undefined, uscc: SHOWCASE.busy, granularity: 'month' },
  parameters: described(`${about.live} One operator, by month.`),
};

export const Loading: Story = { tags: ['loading', 'api'], ...loading };

export const InvalidRegion: Story = { tags: ['error'], ...invalidRegion };

export const NotFound: Story = {
  tags: ['error', 'api'],
  args: { region: undefined, uscc: UNKNOWN_USCC, granularity: 'month' },
  parameters: described(`${about.notFound} No operator holds ${UNKNOWN_USCC}.`),
};

export const Empty: Story = {
  tags: ['empty'],
  ...withData(fixtures.trendEmpty, about.empty),
  args: { data: fixtures.trendEmpty, granularity: 'month' },
};
