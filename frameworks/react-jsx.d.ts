import type {
  TsgsAlerts,
  TsgsCityRanking,
  TsgsHotIssues,
  TsgsKiosk,
  TsgsMerchantCard,
  TsgsMerchantSearch,
  TsgsProvider,
  TsgsTrendChart,
  TsgsLoadDetail,
  TsgsErrorDetail,
  MerchantSelectDetail,
} from "tsgs";

/**
 * This type can be used to create scoped tags for your components.
 *
 * Usage:
 *
 * ```ts
 * import type { ScopedElements } from "path/to/library/jsx-integration";
 *
 * declare module "my-library" {
 *   namespace JSX {
 *     interface IntrinsicElements
 *       extends ScopedElements<'test-', ''> {}
 *   }
 * }
 * ```
 *
 * @deprecated Runtime scoped elements result in duplicate types and can confusing for developers. It is recommended to use the `prefix` and `suffix` options to generate new types instead.
 */
export type ScopedElements<
  Prefix extends string = "",
  Suffix extends string = "",
> = {
  [
    Key in keyof CustomElements as `${Prefix}${Key}${Suffix}`
  ]: CustomElements[Key];
};

/**
 * A generic type for strongly typing custom events with their targets
 * @template T - The type of the event target (extends EventTarget)
 * @template D - The type of the detail payload for the custom event
 */
type TypedEvent<T extends EventTarget, E = Event> = E & {
  target: T;
};

type BaseProps<T extends HTMLElement> = {
  /** Content added between the opening and closing tags of the element */
  children?: any | undefined;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  class?: string | undefined;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  className?: string | undefined;
  /** Takes an object where the key is the class name(s) and the value is a boolean expression. When true, the class is applied, and when false, it is removed. */
  classList?: Record<string, boolean | undefined> | undefined;
  /** Specifies the text direction of the element. */
  dir?: "ltr" | "rtl" | undefined;
  /** Contains a space-separated list of the part names of the element that should be exposed on the host element. */
  exportparts?: string | undefined;
  /** For <label> and <output>, lets you associate the label with some control. */
  htmlFor?: string | undefined;
  /** Specifies whether the element should be hidden. */
  hidden?: boolean | string | undefined;
  /** A unique identifier for the element. */
  id?: string | undefined;
  /** Keys tell React which array item each component corresponds to */
  key?: string | number | undefined;
  /** Specifies the language of the element. */
  lang?: string | undefined;
  /** Defines the element's semantic role for accessibility APIs. */
  role?: string | undefined;
  /** Contains a space-separated list of the part names of the element. Part names allows CSS to select and style specific elements in a shadow tree via the ::part pseudo-element. */
  part?: string | undefined;
  /** Use the ref attribute with a variable to assign a DOM element to the variable once the element is rendered. */
  ref?: (T | ((e: T) => void)) | undefined;
  /** Adds a reference for a custom element slot */
  slot?: string | undefined;
  /** Prop for setting inline styles */
  style?: Record<string, string | number> | undefined;
  /** Overrides the default Tab button behavior. Avoid using values other than -1 and 0. */
  tabIndex?: number | undefined;
  /** Specifies the tooltip text for the element. */
  title?: string | undefined;
  /** Passing 'no' excludes the element content from being translated. */
  translate?: "yes" | "no" | undefined;
  /** The popover global attribute is used to designate an element as a popover element. */
  popover?: "auto" | "hint" | "manual" | undefined;
  /** Turns an element element into a popover control button; takes the ID of the popover element to control as its value. */
  popovertarget?: "top" | "bottom" | "left" | "right" | "auto" | undefined;
  /** Specifies the action to be performed on a popover element being controlled by a control element. */
  popovertargetaction?: "show" | "hide" | "toggle" | undefined;
};

type BaseEvents = {};

/** `TsgsAlerts` component event */
export type TsgsAlertsElementEvent<E = Event> = TypedEvent<TsgsAlerts, E>;
/** `tsgs-load` event type */
export type TsgsAlertsTsgsLoadElementEvent = TsgsAlertsElementEvent<
  CustomEvent<TsgsLoadDetail>
>;
/** `tsgs-error` event type */
export type TsgsAlertsTsgsErrorElementEvent = TsgsAlertsElementEvent<
  CustomEvent<TsgsErrorDetail>
>;

export type TsgsAlertsProps = {
  /** GB/T 2260 code of the region (a city such as 310000, a province or a district). Required. */
  region?: TsgsAlerts["region"] | undefined;
  /** How many warnings to show at most, 1 to 50. Default: the API's (10). */
  limit?: TsgsAlerts["limit"] | undefined;
  /** Level of the element's heading, 1–6 (default 3), its sub-headings one deeper: set it to fit the page's outline. */
  "heading-level"?: TsgsAlerts["headingLevel"] | undefined;
  /** Level of the element's heading, 1–6 (default 3), its sub-headings one deeper: set it to fit the page's outline. */
  headingLevel?: TsgsAlerts["headingLevel"] | undefined;
  /** Base URL of the disclosure API. Default: the provider's, else the script tag's `data-api`, else this page's origin. */
  api?: TsgsAlerts["api"] | undefined;
  /** Language: `zh-CN`, `zh-TW` or `en`. Default: the provider's, else the script tag's `data-lang`, else the nearest `[lang]` ancestor's, else `zh-CN`. */
  lang?: TsgsAlerts["lang"] | undefined;
  /** Colour theme: `light` (default), `dark` or `high-contrast`. */
  theme?: TsgsAlerts["theme"] | undefined;
  /** `large` for ageing-friendly display (适老化): body text ≥ 18 px, targets ≥ 44 px. */
  size?: TsgsAlerts["size"] | undefined;
  /** A `/v1/alerts` payload the host already holds: shown without a request. */
  data?: TsgsAlerts["data"] | undefined;

  /** The warnings are on screen; `detail: { data, stale, fetchedAt }`. */
  "ontsgs-load"?: ((e: TsgsAlertsTsgsLoadElementEvent) => void) | undefined;
  /** They cannot be shown; `detail: { kind, message, field?, status? }`. */
  "ontsgs-error"?: ((e: TsgsAlertsTsgsErrorElementEvent) => void) | undefined;
};

export type TsgsAlertsSolidJsProps = {
  /** GB/T 2260 code of the region (a city such as 310000, a province or a district). Required. */
  "prop:region"?: TsgsAlerts["region"] | undefined;
  /** How many warnings to show at most, 1 to 50. Default: the API's (10). */
  "prop:limit"?: TsgsAlerts["limit"] | undefined;
  /** Level of the element's heading, 1–6 (default 3), its sub-headings one deeper: set it to fit the page's outline. */
  "attr:heading-level"?: TsgsAlerts["headingLevel"] | undefined;
  /** Level of the element's heading, 1–6 (default 3), its sub-headings one deeper: set it to fit the page's outline. */
  "prop:headingLevel"?: TsgsAlerts["headingLevel"] | undefined;
  /** Base URL of the disclosure API. Default: the provider's, else the script tag's `data-api`, else this page's origin. */
  "prop:api"?: TsgsAlerts["api"] | undefined;
  /** Language: `zh-CN`, `zh-TW` or `en`. Default: the provider's, else the script tag's `data-lang`, else the nearest `[lang]` ancestor's, else `zh-CN`. */
  "prop:lang"?: TsgsAlerts["lang"] | undefined;
  /** Colour theme: `light` (default), `dark` or `high-contrast`. */
  "prop:theme"?: TsgsAlerts["theme"] | undefined;
  /** `large` for ageing-friendly display (适老化): body text ≥ 18 px, targets ≥ 44 px. */
  "prop:size"?: TsgsAlerts["size"] | undefined;
  /** A `/v1/alerts` payload the host already holds: shown without a request. */
  "prop:data"?: TsgsAlerts["data"] | undefined;
  /** The warnings are on screen; `detail: { data, stale, fetchedAt }`. */
  "on:tsgs-load"?: ((e: TsgsAlertsTsgsLoadElementEvent) => void) | undefined;
  /** They cannot be shown; `detail: { kind, message, field?, status? }`. */
  "on:tsgs-error"?: ((e: TsgsAlertsTsgsErrorElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `TsgsCityRanking` component event */
export type TsgsCityRankingElementEvent<E = Event> = TypedEvent<
  TsgsCityRanking,
  E
>;
/** `tsgs-merchant-select` event type */
export type TsgsCityRankingTsgsMerchantSelectElementEvent =
  TsgsCityRankingElementEvent<CustomEvent<MerchantSelectDetail>>;
/** `tsgs-load` event type */
export type TsgsCityRankingTsgsLoadElementEvent = TsgsCityRankingElementEvent<
  CustomEvent<TsgsLoadDetail>
>;
/** `tsgs-error` event type */
export type TsgsCityRankingTsgsErrorElementEvent = TsgsCityRankingElementEvent<
  CustomEvent<TsgsErrorDetail>
>;

export type TsgsCityRankingProps = {
  /** GB/T 2260 code of the region to rank (a city such as 310000, a province or a district). Required. */
  region?: TsgsCityRanking["region"] | undefined;
  /** The period: `2026Q3`, `2026-09` or `2026`. Default: the latest the API publishes. */
  period?: TsgsCityRanking["period"] | undefined;
  /** What to rank by: `accepted` (default), `mediation-rate`, `change` against the previous period, or `per-sales` (complaints per ¥100 million of sales; only operators whose publisher supplied sales). */
  metric?: TsgsCityRanking["metric"] | undefined;
  /** `desc` (default) or `asc`. */
  order?: TsgsCityRanking["order"] | undefined;
  /** `all` (default), `red` (红榜) or `black` (黑榜), as the API's thresholds define them. */
  list?: TsgsCityRanking["list"] | undefined;
  /** GB/T 4754 filter at any level: a section letter (`F`), a division (`52`), a group (`521`) or a class (`5212`). */
  industry?: TsgsCityRanking["industry"] | undefined;
  /** Offers a list of the industries (GB/T 4754 divisions) that have operators in the region, to filter by; choosing one sets `industry`. */
  "industry-select"?: TsgsCityRanking["industrySelect"] | undefined;
  /** Offers a list of the industries (GB/T 4754 divisions) that have operators in the region, to filter by; choosing one sets `industry`. */
  industrySelect?: TsgsCityRanking["industrySelect"] | undefined;
  /** Rows per page, 1–1000 (default 20). */
  "page-size"?: TsgsCityRanking["pageSize"] | undefined;
  /** Rows per page, 1–1000 (default 20). */
  pageSize?: TsgsCityRanking["pageSize"] | undefined;
  /** For kiosks: seconds between pages (0, the default, is off). Pauses while touched, hovered or focused; off under `prefers-reduced-motion`. */
  autoplay?: TsgsCityRanking["autoplay"] | undefined;
  /** The page shown, from 1. */
  page?: TsgsCityRanking["page"] | undefined;
  /** Base URL of the disclosure API. Default: the provider's, else the script tag's `data-api`, else this page's origin. */
  api?: TsgsCityRanking["api"] | undefined;
  /** Language: `zh-CN`, `zh-TW` or `en`. Default: the provider's, else the script tag's `data-lang`, else the nearest `[lang]` ancestor's, else `zh-CN`. */
  lang?: TsgsCityRanking["lang"] | undefined;
  /** Colour theme: `light` (default), `dark` or `high-contrast`. */
  theme?: TsgsCityRanking["theme"] | undefined;
  /** `large` for ageing-friendly display (适老化): body text ≥ 18 px, targets ≥ 44 px. */
  size?: TsgsCityRanking["size"] | undefined;
  /** A `/v1/rankings` payload the host already holds: shown without a request. */
  data?: TsgsCityRanking["data"] | undefined;

  /** A person activated an operator's name; `detail: { uscc, name }`. */
  "ontsgs-merchant-select"?:
    ((e: TsgsCityRankingTsgsMerchantSelectElementEvent) => void) | undefined;
  /** The ranking is on screen; `detail: { data, stale, fetchedAt }`. */
  "ontsgs-load"?:
    ((e: TsgsCityRankingTsgsLoadElementEvent) => void) | undefined;
  /** It cannot be shown; `detail: { kind, message, field?, status? }`. */
  "ontsgs-error"?:
    ((e: TsgsCityRankingTsgsErrorElementEvent) => void) | undefined;
};

export type TsgsCityRankingSolidJsProps = {
  /** GB/T 2260 code of the region to rank (a city such as 310000, a province or a district). Required. */
  "prop:region"?: TsgsCityRanking["region"] | undefined;
  /** The period: `2026Q3`, `2026-09` or `2026`. Default: the latest the API publishes. */
  "prop:period"?: TsgsCityRanking["period"] | undefined;
  /** What to rank by: `accepted` (default), `mediation-rate`, `change` against the previous period, or `per-sales` (complaints per ¥100 million of sales; only operators whose publisher supplied sales). */
  "prop:metric"?: TsgsCityRanking["metric"] | undefined;
  /** `desc` (default) or `asc`. */
  "prop:order"?: TsgsCityRanking["order"] | undefined;
  /** `all` (default), `red` (红榜) or `black` (黑榜), as the API's thresholds define them. */
  "prop:list"?: TsgsCityRanking["list"] | undefined;
  /** GB/T 4754 filter at any level: a section letter (`F`), a division (`52`), a group (`521`) or a class (`5212`). */
  "prop:industry"?: TsgsCityRanking["industry"] | undefined;
  /** Offers a list of the industries (GB/T 4754 divisions) that have operators in the region, to filter by; choosing one sets `industry`. */
  "bool:industry-select"?: TsgsCityRanking["industrySelect"] | undefined;
  /** Offers a list of the industries (GB/T 4754 divisions) that have operators in the region, to filter by; choosing one sets `industry`. */
  "prop:industrySelect"?: TsgsCityRanking["industrySelect"] | undefined;
  /** Rows per page, 1–1000 (default 20). */
  "attr:page-size"?: TsgsCityRanking["pageSize"] | undefined;
  /** Rows per page, 1–1000 (default 20). */
  "prop:pageSize"?: TsgsCityRanking["pageSize"] | undefined;
  /** For kiosks: seconds between pages (0, the default, is off). Pauses while touched, hovered or focused; off under `prefers-reduced-motion`. */
  "prop:autoplay"?: TsgsCityRanking["autoplay"] | undefined;
  /** The page shown, from 1. */
  "prop:page"?: TsgsCityRanking["page"] | undefined;
  /** Base URL of the disclosure API. Default: the provider's, else the script tag's `data-api`, else this page's origin. */
  "prop:api"?: TsgsCityRanking["api"] | undefined;
  /** Language: `zh-CN`, `zh-TW` or `en`. Default: the provider's, else the script tag's `data-lang`, else the nearest `[lang]` ancestor's, else `zh-CN`. */
  "prop:lang"?: TsgsCityRanking["lang"] | undefined;
  /** Colour theme: `light` (default), `dark` or `high-contrast`. */
  "prop:theme"?: TsgsCityRanking["theme"] | undefined;
  /** `large` for ageing-friendly display (适老化): body text ≥ 18 px, targets ≥ 44 px. */
  "prop:size"?: TsgsCityRanking["size"] | undefined;
  /** A `/v1/rankings` payload the host already holds: shown without a request. */
  "prop:data"?: TsgsCityRanking["data"] | undefined;
  /** A person activated an operator's name; `detail: { uscc, name }`. */
  "on:tsgs-merchant-select"?:
    ((e: TsgsCityRankingTsgsMerchantSelectElementEvent) => void) | undefined;
  /** The ranking is on screen; `detail: { data, stale, fetchedAt }`. */
  "on:tsgs-load"?:
    ((e: TsgsCityRankingTsgsLoadElementEvent) => void) | undefined;
  /** It cannot be shown; `detail: { kind, message, field?, status? }`. */
  "on:tsgs-error"?:
    ((e: TsgsCityRankingTsgsErrorElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `TsgsHotIssues` component event */
export type TsgsHotIssuesElementEvent<E = Event> = TypedEvent<TsgsHotIssues, E>;
/** `tsgs-load` event type */
export type TsgsHotIssuesTsgsLoadElementEvent = TsgsHotIssuesElementEvent<
  CustomEvent<TsgsLoadDetail>
>;
/** `tsgs-error` event type */
export type TsgsHotIssuesTsgsErrorElementEvent = TsgsHotIssuesElementEvent<
  CustomEvent<TsgsErrorDetail>
>;

export type TsgsHotIssuesProps = {
  /** GB/T 2260 code of the region (a city such as 310000, a province or a district). Required. */
  region?: TsgsHotIssues["region"] | undefined;
  /** The period: `2026Q3`, `2026-09` or `2026`. Default: the latest the API publishes. */
  period?: TsgsHotIssues["period"] | undefined;
  /** Level of the element's heading, 1–6 (default 3), its sub-headings one deeper: set it to fit the page's outline. */
  "heading-level"?: TsgsHotIssues["headingLevel"] | undefined;
  /** Level of the element's heading, 1–6 (default 3), its sub-headings one deeper: set it to fit the page's outline. */
  headingLevel?: TsgsHotIssues["headingLevel"] | undefined;
  /** Base URL of the disclosure API. Default: the provider's, else the script tag's `data-api`, else this page's origin. */
  api?: TsgsHotIssues["api"] | undefined;
  /** Language: `zh-CN`, `zh-TW` or `en`. Default: the provider's, else the script tag's `data-lang`, else the nearest `[lang]` ancestor's, else `zh-CN`. */
  lang?: TsgsHotIssues["lang"] | undefined;
  /** Colour theme: `light` (default), `dark` or `high-contrast`. */
  theme?: TsgsHotIssues["theme"] | undefined;
  /** `large` for ageing-friendly display (适老化): body text ≥ 18 px, targets ≥ 44 px. */
  size?: TsgsHotIssues["size"] | undefined;
  /** A `/v1/hot-issues` payload the host already holds: shown without a request. */
  data?: TsgsHotIssues["data"] | undefined;

  /** The issues are on screen; `detail: { data, stale, fetchedAt }`. */
  "ontsgs-load"?: ((e: TsgsHotIssuesTsgsLoadElementEvent) => void) | undefined;
  /** They cannot be shown; `detail: { kind, message, field?, status? }`. */
  "ontsgs-error"?:
    ((e: TsgsHotIssuesTsgsErrorElementEvent) => void) | undefined;
};

export type TsgsHotIssuesSolidJsProps = {
  /** GB/T 2260 code of the region (a city such as 310000, a province or a district). Required. */
  "prop:region"?: TsgsHotIssues["region"] | undefined;
  /** The period: `2026Q3`, `2026-09` or `2026`. Default: the latest the API publishes. */
  "prop:period"?: TsgsHotIssues["period"] | undefined;
  /** Level of the element's heading, 1–6 (default 3), its sub-headings one deeper: set it to fit the page's outline. */
  "attr:heading-level"?: TsgsHotIssues["headingLevel"] | undefined;
  /** Level of the element's heading, 1–6 (default 3), its sub-headings one deeper: set it to fit the page's outline. */
  "prop:headingLevel"?: TsgsHotIssues["headingLevel"] | undefined;
  /** Base URL of the disclosure API. Default: the provider's, else the script tag's `data-api`, else this page's origin. */
  "prop:api"?: TsgsHotIssues["api"] | undefined;
  /** Language: `zh-CN`, `zh-TW` or `en`. Default: the provider's, else the script tag's `data-lang`, else the nearest `[lang]` ancestor's, else `zh-CN`. */
  "prop:lang"?: TsgsHotIssues["lang"] | undefined;
  /** Colour theme: `light` (default), `dark` or `high-contrast`. */
  "prop:theme"?: TsgsHotIssues["theme"] | undefined;
  /** `large` for ageing-friendly display (适老化): body text ≥ 18 px, targets ≥ 44 px. */
  "prop:size"?: TsgsHotIssues["size"] | undefined;
  /** A `/v1/hot-issues` payload the host already holds: shown without a request. */
  "prop:data"?: TsgsHotIssues["data"] | undefined;
  /** The issues are on screen; `detail: { data, stale, fetchedAt }`. */
  "on:tsgs-load"?: ((e: TsgsHotIssuesTsgsLoadElementEvent) => void) | undefined;
  /** They cannot be shown; `detail: { kind, message, field?, status? }`. */
  "on:tsgs-error"?:
    ((e: TsgsHotIssuesTsgsErrorElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `TsgsKiosk` component event */
export type TsgsKioskElementEvent<E = Event> = TypedEvent<TsgsKiosk, E>;
/** `tsgs-load` event type */
export type TsgsKioskTsgsLoadElementEvent = TsgsKioskElementEvent<
  CustomEvent<TsgsLoadDetail>
>;
/** `tsgs-error` event type */
export type TsgsKioskTsgsErrorElementEvent = TsgsKioskElementEvent<
  CustomEvent<TsgsErrorDetail>
>;
/** `tsgs-merchant-select` event type */
export type TsgsKioskTsgsMerchantSelectElementEvent = TsgsKioskElementEvent<
  CustomEvent<MerchantSelectDetail>
>;

export type TsgsKioskProps = {
  /** GB/T 2260 code of the city (or province or district) to show. Required. */
  region?: TsgsKiosk["region"] | undefined;
  /** Seconds each slide stays on screen (default 20). */
  interval?: TsgsKiosk["interval"] | undefined;
  /** Seconds without a touch before the kiosk asks 还在看吗？; 30 s later, unanswered, it returns to the first slide (default 90). */
  idle?: TsgsKiosk["idle"] | undefined;
  /** Minutes between data refreshes (default 10; every 30 s while offline). */
  "refresh-interval"?: TsgsKiosk["refreshInterval"] | undefined;
  /** Minutes between data refreshes (default 10; every 30 s while offline). */
  refreshInterval?: TsgsKiosk["refreshInterval"] | undefined;
  /** @deprecated Use `refresh-interval`: `refresh` is the method every tsgs element has. - The old name of `refresh-interval`, read for one more release. */
  refresh?: TsgsKiosk["legacyRefresh"] | undefined;
  /** @deprecated Use `refresh-interval`: `refresh` is the method every tsgs element has. - The old name of `refresh-interval`, read for one more release. */
  legacyRefresh?: TsgsKiosk["legacyRefresh"] | undefined;
  /** The official disclosure page the QR code opens (https). Default: the publisher's disclosure page
from the data (`/v1/meta`'s `links.disclosure`), else its address. While an operator is shown, on a
static export with operator pages, the QR code opens that operator's page instead. */
  link?: TsgsKiosk["link"] | undefined;
  /** Base URL of the disclosure API. Default: the provider's, else the script tag's `data-api`, else this page's origin. */
  api?: TsgsKiosk["api"] | undefined;
  /** Language: `zh-CN`, `zh-TW` or `en`. Default: the provider's, else the script tag's `data-lang`, else the nearest `[lang]` ancestor's, else `zh-CN`. */
  lang?: TsgsKiosk["lang"] | undefined;
  /** Colour theme: `light` (default), `dark` or `high-contrast`. */
  theme?: TsgsKiosk["theme"] | undefined;
  /** `large` for ageing-friendly display (适老化): body text ≥ 18 px, targets ≥ 44 px. */
  size?: TsgsKiosk["size"] | undefined;

  /** (from the elements inside) data is on screen. */
  "ontsgs-load"?: ((e: TsgsKioskTsgsLoadElementEvent) => void) | undefined;
  /** (from the elements inside) data cannot be shown. */
  "ontsgs-error"?: ((e: TsgsKioskTsgsErrorElementEvent) => void) | undefined;
  /** (from the ranking or the search inside) a person chose an operator. */
  "ontsgs-merchant-select"?:
    ((e: TsgsKioskTsgsMerchantSelectElementEvent) => void) | undefined;
};

export type TsgsKioskSolidJsProps = {
  /** GB/T 2260 code of the city (or province or district) to show. Required. */
  "prop:region"?: TsgsKiosk["region"] | undefined;
  /** Seconds each slide stays on screen (default 20). */
  "prop:interval"?: TsgsKiosk["interval"] | undefined;
  /** Seconds without a touch before the kiosk asks 还在看吗？; 30 s later, unanswered, it returns to the first slide (default 90). */
  "prop:idle"?: TsgsKiosk["idle"] | undefined;
  /** Minutes between data refreshes (default 10; every 30 s while offline). */
  "attr:refresh-interval"?: TsgsKiosk["refreshInterval"] | undefined;
  /** Minutes between data refreshes (default 10; every 30 s while offline). */
  "prop:refreshInterval"?: TsgsKiosk["refreshInterval"] | undefined;
  /** @deprecated Use `refresh-interval`: `refresh` is the method every tsgs element has. - The old name of `refresh-interval`, read for one more release. */
  "attr:refresh"?: TsgsKiosk["legacyRefresh"] | undefined;
  /** @deprecated Use `refresh-interval`: `refresh` is the method every tsgs element has. - The old name of `refresh-interval`, read for one more release. */
  "prop:legacyRefresh"?: TsgsKiosk["legacyRefresh"] | undefined;
  /** The official disclosure page the QR code opens (https). Default: the publisher's disclosure page
from the data (`/v1/meta`'s `links.disclosure`), else its address. While an operator is shown, on a
static export with operator pages, the QR code opens that operator's page instead. */
  "prop:link"?: TsgsKiosk["link"] | undefined;
  /** Base URL of the disclosure API. Default: the provider's, else the script tag's `data-api`, else this page's origin. */
  "prop:api"?: TsgsKiosk["api"] | undefined;
  /** Language: `zh-CN`, `zh-TW` or `en`. Default: the provider's, else the script tag's `data-lang`, else the nearest `[lang]` ancestor's, else `zh-CN`. */
  "prop:lang"?: TsgsKiosk["lang"] | undefined;
  /** Colour theme: `light` (default), `dark` or `high-contrast`. */
  "prop:theme"?: TsgsKiosk["theme"] | undefined;
  /** `large` for ageing-friendly display (适老化): body text ≥ 18 px, targets ≥ 44 px. */
  "prop:size"?: TsgsKiosk["size"] | undefined;
  /** (from the elements inside) data is on screen. */
  "on:tsgs-load"?: ((e: TsgsKioskTsgsLoadElementEvent) => void) | undefined;
  /** (from the elements inside) data cannot be shown. */
  "on:tsgs-error"?: ((e: TsgsKioskTsgsErrorElementEvent) => void) | undefined;
  /** (from the ranking or the search inside) a person chose an operator. */
  "on:tsgs-merchant-select"?:
    ((e: TsgsKioskTsgsMerchantSelectElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `TsgsMerchantCard` component event */
export type TsgsMerchantCardElementEvent<E = Event> = TypedEvent<
  TsgsMerchantCard,
  E
>;
/** `tsgs-load` event type */
export type TsgsMerchantCardTsgsLoadElementEvent = TsgsMerchantCardElementEvent<
  CustomEvent<TsgsLoadDetail>
>;
/** `tsgs-error` event type */
export type TsgsMerchantCardTsgsErrorElementEvent =
  TsgsMerchantCardElementEvent<CustomEvent<TsgsErrorDetail>>;

export type TsgsMerchantCardProps = {
  /** The operator's unified social credit code (统一社会信用代码, 18 characters). Required. */
  uscc?: TsgsMerchantCard["uscc"] | undefined;
  /** The period to show: `2026Q3`, `2026-09` or `2026`. Default: the latest the API publishes. */
  period?: TsgsMerchantCard["period"] | undefined;
  /** `full` (default) shows everything; `compact` is one line of name and the two figures, the rest one click away. */
  variant?: TsgsMerchantCard["variant"] | undefined;
  /** Level of the element's heading, 1–6 (default 3; 4 in `compact`), its sub-headings one deeper: set it to fit the page's outline. */
  "heading-level"?: TsgsMerchantCard["headingLevel"] | undefined;
  /** Level of the element's heading, 1–6 (default 3; 4 in `compact`), its sub-headings one deeper: set it to fit the page's outline. */
  headingLevel?: TsgsMerchantCard["headingLevel"] | undefined;
  /** Base URL of the disclosure API. Default: the provider's, else the script tag's `data-api`, else this page's origin. */
  api?: TsgsMerchantCard["api"] | undefined;
  /** Language: `zh-CN`, `zh-TW` or `en`. Default: the provider's, else the script tag's `data-lang`, else the nearest `[lang]` ancestor's, else `zh-CN`. */
  lang?: TsgsMerchantCard["lang"] | undefined;
  /** Colour theme: `light` (default), `dark` or `high-contrast`. */
  theme?: TsgsMerchantCard["theme"] | undefined;
  /** `large` for ageing-friendly display (适老化): body text ≥ 18 px, targets ≥ 44 px. */
  size?: TsgsMerchantCard["size"] | undefined;
  /** A disclosure the host already holds (`/v1/merchants/{uscc}` payload): shown without a request. */
  data?: TsgsMerchantCard["data"] | undefined;

  /** The disclosure is on screen; `detail: { data, stale, fetchedAt }`. */
  "ontsgs-load"?:
    ((e: TsgsMerchantCardTsgsLoadElementEvent) => void) | undefined;
  /** It cannot be shown; `detail: { kind, message, field?, status? }`. */
  "ontsgs-error"?:
    ((e: TsgsMerchantCardTsgsErrorElementEvent) => void) | undefined;
};

export type TsgsMerchantCardSolidJsProps = {
  /** The operator's unified social credit code (统一社会信用代码, 18 characters). Required. */
  "prop:uscc"?: TsgsMerchantCard["uscc"] | undefined;
  /** The period to show: `2026Q3`, `2026-09` or `2026`. Default: the latest the API publishes. */
  "prop:period"?: TsgsMerchantCard["period"] | undefined;
  /** `full` (default) shows everything; `compact` is one line of name and the two figures, the rest one click away. */
  "prop:variant"?: TsgsMerchantCard["variant"] | undefined;
  /** Level of the element's heading, 1–6 (default 3; 4 in `compact`), its sub-headings one deeper: set it to fit the page's outline. */
  "attr:heading-level"?: TsgsMerchantCard["headingLevel"] | undefined;
  /** Level of the element's heading, 1–6 (default 3; 4 in `compact`), its sub-headings one deeper: set it to fit the page's outline. */
  "prop:headingLevel"?: TsgsMerchantCard["headingLevel"] | undefined;
  /** Base URL of the disclosure API. Default: the provider's, else the script tag's `data-api`, else this page's origin. */
  "prop:api"?: TsgsMerchantCard["api"] | undefined;
  /** Language: `zh-CN`, `zh-TW` or `en`. Default: the provider's, else the script tag's `data-lang`, else the nearest `[lang]` ancestor's, else `zh-CN`. */
  "prop:lang"?: TsgsMerchantCard["lang"] | undefined;
  /** Colour theme: `light` (default), `dark` or `high-contrast`. */
  "prop:theme"?: TsgsMerchantCard["theme"] | undefined;
  /** `large` for ageing-friendly display (适老化): body text ≥ 18 px, targets ≥ 44 px. */
  "prop:size"?: TsgsMerchantCard["size"] | undefined;
  /** A disclosure the host already holds (`/v1/merchants/{uscc}` payload): shown without a request. */
  "prop:data"?: TsgsMerchantCard["data"] | undefined;
  /** The disclosure is on screen; `detail: { data, stale, fetchedAt }`. */
  "on:tsgs-load"?:
    ((e: TsgsMerchantCardTsgsLoadElementEvent) => void) | undefined;
  /** It cannot be shown; `detail: { kind, message, field?, status? }`. */
  "on:tsgs-error"?:
    ((e: TsgsMerchantCardTsgsErrorElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `TsgsMerchantSearch` component event */
export type TsgsMerchantSearchElementEvent<E = Event> = TypedEvent<
  TsgsMerchantSearch,
  E
>;
/** `tsgs-merchant-select` event type */
export type TsgsMerchantSearchTsgsMerchantSelectElementEvent =
  TsgsMerchantSearchElementEvent<CustomEvent<MerchantSelectDetail>>;
/** `tsgs-load` event type */
export type TsgsMerchantSearchTsgsLoadElementEvent =
  TsgsMerchantSearchElementEvent<CustomEvent<TsgsLoadDetail>>;
/** `tsgs-error` event type */
export type TsgsMerchantSearchTsgsErrorElementEvent =
  TsgsMerchantSearchElementEvent<CustomEvent<TsgsErrorDetail>>;

export type TsgsMerchantSearchProps = {
  /** GB/T 2260 code to search within (a city such as 310000, a province or a district). Default: everywhere. */
  region?: TsgsMerchantSearch["region"] | undefined;
  /** The id of a `<tsgs-merchant-card>` in the same document (or shadow root) to show the chosen operator in. */
  for?: TsgsMerchantSearch["htmlFor"] | undefined;
  /** The id of a `<tsgs-merchant-card>` in the same document (or shadow root) to show the chosen operator in. */
  htmlFor?: TsgsMerchantSearch["htmlFor"] | undefined;
  /** The label above the box. Default: 查询经营者. */
  label?: TsgsMerchantSearch["label"] | undefined;
  /** Offers a list of the regions that have data (within `region`, two levels down) to narrow the search to. */
  "region-select"?: TsgsMerchantSearch["regionSelect"] | undefined;
  /** Offers a list of the regions that have data (within `region`, two levels down) to narrow the search to. */
  regionSelect?: TsgsMerchantSearch["regionSelect"] | undefined;
  /** Base URL of the disclosure API. Default: the provider's, else the script tag's `data-api`, else this page's origin. */
  api?: TsgsMerchantSearch["api"] | undefined;
  /** Language: `zh-CN`, `zh-TW` or `en`. Default: the provider's, else the script tag's `data-lang`, else the nearest `[lang]` ancestor's, else `zh-CN`. */
  lang?: TsgsMerchantSearch["lang"] | undefined;
  /** Colour theme: `light` (default), `dark` or `high-contrast`. */
  theme?: TsgsMerchantSearch["theme"] | undefined;
  /** `large` for ageing-friendly display (适老化): body text ≥ 18 px, targets ≥ 44 px. */
  size?: TsgsMerchantSearch["size"] | undefined;

  /** A person chose an operator; `detail: { uscc, name }`. */
  "ontsgs-merchant-select"?:
    ((e: TsgsMerchantSearchTsgsMerchantSelectElementEvent) => void) | undefined;
  /** Hits for a query are on screen; `detail: { data, stale, fetchedAt }`. */
  "ontsgs-load"?:
    ((e: TsgsMerchantSearchTsgsLoadElementEvent) => void) | undefined;
  /** A search failed; `detail: { kind, message, field?, status? }`. */
  "ontsgs-error"?:
    ((e: TsgsMerchantSearchTsgsErrorElementEvent) => void) | undefined;
};

export type TsgsMerchantSearchSolidJsProps = {
  /** GB/T 2260 code to search within (a city such as 310000, a province or a district). Default: everywhere. */
  "prop:region"?: TsgsMerchantSearch["region"] | undefined;
  /** The id of a `<tsgs-merchant-card>` in the same document (or shadow root) to show the chosen operator in. */
  "attr:for"?: TsgsMerchantSearch["htmlFor"] | undefined;
  /** The id of a `<tsgs-merchant-card>` in the same document (or shadow root) to show the chosen operator in. */
  "prop:htmlFor"?: TsgsMerchantSearch["htmlFor"] | undefined;
  /** The label above the box. Default: 查询经营者. */
  "prop:label"?: TsgsMerchantSearch["label"] | undefined;
  /** Offers a list of the regions that have data (within `region`, two levels down) to narrow the search to. */
  "bool:region-select"?: TsgsMerchantSearch["regionSelect"] | undefined;
  /** Offers a list of the regions that have data (within `region`, two levels down) to narrow the search to. */
  "prop:regionSelect"?: TsgsMerchantSearch["regionSelect"] | undefined;
  /** Base URL of the disclosure API. Default: the provider's, else the script tag's `data-api`, else this page's origin. */
  "prop:api"?: TsgsMerchantSearch["api"] | undefined;
  /** Language: `zh-CN`, `zh-TW` or `en`. Default: the provider's, else the script tag's `data-lang`, else the nearest `[lang]` ancestor's, else `zh-CN`. */
  "prop:lang"?: TsgsMerchantSearch["lang"] | undefined;
  /** Colour theme: `light` (default), `dark` or `high-contrast`. */
  "prop:theme"?: TsgsMerchantSearch["theme"] | undefined;
  /** `large` for ageing-friendly display (适老化): body text ≥ 18 px, targets ≥ 44 px. */
  "prop:size"?: TsgsMerchantSearch["size"] | undefined;
  /** A person chose an operator; `detail: { uscc, name }`. */
  "on:tsgs-merchant-select"?:
    ((e: TsgsMerchantSearchTsgsMerchantSelectElementEvent) => void) | undefined;
  /** Hits for a query are on screen; `detail: { data, stale, fetchedAt }`. */
  "on:tsgs-load"?:
    ((e: TsgsMerchantSearchTsgsLoadElementEvent) => void) | undefined;
  /** A search failed; `detail: { kind, message, field?, status? }`. */
  "on:tsgs-error"?:
    ((e: TsgsMerchantSearchTsgsErrorElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

export type TsgsProviderProps = {
  /** Base URL of the disclosure API for every element inside. */
  api?: TsgsProvider["api"] | undefined;
  /** Language for every element inside: `zh-CN`, `zh-TW` or `en`. */
  lang?: TsgsProvider["lang"] | undefined;
  /** Colour theme for every element inside: `light`, `dark` or `high-contrast`. */
  theme?: TsgsProvider["theme"] | undefined;
  /** `large` for ageing-friendly display (适老化) in every element inside. */
  size?: TsgsProvider["size"] | undefined;
};

export type TsgsProviderSolidJsProps = {
  /** Base URL of the disclosure API for every element inside. */
  "prop:api"?: TsgsProvider["api"] | undefined;
  /** Language for every element inside: `zh-CN`, `zh-TW` or `en`. */
  "prop:lang"?: TsgsProvider["lang"] | undefined;
  /** Colour theme for every element inside: `light`, `dark` or `high-contrast`. */
  "prop:theme"?: TsgsProvider["theme"] | undefined;
  /** `large` for ageing-friendly display (适老化) in every element inside. */
  "prop:size"?: TsgsProvider["size"] | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `TsgsTrendChart` component event */
export type TsgsTrendChartElementEvent<E = Event> = TypedEvent<
  TsgsTrendChart,
  E
>;
/** `tsgs-load` event type */
export type TsgsTrendChartTsgsLoadElementEvent = TsgsTrendChartElementEvent<
  CustomEvent<TsgsLoadDetail>
>;
/** `tsgs-error` event type */
export type TsgsTrendChartTsgsErrorElementEvent = TsgsTrendChartElementEvent<
  CustomEvent<TsgsErrorDetail>
>;

export type TsgsTrendChartProps = {
  /** GB/T 2260 code of a region. Give one of `region` and `uscc`, or `industry` alone. */
  region?: TsgsTrendChart["region"] | undefined;
  /** An operator's unified social credit code. */
  uscc?: TsgsTrendChart["uscc"] | undefined;
  /** GB/T 4754 filter (`F`, `52`, `5212`): an industry nationwide, or within `region`. */
  industry?: TsgsTrendChart["industry"] | undefined;
  /** `accepted` (default), `mediation-rate`, or `both` on two axes. */
  metric?: TsgsTrendChart["metric"] | undefined;
  /** `month` (default) or `quarter`. */
  granularity?: TsgsTrendChart["granularity"] | undefined;
  /** First period of the series (a month or quarter matching `granularity`). Default: 12 months or 8 quarters back. */
  from?: TsgsTrendChart["from"] | undefined;
  /** Last period of the series. Default: the latest. */
  to?: TsgsTrendChart["to"] | undefined;
  /** `line` (default) or `bar`. */
  type?: TsgsTrendChart["type"] | undefined;
  /** Base URL of the disclosure API. Default: the provider's, else the script tag's `data-api`, else this page's origin. */
  api?: TsgsTrendChart["api"] | undefined;
  /** Language: `zh-CN`, `zh-TW` or `en`. Default: the provider's, else the script tag's `data-lang`, else the nearest `[lang]` ancestor's, else `zh-CN`. */
  lang?: TsgsTrendChart["lang"] | undefined;
  /** Colour theme: `light` (default), `dark` or `high-contrast`. */
  theme?: TsgsTrendChart["theme"] | undefined;
  /** `large` for ageing-friendly display (适老化): body text ≥ 18 px, targets ≥ 44 px. */
  size?: TsgsTrendChart["size"] | undefined;
  /** A `/v1/trends` payload the host already holds: shown without a request. */
  data?: TsgsTrendChart["data"] | undefined;

  /** The trend is on screen; `detail: { data, stale, fetchedAt }`. */
  "ontsgs-load"?: ((e: TsgsTrendChartTsgsLoadElementEvent) => void) | undefined;
  /** It cannot be shown; `detail: { kind, message, field?, status? }`. */
  "ontsgs-error"?:
    ((e: TsgsTrendChartTsgsErrorElementEvent) => void) | undefined;
};

export type TsgsTrendChartSolidJsProps = {
  /** GB/T 2260 code of a region. Give one of `region` and `uscc`, or `industry` alone. */
  "prop:region"?: TsgsTrendChart["region"] | undefined;
  /** An operator's unified social credit code. */
  "prop:uscc"?: TsgsTrendChart["uscc"] | undefined;
  /** GB/T 4754 filter (`F`, `52`, `5212`): an industry nationwide, or within `region`. */
  "prop:industry"?: TsgsTrendChart["industry"] | undefined;
  /** `accepted` (default), `mediation-rate`, or `both` on two axes. */
  "prop:metric"?: TsgsTrendChart["metric"] | undefined;
  /** `month` (default) or `quarter`. */
  "prop:granularity"?: TsgsTrendChart["granularity"] | undefined;
  /** First period of the series (a month or quarter matching `granularity`). Default: 12 months or 8 quarters back. */
  "prop:from"?: TsgsTrendChart["from"] | undefined;
  /** Last period of the series. Default: the latest. */
  "prop:to"?: TsgsTrendChart["to"] | undefined;
  /** `line` (default) or `bar`. */
  "prop:type"?: TsgsTrendChart["type"] | undefined;
  /** Base URL of the disclosure API. Default: the provider's, else the script tag's `data-api`, else this page's origin. */
  "prop:api"?: TsgsTrendChart["api"] | undefined;
  /** Language: `zh-CN`, `zh-TW` or `en`. Default: the provider's, else the script tag's `data-lang`, else the nearest `[lang]` ancestor's, else `zh-CN`. */
  "prop:lang"?: TsgsTrendChart["lang"] | undefined;
  /** Colour theme: `light` (default), `dark` or `high-contrast`. */
  "prop:theme"?: TsgsTrendChart["theme"] | undefined;
  /** `large` for ageing-friendly display (适老化): body text ≥ 18 px, targets ≥ 44 px. */
  "prop:size"?: TsgsTrendChart["size"] | undefined;
  /** A `/v1/trends` payload the host already holds: shown without a request. */
  "prop:data"?: TsgsTrendChart["data"] | undefined;
  /** The trend is on screen; `detail: { data, stale, fetchedAt }`. */
  "on:tsgs-load"?:
    ((e: TsgsTrendChartTsgsLoadElementEvent) => void) | undefined;
  /** It cannot be shown; `detail: { kind, message, field?, status? }`. */
  "on:tsgs-error"?:
    ((e: TsgsTrendChartTsgsErrorElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

export type CustomElements = {
  /**
   * The consumer warnings (消费提示警示) published for a region, for the regions above it and for
   * those within it, newest first: each with its date, title, summary and complaint category, and a
   * link to the full text when there is an https one. Links open in the same tab.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `region`: GB/T 2260 code of the region (a city such as 310000, a province or a district). Required.
   * - `limit`: How many warnings to show at most, 1 to 50. Default: the API's (10).
   * - `heading-level`/`headingLevel`: Level of the element's heading, 1–6 (default 3), its sub-headings one deeper: set it to fit the page's outline.
   * - `api`: Base URL of the disclosure API. Default: the provider's, else the script tag's `data-api`, else this page's origin.
   * - `lang`: Language: `zh-CN`, `zh-TW` or `en`. Default: the provider's, else the script tag's `data-lang`, else the nearest `[lang]` ancestor's, else `zh-CN`.
   * - `theme`: Colour theme: `light` (default), `dark` or `high-contrast`.
   * - `size`: `large` for ageing-friendly display (适老化): body text ≥ 18 px, targets ≥ 44 px.
   * - `data`: A `/v1/alerts` payload the host already holds: shown without a request. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `tsgs-load`: The warnings are on screen; `detail: { data, stale, fetchedAt }`.
   * - `tsgs-error`: They cannot be shown; `detail: { kind, message, field?, status? }`.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--tsgs-color-surface`: Background. (default: `undefined`)
   * - `--tsgs-color-text`: Text colour. (default: `undefined`)
   * - `--tsgs-color-muted`: Dates, categories and regions. (default: `undefined`)
   * - `--tsgs-color-accent`: Links. (default: `undefined`)
   * - `--tsgs-color-warning`: The rule beside each warning. (default: `undefined`)
   * - `--tsgs-font-family`: Font (default: the browser's sans-serif for the text's language, `zh-CN`, `zh-TW` or `en`). (default: `undefined`)
   * - `--tsgs-font-size`: Body text size (default 15 px; 20 px with `size="large"`). (default: `undefined`)
   * - `--tsgs-alerts-min-height`: Space reserved until the data is there (default 14rem). (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The whole view.
   * - `sample`: The label saying the data is fictional sample data (示例数据).
   * - `draft`: In a publisher's preview only, the label saying the figures are not yet published (未发布 · 预览).
   * - `heading`: The title with the region.
   * - `period`: Period, publisher and update time.
   * - `list`: The list of warnings.
   * - `item`: One warning.
   * - `title`: A warning's title.
   * - `meta`: A warning's date, category and issuing region.
   * - `date`: A warning's date of publication.
   * - `category`: The complaint category a warning concerns.
   * - `summary`: A warning's summary.
   * - `link`: The link to a warning's full text.
   * - `status`: The loading, error and empty views.
   * - `message`: The message in the error view.
   * - `retry`: The retry button.
   * - `stale`: The notice shown when the data is an old copy.
   */
  "tsgs-alerts": Partial<TsgsAlertsProps & BaseProps<TsgsAlerts> & BaseEvents>;

  /**
   * A city's business operators ranked by accepted complaints, mediation success rate, change
   * against the previous period or complaints per ¥100 million of sales: sortable column headers
   * that re-query the API, paging through any number of rows, red and black lists, an industry
   * filter (with a list of the region's industries to choose from, `industry-select`), and autoplay
   * for kiosks.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `region`: GB/T 2260 code of the region to rank (a city such as 310000, a province or a district). Required.
   * - `period`: The period: `2026Q3`, `2026-09` or `2026`. Default: the latest the API publishes.
   * - `metric`: What to rank by: `accepted` (default), `mediation-rate`, `change` against the previous period, or `per-sales` (complaints per ¥100 million of sales; only operators whose publisher supplied sales).
   * - `order`: `desc` (default) or `asc`.
   * - `list`: `all` (default), `red` (红榜) or `black` (黑榜), as the API's thresholds define them.
   * - `industry`: GB/T 4754 filter at any level: a section letter (`F`), a division (`52`), a group (`521`) or a class (`5212`).
   * - `industry-select`/`industrySelect`: Offers a list of the industries (GB/T 4754 divisions) that have operators in the region, to filter by; choosing one sets `industry`.
   * - `page-size`/`pageSize`: Rows per page, 1–1000 (default 20).
   * - `autoplay`: For kiosks: seconds between pages (0, the default, is off). Pauses while touched, hovered or focused; off under `prefers-reduced-motion`.
   * - `page`: The page shown, from 1.
   * - `api`: Base URL of the disclosure API. Default: the provider's, else the script tag's `data-api`, else this page's origin.
   * - `lang`: Language: `zh-CN`, `zh-TW` or `en`. Default: the provider's, else the script tag's `data-lang`, else the nearest `[lang]` ancestor's, else `zh-CN`.
   * - `theme`: Colour theme: `light` (default), `dark` or `high-contrast`.
   * - `size`: `large` for ageing-friendly display (适老化): body text ≥ 18 px, targets ≥ 44 px.
   * - `data`: A `/v1/rankings` payload the host already holds: shown without a request. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `tsgs-merchant-select`: A person activated an operator's name; `detail: { uscc, name }`.
   * - `tsgs-load`: The ranking is on screen; `detail: { data, stale, fetchedAt }`.
   * - `tsgs-error`: It cannot be shown; `detail: { kind, message, field?, status? }`.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--tsgs-color-surface`: Background. (default: `undefined`)
   * - `--tsgs-color-text`: Text colour. (default: `undefined`)
   * - `--tsgs-color-accent`: Buttons, links and the current page. (default: `undefined`)
   * - `--tsgs-color-border`: Table rules. (default: `undefined`)
   * - `--tsgs-color-control-border`: The page-size list's border (keep it ≥ 3:1 against the surface). (default: `undefined`)
   * - `--tsgs-color-focus`: The focus ring. (default: `undefined`)
   * - `--tsgs-font-family`: Font (default: the browser's sans-serif for the text's language, `zh-CN`, `zh-TW` or `en`). (default: `undefined`)
   * - `--tsgs-font-size`: Body text size (default 15 px; 20 px with `size="large"`). (default: `undefined`)
   * - `--tsgs-ranking-min-height`: Space reserved until the data is there (default 15.5rem and 3.25rem a row of the page size). (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The whole view.
   * - `sample`: The label saying the data is fictional sample data (示例数据).
   * - `draft`: In a publisher's preview only, the label saying the figures are not yet published (未发布 · 预览).
   * - `period`: Period, publisher and update time.
   * - `table`: The ranking table.
   * - `sort`: A sortable column header's button.
   * - `row`: One operator's row.
   * - `merchant`: The button with an operator's name.
   * - `filter`: The industry list (with `industry-select`).
   * - `pager`: Paging controls and the total.
   * - `status`: The loading, error and empty views.
   * - `message`: The message in the error view.
   * - `retry`: The retry button.
   * - `stale`: The notice shown when the data is an old copy.
   */
  "tsgs-city-ranking": Partial<
    TsgsCityRankingProps & BaseProps<TsgsCityRanking> & BaseEvents
  >;

  /**
   * A region's complaint categories in a period, largest first, each with its count, share and
   * change against the previous period, and labelled 热点 (hot), 苗头 (emerging) or 风险 (risk) in
   * words and with a symbol — never by colour alone — with the regulator's note where there is one.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `region`: GB/T 2260 code of the region (a city such as 310000, a province or a district). Required.
   * - `period`: The period: `2026Q3`, `2026-09` or `2026`. Default: the latest the API publishes.
   * - `heading-level`/`headingLevel`: Level of the element's heading, 1–6 (default 3), its sub-headings one deeper: set it to fit the page's outline.
   * - `api`: Base URL of the disclosure API. Default: the provider's, else the script tag's `data-api`, else this page's origin.
   * - `lang`: Language: `zh-CN`, `zh-TW` or `en`. Default: the provider's, else the script tag's `data-lang`, else the nearest `[lang]` ancestor's, else `zh-CN`.
   * - `theme`: Colour theme: `light` (default), `dark` or `high-contrast`.
   * - `size`: `large` for ageing-friendly display (适老化): body text ≥ 18 px, targets ≥ 44 px.
   * - `data`: A `/v1/hot-issues` payload the host already holds: shown without a request. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `tsgs-load`: The issues are on screen; `detail: { data, stale, fetchedAt }`.
   * - `tsgs-error`: They cannot be shown; `detail: { kind, message, field?, status? }`.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--tsgs-color-surface`: Background. (default: `undefined`)
   * - `--tsgs-color-text`: Text colour. (default: `undefined`)
   * - `--tsgs-color-accent`: Counts and share bars. (default: `undefined`)
   * - `--tsgs-color-danger`: The 风险 (risk) label. (default: `undefined`)
   * - `--tsgs-color-warning`: The 苗头 (emerging) label. (default: `undefined`)
   * - `--tsgs-font-family`: Font (default: the browser's sans-serif for the text's language, `zh-CN`, `zh-TW` or `en`). (default: `undefined`)
   * - `--tsgs-font-size`: Body text size (default 15 px; 20 px with `size="large"`). (default: `undefined`)
   * - `--tsgs-hot-issues-min-height`: Space reserved until the data is there (default 16rem). (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The whole view.
   * - `sample`: The label saying the data is fictional sample data (示例数据).
   * - `draft`: In a publisher's preview only, the label saying the figures are not yet published (未发布 · 预览).
   * - `heading`: The title with region and total.
   * - `period`: Period, publisher and update time.
   * - `list`: The list of categories.
   * - `item`: One category.
   * - `kind`: A 热点 / 苗头 / 风险 label.
   * - `note`: The regulator's note on a category.
   * - `status`: The loading, error and empty views.
   * - `message`: The message in the error view.
   * - `retry`: The retry button.
   * - `stale`: The notice shown when the data is an old copy.
   */
  "tsgs-hot-issues": Partial<
    TsgsHotIssuesProps & BaseProps<TsgsHotIssues> & BaseEvents
  >;

  /**
   * For unattended portrait touch screens (1080×1920) in community centres and malls: full-screen
   * slides rotating through a city's ranking, hot issues, trend and consumer warnings, and a search
   * slide. Ageing-friendly sizes by default (body text 24 px, touch targets 60 px). The slide
   * buttons, 下一页 and 暂停轮播 are always on screen; any touch, wheel, scroll or key pauses the
   * rotation. After `idle` seconds with none, a large dialog asks 还在看吗？ and only if nobody answers
   * within 30 seconds does the kiosk return to the first slide, forget the search and rotate again.
   * Under `prefers-reduced-motion` it never rotates by itself. It refreshes its data every few minutes; when the network is gone it keeps
   * showing the last good data under a visible 离线 badge with the update time, and recovers by
   * itself. A clock, the publisher's name and a QR code to the official disclosure page (to continue
   * on a phone) are always on screen. No keyboard or mouse is needed.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `region`: GB/T 2260 code of the city (or province or district) to show. Required.
   * - `interval`: Seconds each slide stays on screen (default 20).
   * - `idle`: Seconds without a touch before the kiosk asks 还在看吗？; 30 s later, unanswered, it returns to the first slide (default 90).
   * - `refresh-interval`/`refreshInterval`: Minutes between data refreshes (default 10; every 30 s while offline).
   * - `refresh`/`legacyRefresh`: The old name of `refresh-interval`, read for one more release.
   * - `link`: The official disclosure page the QR code opens (https). Default: the publisher's disclosure page
   * from the data (`/v1/meta`'s `links.disclosure`), else its address. While an operator is shown, on a
   * static export with operator pages, the QR code opens that operator's page instead.
   * - `api`: Base URL of the disclosure API. Default: the provider's, else the script tag's `data-api`, else this page's origin.
   * - `lang`: Language: `zh-CN`, `zh-TW` or `en`. Default: the provider's, else the script tag's `data-lang`, else the nearest `[lang]` ancestor's, else `zh-CN`.
   * - `theme`: Colour theme: `light` (default), `dark` or `high-contrast`.
   * - `size`: `large` for ageing-friendly display (适老化): body text ≥ 18 px, targets ≥ 44 px.
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `tsgs-load`: (from the elements inside) data is on screen.
   * - `tsgs-error`: (from the elements inside) data cannot be shown.
   * - `tsgs-merchant-select`: (from the ranking or the search inside) a person chose an operator.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--tsgs-font-size-large`: Body text size of everything inside (default 24 px). (default: `undefined`)
   * - `--tsgs-target-size-large`: Smallest touch target (default 60 px). (default: `undefined`)
   * - `--tsgs-color-surface`: Background. (default: `undefined`)
   * - `--tsgs-color-text`: Text colour. (default: `undefined`)
   * - `--tsgs-color-warning`: The offline badge. (default: `undefined`)
   * - `--tsgs-color-backdrop`: What dims the screen behind 还在看吗？ (default: `undefined`)
   * - `--tsgs-kiosk-min-height`: Space reserved until the element's code is there (default 100dvh). (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The whole screen.
   * - `header`: Title, clock, publisher and the offline badge.
   * - `clock`: The clock.
   * - `offline`: The 离线 badge shown while the data cannot be refreshed.
   * - `slide`: One slide.
   * - `controls`: The slide buttons, 下一页 and pause/play.
   * - `still-there`: The dialog that asks 还在看吗？ before the kiosk returns to its start.
   * - `qr`: The QR code with its caption.
   */
  "tsgs-kiosk": Partial<TsgsKioskProps & BaseProps<TsgsKiosk> & BaseEvents>;

  /**
   * One business operator's complaint disclosure (消费投诉公示): the three facts the regulation
   * requires — registration information, complaints accepted, and the mediation success rate with
   * self-settlement included — with the period and publisher they belong to; and, where the publisher
   * supplied the operator's sales, complaints accepted per ¥100 million of sales (投诉量占销售额比例).
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `uscc`: The operator's unified social credit code (统一社会信用代码, 18 characters). Required.
   * - `period`: The period to show: `2026Q3`, `2026-09` or `2026`. Default: the latest the API publishes.
   * - `variant`: `full` (default) shows everything; `compact` is one line of name and the two figures, the rest one click away.
   * - `heading-level`/`headingLevel`: Level of the element's heading, 1–6 (default 3; 4 in `compact`), its sub-headings one deeper: set it to fit the page's outline.
   * - `api`: Base URL of the disclosure API. Default: the provider's, else the script tag's `data-api`, else this page's origin.
   * - `lang`: Language: `zh-CN`, `zh-TW` or `en`. Default: the provider's, else the script tag's `data-lang`, else the nearest `[lang]` ancestor's, else `zh-CN`.
   * - `theme`: Colour theme: `light` (default), `dark` or `high-contrast`.
   * - `size`: `large` for ageing-friendly display (适老化): body text ≥ 18 px, targets ≥ 44 px.
   * - `data`: A disclosure the host already holds (`/v1/merchants/{uscc}` payload): shown without a request. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `tsgs-load`: The disclosure is on screen; `detail: { data, stale, fetchedAt }`.
   * - `tsgs-error`: It cannot be shown; `detail: { kind, message, field?, status? }`.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--tsgs-color-surface`: Background. (default: `undefined`)
   * - `--tsgs-color-text`: Text colour. (default: `undefined`)
   * - `--tsgs-color-muted`: Secondary text. (default: `undefined`)
   * - `--tsgs-color-border`: Borders and rules. (default: `undefined`)
   * - `--tsgs-color-accent`: Figures, links and buttons. (default: `undefined`)
   * - `--tsgs-color-warning`: Warnings (failed check character, stale data). (default: `undefined`)
   * - `--tsgs-color-sample-surface`: Background of the sample-data label. (default: `undefined`)
   * - `--tsgs-font-family`: Font (default: the browser's sans-serif for the text's language, `zh-CN`, `zh-TW` or `en`). (default: `undefined`)
   * - `--tsgs-font-size`: Body text size (default 15 px; 20 px with `size="large"`). (default: `undefined`)
   * - `--tsgs-radius`: Corner radius. (default: `undefined`)
   * - `--tsgs-card-min-height`: Space reserved until the data is there (default 44rem; in compact, four lines). (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The card (in `compact`, the `<details>` that holds it).
   * - `sample`: The label saying the data is fictional sample data (示例数据).
   * - `draft`: In a publisher's preview only, the label saying the figures are not yet published (未发布 · 预览).
   * - `header`: Name and code.
   * - `name`: The operator's name.
   * - `uscc`: The unified social credit code.
   * - `uscc-warning`: The warning shown when the code's check character fails.
   * - `period`: Period, publisher and update time.
   * - `figures`: The figures: accepted complaints, mediation success rate and, where sales are known, complaints per sales.
   * - `figure`: Each figure.
   * - `per-sales`: The figure of complaints accepted per ¥100 million of sales (only when the publisher supplied sales).
   * - `definition`: How a figure is defined: the mediation success rate, and complaints per sales.
   * - `per-sales-definition`: How complaints per ¥100 million of sales are defined (also a `definition`).
   * - `registration`: Registration information (工商登记信息).
   * - `categories`: Top complaint categories.
   * - `responses`: The operator's statements and correction requests.
   * - `cases`: Recent de-identified case summaries (full variant).
   * - `links`: Links to the official record and to report an error.
   * - `status`: The loading, error and empty views.
   * - `message`: The message in the error view.
   * - `retry`: The retry button.
   * - `stale`: The notice shown when the data is an old copy.
   */
  "tsgs-merchant-card": Partial<
    TsgsMerchantCardProps & BaseProps<TsgsMerchantCard> & BaseEvents
  >;

  /**
   * Finds an operator by name or unified social credit code (full or partial) as a person types: a
   * combobox in the WAI-ARIA pattern (arrow keys move through the hits, Enter chooses, Escape closes
   * the list and then clears the box). Each hit shows its region, industry and accepted complaints.
   * Choosing one fires `tsgs-merchant-select`; with `for="card-id"` it also shows that operator in
   * the `<tsgs-merchant-card>` with that id. With `region-select` it offers the regions that have
   * data, from the API, to narrow the search to.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `region`: GB/T 2260 code to search within (a city such as 310000, a province or a district). Default: everywhere.
   * - `for`/`htmlFor`: The id of a `<tsgs-merchant-card>` in the same document (or shadow root) to show the chosen operator in.
   * - `label`: The label above the box. Default: 查询经营者.
   * - `region-select`/`regionSelect`: Offers a list of the regions that have data (within `region`, two levels down) to narrow the search to.
   * - `api`: Base URL of the disclosure API. Default: the provider's, else the script tag's `data-api`, else this page's origin.
   * - `lang`: Language: `zh-CN`, `zh-TW` or `en`. Default: the provider's, else the script tag's `data-lang`, else the nearest `[lang]` ancestor's, else `zh-CN`.
   * - `theme`: Colour theme: `light` (default), `dark` or `high-contrast`.
   * - `size`: `large` for ageing-friendly display (适老化): body text ≥ 18 px, targets ≥ 44 px.
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `tsgs-merchant-select`: A person chose an operator; `detail: { uscc, name }`.
   * - `tsgs-load`: Hits for a query are on screen; `detail: { data, stale, fetchedAt }`.
   * - `tsgs-error`: A search failed; `detail: { kind, message, field?, status? }`.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--tsgs-color-surface`: Background. (default: `undefined`)
   * - `--tsgs-color-text`: Text colour. (default: `undefined`)
   * - `--tsgs-color-accent`: The active hit, and the box's border while focused. (default: `undefined`)
   * - `--tsgs-color-control-border`: The box's border (keep it ≥ 3:1 against the surface). (default: `undefined`)
   * - `--tsgs-color-focus`: The focus ring. (default: `undefined`)
   * - `--tsgs-font-family`: Font (default: the browser's sans-serif for the text's language, `zh-CN`, `zh-TW` or `en`). (default: `undefined`)
   * - `--tsgs-font-size`: Body text size (default 15 px; 20 px with `size="large"`). (default: `undefined`)
   * - `--tsgs-search-min-height`: Space reserved until the element's code is there (default: its label, box and status line). (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The whole search.
   * - `area`: The list of regions to search within (with `region-select`).
   * - `label`: The label above the box.
   * - `input`: The search box.
   * - `status`: The line saying what the search found, or why it found nothing.
   * - `listbox`: The list of hits.
   * - `option`: One hit.
   * - `retry`: The retry button after a failed search.
   */
  "tsgs-merchant-search": Partial<
    TsgsMerchantSearchProps & BaseProps<TsgsMerchantSearch> & BaseEvents
  >;

  /**
   * Gives every tsgs element inside it the same API, language, theme and size; changing one of its
   * attributes updates them all at once. An element's own attribute still wins over the provider's.
   * It draws nothing itself (`display: contents`).
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `api`: Base URL of the disclosure API for every element inside.
   * - `lang`: Language for every element inside: `zh-CN`, `zh-TW` or `en`.
   * - `theme`: Colour theme for every element inside: `light`, `dark` or `high-contrast`.
   * - `size`: `large` for ageing-friendly display (适老化) in every element inside.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: The page content whose tsgs elements take this configuration.
   */
  "tsgs-provider": Partial<
    TsgsProviderProps & BaseProps<TsgsProvider> & BaseEvents
  >;

  /**
   * A trend of complaints for a region, one operator or an industry, by month or quarter: accepted
   * complaints, the mediation success rate, or both on two labelled axes. Chart.js loads only when
   * the chart comes near the viewport; a one-sentence summary describes the chart, and a 数据表
   * button shows every point as a real table.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `region`: GB/T 2260 code of a region. Give one of `region` and `uscc`, or `industry` alone.
   * - `uscc`: An operator's unified social credit code.
   * - `industry`: GB/T 4754 filter (`F`, `52`, `5212`): an industry nationwide, or within `region`.
   * - `metric`: `accepted` (default), `mediation-rate`, or `both` on two axes.
   * - `granularity`: `month` (default) or `quarter`.
   * - `from`: First period of the series (a month or quarter matching `granularity`). Default: 12 months or 8 quarters back.
   * - `to`: Last period of the series. Default: the latest.
   * - `type`: `line` (default) or `bar`.
   * - `api`: Base URL of the disclosure API. Default: the provider's, else the script tag's `data-api`, else this page's origin.
   * - `lang`: Language: `zh-CN`, `zh-TW` or `en`. Default: the provider's, else the script tag's `data-lang`, else the nearest `[lang]` ancestor's, else `zh-CN`.
   * - `theme`: Colour theme: `light` (default), `dark` or `high-contrast`.
   * - `size`: `large` for ageing-friendly display (适老化): body text ≥ 18 px, targets ≥ 44 px.
   * - `data`: A `/v1/trends` payload the host already holds: shown without a request. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `tsgs-load`: The trend is on screen; `detail: { data, stale, fetchedAt }`.
   * - `tsgs-error`: It cannot be shown; `detail: { kind, message, field?, status? }`.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--tsgs-color-accent`: The accepted-complaints series. (default: `undefined`)
   * - `--tsgs-color-success`: The mediation-rate series. (default: `undefined`)
   * - `--tsgs-color-muted`: Axis labels. (default: `undefined`)
   * - `--tsgs-color-border`: Grid lines. (default: `undefined`)
   * - `--tsgs-chart-height`: Height of the chart (default 16rem). (default: `undefined`)
   * - `--tsgs-chart-min-height`: Space reserved until the data is there (default 35rem). (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The whole figure.
   * - `sample`: The label saying the data is fictional sample data (示例数据).
   * - `draft`: In a publisher's preview only, the label saying the figures are not yet published (未发布 · 预览).
   * - `period`: Period, publisher and update time.
   * - `chart`: The box that holds the canvas.
   * - `summary`: The sentence that describes the trend.
   * - `table-toggle`: The button that shows or hides the data table.
   * - `table`: The data table.
   * - `status`: The loading, error and empty views.
   * - `message`: The message in the error view.
   * - `retry`: The retry button.
   * - `stale`: The notice shown when the data is an old copy.
   */
  "tsgs-trend-chart": Partial<
    TsgsTrendChartProps & BaseProps<TsgsTrendChart> & BaseEvents
  >;
};

export type CustomElementsSolidJs = {
  /**
   * The consumer warnings (消费提示警示) published for a region, for the regions above it and for
   * those within it, newest first: each with its date, title, summary and complaint category, and a
   * link to the full text when there is an https one. Links open in the same tab.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `region`: GB/T 2260 code of the region (a city such as 310000, a province or a district). Required.
   * - `limit`: How many warnings to show at most, 1 to 50. Default: the API's (10).
   * - `heading-level`/`headingLevel`: Level of the element's heading, 1–6 (default 3), its sub-headings one deeper: set it to fit the page's outline.
   * - `api`: Base URL of the disclosure API. Default: the provider's, else the script tag's `data-api`, else this page's origin.
   * - `lang`: Language: `zh-CN`, `zh-TW` or `en`. Default: the provider's, else the script tag's `data-lang`, else the nearest `[lang]` ancestor's, else `zh-CN`.
   * - `theme`: Colour theme: `light` (default), `dark` or `high-contrast`.
   * - `size`: `large` for ageing-friendly display (适老化): body text ≥ 18 px, targets ≥ 44 px.
   * - `data`: A `/v1/alerts` payload the host already holds: shown without a request. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `tsgs-load`: The warnings are on screen; `detail: { data, stale, fetchedAt }`.
   * - `tsgs-error`: They cannot be shown; `detail: { kind, message, field?, status? }`.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--tsgs-color-surface`: Background. (default: `undefined`)
   * - `--tsgs-color-text`: Text colour. (default: `undefined`)
   * - `--tsgs-color-muted`: Dates, categories and regions. (default: `undefined`)
   * - `--tsgs-color-accent`: Links. (default: `undefined`)
   * - `--tsgs-color-warning`: The rule beside each warning. (default: `undefined`)
   * - `--tsgs-font-family`: Font (default: the browser's sans-serif for the text's language, `zh-CN`, `zh-TW` or `en`). (default: `undefined`)
   * - `--tsgs-font-size`: Body text size (default 15 px; 20 px with `size="large"`). (default: `undefined`)
   * - `--tsgs-alerts-min-height`: Space reserved until the data is there (default 14rem). (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The whole view.
   * - `sample`: The label saying the data is fictional sample data (示例数据).
   * - `draft`: In a publisher's preview only, the label saying the figures are not yet published (未发布 · 预览).
   * - `heading`: The title with the region.
   * - `period`: Period, publisher and update time.
   * - `list`: The list of warnings.
   * - `item`: One warning.
   * - `title`: A warning's title.
   * - `meta`: A warning's date, category and issuing region.
   * - `date`: A warning's date of publication.
   * - `category`: The complaint category a warning concerns.
   * - `summary`: A warning's summary.
   * - `link`: The link to a warning's full text.
   * - `status`: The loading, error and empty views.
   * - `message`: The message in the error view.
   * - `retry`: The retry button.
   * - `stale`: The notice shown when the data is an old copy.
   */
  "tsgs-alerts": Partial<
    TsgsAlertsProps &
      TsgsAlertsSolidJsProps &
      BaseProps<TsgsAlerts> &
      BaseEvents
  >;

  /**
   * A city's business operators ranked by accepted complaints, mediation success rate, change
   * against the previous period or complaints per ¥100 million of sales: sortable column headers
   * that re-query the API, paging through any number of rows, red and black lists, an industry
   * filter (with a list of the region's industries to choose from, `industry-select`), and autoplay
   * for kiosks.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `region`: GB/T 2260 code of the region to rank (a city such as 310000, a province or a district). Required.
   * - `period`: The period: `2026Q3`, `2026-09` or `2026`. Default: the latest the API publishes.
   * - `metric`: What to rank by: `accepted` (default), `mediation-rate`, `change` against the previous period, or `per-sales` (complaints per ¥100 million of sales; only operators whose publisher supplied sales).
   * - `order`: `desc` (default) or `asc`.
   * - `list`: `all` (default), `red` (红榜) or `black` (黑榜), as the API's thresholds define them.
   * - `industry`: GB/T 4754 filter at any level: a section letter (`F`), a division (`52`), a group (`521`) or a class (`5212`).
   * - `industry-select`/`industrySelect`: Offers a list of the industries (GB/T 4754 divisions) that have operators in the region, to filter by; choosing one sets `industry`.
   * - `page-size`/`pageSize`: Rows per page, 1–1000 (default 20).
   * - `autoplay`: For kiosks: seconds between pages (0, the default, is off). Pauses while touched, hovered or focused; off under `prefers-reduced-motion`.
   * - `page`: The page shown, from 1.
   * - `api`: Base URL of the disclosure API. Default: the provider's, else the script tag's `data-api`, else this page's origin.
   * - `lang`: Language: `zh-CN`, `zh-TW` or `en`. Default: the provider's, else the script tag's `data-lang`, else the nearest `[lang]` ancestor's, else `zh-CN`.
   * - `theme`: Colour theme: `light` (default), `dark` or `high-contrast`.
   * - `size`: `large` for ageing-friendly display (适老化): body text ≥ 18 px, targets ≥ 44 px.
   * - `data`: A `/v1/rankings` payload the host already holds: shown without a request. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `tsgs-merchant-select`: A person activated an operator's name; `detail: { uscc, name }`.
   * - `tsgs-load`: The ranking is on screen; `detail: { data, stale, fetchedAt }`.
   * - `tsgs-error`: It cannot be shown; `detail: { kind, message, field?, status? }`.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--tsgs-color-surface`: Background. (default: `undefined`)
   * - `--tsgs-color-text`: Text colour. (default: `undefined`)
   * - `--tsgs-color-accent`: Buttons, links and the current page. (default: `undefined`)
   * - `--tsgs-color-border`: Table rules. (default: `undefined`)
   * - `--tsgs-color-control-border`: The page-size list's border (keep it ≥ 3:1 against the surface). (default: `undefined`)
   * - `--tsgs-color-focus`: The focus ring. (default: `undefined`)
   * - `--tsgs-font-family`: Font (default: the browser's sans-serif for the text's language, `zh-CN`, `zh-TW` or `en`). (default: `undefined`)
   * - `--tsgs-font-size`: Body text size (default 15 px; 20 px with `size="large"`). (default: `undefined`)
   * - `--tsgs-ranking-min-height`: Space reserved until the data is there (default 15.5rem and 3.25rem a row of the page size). (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The whole view.
   * - `sample`: The label saying the data is fictional sample data (示例数据).
   * - `draft`: In a publisher's preview only, the label saying the figures are not yet published (未发布 · 预览).
   * - `period`: Period, publisher and update time.
   * - `table`: The ranking table.
   * - `sort`: A sortable column header's button.
   * - `row`: One operator's row.
   * - `merchant`: The button with an operator's name.
   * - `filter`: The industry list (with `industry-select`).
   * - `pager`: Paging controls and the total.
   * - `status`: The loading, error and empty views.
   * - `message`: The message in the error view.
   * - `retry`: The retry button.
   * - `stale`: The notice shown when the data is an old copy.
   */
  "tsgs-city-ranking": Partial<
    TsgsCityRankingProps &
      TsgsCityRankingSolidJsProps &
      BaseProps<TsgsCityRanking> &
      BaseEvents
  >;

  /**
   * A region's complaint categories in a period, largest first, each with its count, share and
   * change against the previous period, and labelled 热点 (hot), 苗头 (emerging) or 风险 (risk) in
   * words and with a symbol — never by colour alone — with the regulator's note where there is one.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `region`: GB/T 2260 code of the region (a city such as 310000, a province or a district). Required.
   * - `period`: The period: `2026Q3`, `2026-09` or `2026`. Default: the latest the API publishes.
   * - `heading-level`/`headingLevel`: Level of the element's heading, 1–6 (default 3), its sub-headings one deeper: set it to fit the page's outline.
   * - `api`: Base URL of the disclosure API. Default: the provider's, else the script tag's `data-api`, else this page's origin.
   * - `lang`: Language: `zh-CN`, `zh-TW` or `en`. Default: the provider's, else the script tag's `data-lang`, else the nearest `[lang]` ancestor's, else `zh-CN`.
   * - `theme`: Colour theme: `light` (default), `dark` or `high-contrast`.
   * - `size`: `large` for ageing-friendly display (适老化): body text ≥ 18 px, targets ≥ 44 px.
   * - `data`: A `/v1/hot-issues` payload the host already holds: shown without a request. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `tsgs-load`: The issues are on screen; `detail: { data, stale, fetchedAt }`.
   * - `tsgs-error`: They cannot be shown; `detail: { kind, message, field?, status? }`.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--tsgs-color-surface`: Background. (default: `undefined`)
   * - `--tsgs-color-text`: Text colour. (default: `undefined`)
   * - `--tsgs-color-accent`: Counts and share bars. (default: `undefined`)
   * - `--tsgs-color-danger`: The 风险 (risk) label. (default: `undefined`)
   * - `--tsgs-color-warning`: The 苗头 (emerging) label. (default: `undefined`)
   * - `--tsgs-font-family`: Font (default: the browser's sans-serif for the text's language, `zh-CN`, `zh-TW` or `en`). (default: `undefined`)
   * - `--tsgs-font-size`: Body text size (default 15 px; 20 px with `size="large"`). (default: `undefined`)
   * - `--tsgs-hot-issues-min-height`: Space reserved until the data is there (default 16rem). (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The whole view.
   * - `sample`: The label saying the data is fictional sample data (示例数据).
   * - `draft`: In a publisher's preview only, the label saying the figures are not yet published (未发布 · 预览).
   * - `heading`: The title with region and total.
   * - `period`: Period, publisher and update time.
   * - `list`: The list of categories.
   * - `item`: One category.
   * - `kind`: A 热点 / 苗头 / 风险 label.
   * - `note`: The regulator's note on a category.
   * - `status`: The loading, error and empty views.
   * - `message`: The message in the error view.
   * - `retry`: The retry button.
   * - `stale`: The notice shown when the data is an old copy.
   */
  "tsgs-hot-issues": Partial<
    TsgsHotIssuesProps &
      TsgsHotIssuesSolidJsProps &
      BaseProps<TsgsHotIssues> &
      BaseEvents
  >;

  /**
   * For unattended portrait touch screens (1080×1920) in community centres and malls: full-screen
   * slides rotating through a city's ranking, hot issues, trend and consumer warnings, and a search
   * slide. Ageing-friendly sizes by default (body text 24 px, touch targets 60 px). The slide
   * buttons, 下一页 and 暂停轮播 are always on screen; any touch, wheel, scroll or key pauses the
   * rotation. After `idle` seconds with none, a large dialog asks 还在看吗？ and only if nobody answers
   * within 30 seconds does the kiosk return to the first slide, forget the search and rotate again.
   * Under `prefers-reduced-motion` it never rotates by itself. It refreshes its data every few minutes; when the network is gone it keeps
   * showing the last good data under a visible 离线 badge with the update time, and recovers by
   * itself. A clock, the publisher's name and a QR code to the official disclosure page (to continue
   * on a phone) are always on screen. No keyboard or mouse is needed.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `region`: GB/T 2260 code of the city (or province or district) to show. Required.
   * - `interval`: Seconds each slide stays on screen (default 20).
   * - `idle`: Seconds without a touch before the kiosk asks 还在看吗？; 30 s later, unanswered, it returns to the first slide (default 90).
   * - `refresh-interval`/`refreshInterval`: Minutes between data refreshes (default 10; every 30 s while offline).
   * - `refresh`/`legacyRefresh`: The old name of `refresh-interval`, read for one more release.
   * - `link`: The official disclosure page the QR code opens (https). Default: the publisher's disclosure page
   * from the data (`/v1/meta`'s `links.disclosure`), else its address. While an operator is shown, on a
   * static export with operator pages, the QR code opens that operator's page instead.
   * - `api`: Base URL of the disclosure API. Default: the provider's, else the script tag's `data-api`, else this page's origin.
   * - `lang`: Language: `zh-CN`, `zh-TW` or `en`. Default: the provider's, else the script tag's `data-lang`, else the nearest `[lang]` ancestor's, else `zh-CN`.
   * - `theme`: Colour theme: `light` (default), `dark` or `high-contrast`.
   * - `size`: `large` for ageing-friendly display (适老化): body text ≥ 18 px, targets ≥ 44 px.
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `tsgs-load`: (from the elements inside) data is on screen.
   * - `tsgs-error`: (from the elements inside) data cannot be shown.
   * - `tsgs-merchant-select`: (from the ranking or the search inside) a person chose an operator.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--tsgs-font-size-large`: Body text size of everything inside (default 24 px). (default: `undefined`)
   * - `--tsgs-target-size-large`: Smallest touch target (default 60 px). (default: `undefined`)
   * - `--tsgs-color-surface`: Background. (default: `undefined`)
   * - `--tsgs-color-text`: Text colour. (default: `undefined`)
   * - `--tsgs-color-warning`: The offline badge. (default: `undefined`)
   * - `--tsgs-color-backdrop`: What dims the screen behind 还在看吗？ (default: `undefined`)
   * - `--tsgs-kiosk-min-height`: Space reserved until the element's code is there (default 100dvh). (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The whole screen.
   * - `header`: Title, clock, publisher and the offline badge.
   * - `clock`: The clock.
   * - `offline`: The 离线 badge shown while the data cannot be refreshed.
   * - `slide`: One slide.
   * - `controls`: The slide buttons, 下一页 and pause/play.
   * - `still-there`: The dialog that asks 还在看吗？ before the kiosk returns to its start.
   * - `qr`: The QR code with its caption.
   */
  "tsgs-kiosk": Partial<
    TsgsKioskProps & TsgsKioskSolidJsProps & BaseProps<TsgsKiosk> & BaseEvents
  >;

  /**
   * One business operator's complaint disclosure (消费投诉公示): the three facts the regulation
   * requires — registration information, complaints accepted, and the mediation success rate with
   * self-settlement included — with the period and publisher they belong to; and, where the publisher
   * supplied the operator's sales, complaints accepted per ¥100 million of sales (投诉量占销售额比例).
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `uscc`: The operator's unified social credit code (统一社会信用代码, 18 characters). Required.
   * - `period`: The period to show: `2026Q3`, `2026-09` or `2026`. Default: the latest the API publishes.
   * - `variant`: `full` (default) shows everything; `compact` is one line of name and the two figures, the rest one click away.
   * - `heading-level`/`headingLevel`: Level of the element's heading, 1–6 (default 3; 4 in `compact`), its sub-headings one deeper: set it to fit the page's outline.
   * - `api`: Base URL of the disclosure API. Default: the provider's, else the script tag's `data-api`, else this page's origin.
   * - `lang`: Language: `zh-CN`, `zh-TW` or `en`. Default: the provider's, else the script tag's `data-lang`, else the nearest `[lang]` ancestor's, else `zh-CN`.
   * - `theme`: Colour theme: `light` (default), `dark` or `high-contrast`.
   * - `size`: `large` for ageing-friendly display (适老化): body text ≥ 18 px, targets ≥ 44 px.
   * - `data`: A disclosure the host already holds (`/v1/merchants/{uscc}` payload): shown without a request. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `tsgs-load`: The disclosure is on screen; `detail: { data, stale, fetchedAt }`.
   * - `tsgs-error`: It cannot be shown; `detail: { kind, message, field?, status? }`.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--tsgs-color-surface`: Background. (default: `undefined`)
   * - `--tsgs-color-text`: Text colour. (default: `undefined`)
   * - `--tsgs-color-muted`: Secondary text. (default: `undefined`)
   * - `--tsgs-color-border`: Borders and rules. (default: `undefined`)
   * - `--tsgs-color-accent`: Figures, links and buttons. (default: `undefined`)
   * - `--tsgs-color-warning`: Warnings (failed check character, stale data). (default: `undefined`)
   * - `--tsgs-color-sample-surface`: Background of the sample-data label. (default: `undefined`)
   * - `--tsgs-font-family`: Font (default: the browser's sans-serif for the text's language, `zh-CN`, `zh-TW` or `en`). (default: `undefined`)
   * - `--tsgs-font-size`: Body text size (default 15 px; 20 px with `size="large"`). (default: `undefined`)
   * - `--tsgs-radius`: Corner radius. (default: `undefined`)
   * - `--tsgs-card-min-height`: Space reserved until the data is there (default 44rem; in compact, four lines). (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The card (in `compact`, the `<details>` that holds it).
   * - `sample`: The label saying the data is fictional sample data (示例数据).
   * - `draft`: In a publisher's preview only, the label saying the figures are not yet published (未发布 · 预览).
   * - `header`: Name and code.
   * - `name`: The operator's name.
   * - `uscc`: The unified social credit code.
   * - `uscc-warning`: The warning shown when the code's check character fails.
   * - `period`: Period, publisher and update time.
   * - `figures`: The figures: accepted complaints, mediation success rate and, where sales are known, complaints per sales.
   * - `figure`: Each figure.
   * - `per-sales`: The figure of complaints accepted per ¥100 million of sales (only when the publisher supplied sales).
   * - `definition`: How a figure is defined: the mediation success rate, and complaints per sales.
   * - `per-sales-definition`: How complaints per ¥100 million of sales are defined (also a `definition`).
   * - `registration`: Registration information (工商登记信息).
   * - `categories`: Top complaint categories.
   * - `responses`: The operator's statements and correction requests.
   * - `cases`: Recent de-identified case summaries (full variant).
   * - `links`: Links to the official record and to report an error.
   * - `status`: The loading, error and empty views.
   * - `message`: The message in the error view.
   * - `retry`: The retry button.
   * - `stale`: The notice shown when the data is an old copy.
   */
  "tsgs-merchant-card": Partial<
    TsgsMerchantCardProps &
      TsgsMerchantCardSolidJsProps &
      BaseProps<TsgsMerchantCard> &
      BaseEvents
  >;

  /**
   * Finds an operator by name or unified social credit code (full or partial) as a person types: a
   * combobox in the WAI-ARIA pattern (arrow keys move through the hits, Enter chooses, Escape closes
   * the list and then clears the box). Each hit shows its region, industry and accepted complaints.
   * Choosing one fires `tsgs-merchant-select`; with `for="card-id"` it also shows that operator in
   * the `<tsgs-merchant-card>` with that id. With `region-select` it offers the regions that have
   * data, from the API, to narrow the search to.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `region`: GB/T 2260 code to search within (a city such as 310000, a province or a district). Default: everywhere.
   * - `for`/`htmlFor`: The id of a `<tsgs-merchant-card>` in the same document (or shadow root) to show the chosen operator in.
   * - `label`: The label above the box. Default: 查询经营者.
   * - `region-select`/`regionSelect`: Offers a list of the regions that have data (within `region`, two levels down) to narrow the search to.
   * - `api`: Base URL of the disclosure API. Default: the provider's, else the script tag's `data-api`, else this page's origin.
   * - `lang`: Language: `zh-CN`, `zh-TW` or `en`. Default: the provider's, else the script tag's `data-lang`, else the nearest `[lang]` ancestor's, else `zh-CN`.
   * - `theme`: Colour theme: `light` (default), `dark` or `high-contrast`.
   * - `size`: `large` for ageing-friendly display (适老化): body text ≥ 18 px, targets ≥ 44 px.
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `tsgs-merchant-select`: A person chose an operator; `detail: { uscc, name }`.
   * - `tsgs-load`: Hits for a query are on screen; `detail: { data, stale, fetchedAt }`.
   * - `tsgs-error`: A search failed; `detail: { kind, message, field?, status? }`.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--tsgs-color-surface`: Background. (default: `undefined`)
   * - `--tsgs-color-text`: Text colour. (default: `undefined`)
   * - `--tsgs-color-accent`: The active hit, and the box's border while focused. (default: `undefined`)
   * - `--tsgs-color-control-border`: The box's border (keep it ≥ 3:1 against the surface). (default: `undefined`)
   * - `--tsgs-color-focus`: The focus ring. (default: `undefined`)
   * - `--tsgs-font-family`: Font (default: the browser's sans-serif for the text's language, `zh-CN`, `zh-TW` or `en`). (default: `undefined`)
   * - `--tsgs-font-size`: Body text size (default 15 px; 20 px with `size="large"`). (default: `undefined`)
   * - `--tsgs-search-min-height`: Space reserved until the element's code is there (default: its label, box and status line). (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The whole search.
   * - `area`: The list of regions to search within (with `region-select`).
   * - `label`: The label above the box.
   * - `input`: The search box.
   * - `status`: The line saying what the search found, or why it found nothing.
   * - `listbox`: The list of hits.
   * - `option`: One hit.
   * - `retry`: The retry button after a failed search.
   */
  "tsgs-merchant-search": Partial<
    TsgsMerchantSearchProps &
      TsgsMerchantSearchSolidJsProps &
      BaseProps<TsgsMerchantSearch> &
      BaseEvents
  >;

  /**
   * Gives every tsgs element inside it the same API, language, theme and size; changing one of its
   * attributes updates them all at once. An element's own attribute still wins over the provider's.
   * It draws nothing itself (`display: contents`).
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `api`: Base URL of the disclosure API for every element inside.
   * - `lang`: Language for every element inside: `zh-CN`, `zh-TW` or `en`.
   * - `theme`: Colour theme for every element inside: `light`, `dark` or `high-contrast`.
   * - `size`: `large` for ageing-friendly display (适老化) in every element inside.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: The page content whose tsgs elements take this configuration.
   */
  "tsgs-provider": Partial<
    TsgsProviderProps &
      TsgsProviderSolidJsProps &
      BaseProps<TsgsProvider> &
      BaseEvents
  >;

  /**
   * A trend of complaints for a region, one operator or an industry, by month or quarter: accepted
   * complaints, the mediation success rate, or both on two labelled axes. Chart.js loads only when
   * the chart comes near the viewport; a one-sentence summary describes the chart, and a 数据表
   * button shows every point as a real table.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `region`: GB/T 2260 code of a region. Give one of `region` and `uscc`, or `industry` alone.
   * - `uscc`: An operator's unified social credit code.
   * - `industry`: GB/T 4754 filter (`F`, `52`, `5212`): an industry nationwide, or within `region`.
   * - `metric`: `accepted` (default), `mediation-rate`, or `both` on two axes.
   * - `granularity`: `month` (default) or `quarter`.
   * - `from`: First period of the series (a month or quarter matching `granularity`). Default: 12 months or 8 quarters back.
   * - `to`: Last period of the series. Default: the latest.
   * - `type`: `line` (default) or `bar`.
   * - `api`: Base URL of the disclosure API. Default: the provider's, else the script tag's `data-api`, else this page's origin.
   * - `lang`: Language: `zh-CN`, `zh-TW` or `en`. Default: the provider's, else the script tag's `data-lang`, else the nearest `[lang]` ancestor's, else `zh-CN`.
   * - `theme`: Colour theme: `light` (default), `dark` or `high-contrast`.
   * - `size`: `large` for ageing-friendly display (适老化): body text ≥ 18 px, targets ≥ 44 px.
   * - `data`: A `/v1/trends` payload the host already holds: shown without a request. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `tsgs-load`: The trend is on screen; `detail: { data, stale, fetchedAt }`.
   * - `tsgs-error`: It cannot be shown; `detail: { kind, message, field?, status? }`.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--tsgs-color-accent`: The accepted-complaints series. (default: `undefined`)
   * - `--tsgs-color-success`: The mediation-rate series. (default: `undefined`)
   * - `--tsgs-color-muted`: Axis labels. (default: `undefined`)
   * - `--tsgs-color-border`: Grid lines. (default: `undefined`)
   * - `--tsgs-chart-height`: Height of the chart (default 16rem). (default: `undefined`)
   * - `--tsgs-chart-min-height`: Space reserved until the data is there (default 35rem). (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The whole figure.
   * - `sample`: The label saying the data is fictional sample data (示例数据).
   * - `draft`: In a publisher's preview only, the label saying the figures are not yet published (未发布 · 预览).
   * - `period`: Period, publisher and update time.
   * - `chart`: The box that holds the canvas.
   * - `summary`: The sentence that describes the trend.
   * - `table-toggle`: The button that shows or hides the data table.
   * - `table`: The data table.
   * - `status`: The loading, error and empty views.
   * - `message`: The message in the error view.
   * - `retry`: The retry button.
   * - `stale`: The notice shown when the data is an old copy.
   */
  "tsgs-trend-chart": Partial<
    TsgsTrendChartProps &
      TsgsTrendChartSolidJsProps &
      BaseProps<TsgsTrendChart> &
      BaseEvents
  >;
};

export type CustomCssProperties = {
  /** Background. */
  "--tsgs-color-surface"?: string | undefined;
  /** Text colour. */
  "--tsgs-color-text"?: string | undefined;
  /** Dates, categories and regions. */
  "--tsgs-color-muted"?: string | undefined;
  /** Links. */
  "--tsgs-color-accent"?: string | undefined;
  /** The rule beside each warning. */
  "--tsgs-color-warning"?: string | undefined;
  /** Font (default: the browser's sans-serif for the text's language, `zh-CN`, `zh-TW` or `en`). */
  "--tsgs-font-family"?: string | undefined;
  /** Body text size (default 15 px; 20 px with `size="large"`). */
  "--tsgs-font-size"?: string | undefined;
  /** Space reserved until the data is there (default 14rem). */
  "--tsgs-alerts-min-height"?: string | undefined;
  /** Table rules. */
  "--tsgs-color-border"?: string | undefined;
  /** The page-size list's border (keep it ≥ 3:1 against the surface). */
  "--tsgs-color-control-border"?: string | undefined;
  /** The focus ring. */
  "--tsgs-color-focus"?: string | undefined;
  /** Space reserved until the data is there (default 15.5rem and 3.25rem a row of the page size). */
  "--tsgs-ranking-min-height"?: string | undefined;
  /** The 风险 (risk) label. */
  "--tsgs-color-danger"?: string | undefined;
  /** Space reserved until the data is there (default 16rem). */
  "--tsgs-hot-issues-min-height"?: string | undefined;
  /** Body text size of everything inside (default 24 px). */
  "--tsgs-font-size-large"?: string | undefined;
  /** Smallest touch target (default 60 px). */
  "--tsgs-target-size-large"?: string | undefined;
  /** What dims the screen behind 还在看吗？ */
  "--tsgs-color-backdrop"?: string | undefined;
  /** Space reserved until the element's code is there (default 100dvh). */
  "--tsgs-kiosk-min-height"?: string | undefined;
  /** Background of the sample-data label. */
  "--tsgs-color-sample-surface"?: string | undefined;
  /** Corner radius. */
  "--tsgs-radius"?: string | undefined;
  /** Space reserved until the data is there (default 44rem; in compact, four lines). */
  "--tsgs-card-min-height"?: string | undefined;
  /** Space reserved until the element's code is there (default: its label, box and status line). */
  "--tsgs-search-min-height"?: string | undefined;
  /** The mediation-rate series. */
  "--tsgs-color-success"?: string | undefined;
  /** Height of the chart (default 16rem). */
  "--tsgs-chart-height"?: string | undefined;
  /** Space reserved until the data is there (default 35rem). */
  "--tsgs-chart-min-height"?: string | undefined;
};

declare module "react" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "react/jsx-runtime" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "react/jsx-dev-runtime" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "preact" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "@builder.io/qwik" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "@stencil/core" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "hono/jsx" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "react-native" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "solid-js" {
  namespace JSX {
    interface IntrinsicElements extends CustomElementsSolidJs {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare global {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}
