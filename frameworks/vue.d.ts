import type { DefineComponent, HTMLAttributes } from "vue";
import type {
  TsgsAlerts,
  TsgsLoadDetail,
  TsgsErrorDetail,
  TsgsCityRanking,
  MerchantSelectDetail,
  TsgsHotIssues,
  TsgsKiosk,
  TsgsMerchantCard,
  TsgsMerchantSearch,
  TsgsProvider,
  TsgsTrendChart,
} from "tsgs";

type TsgsAlertsProps = {
  /** GB/T 2260 code of the region (a city such as 310000, a province or a district). Required. */
  region?: TsgsAlerts["region"];
  /** How many warnings to show at most, 1 to 50. Default: the API's (10). */
  limit?: TsgsAlerts["limit"];
  /** Level of the element's heading, 1–6 (default 3), its sub-headings one deeper: set it to fit the page's outline. */
  headingLevel?: TsgsAlerts["headingLevel"];
  /** Base URL of the disclosure API. Default: the provider's, else the script tag's `data-api`, else this page's origin. */
  api?: TsgsAlerts["api"];
  /** Language: `zh-CN`, `zh-TW` or `en`. Default: the provider's, else the script tag's `data-lang`, else the nearest `[lang]` ancestor's, else `zh-CN`. */
  lang?: TsgsAlerts["lang"];
  /** Colour theme: `light` (default), `dark` or `high-contrast`. */
  theme?: TsgsAlerts["theme"];
  /** `large` for ageing-friendly display (适老化): body text ≥ 18 px, targets ≥ 44 px. */
  size?: TsgsAlerts["size"];
  /** A `/v1/alerts` payload the host already holds: shown without a request. */
  data?: TsgsAlerts["data"];
  /** The warnings are on screen; `detail: { data, stale, fetchedAt }`. */
  onTsgsLoad?: (e: CustomEvent<TsgsLoadDetail>) => void;
  /** They cannot be shown; `detail: { kind, message, field?, status? }`. */
  onTsgsError?: (e: CustomEvent<TsgsErrorDetail>) => void;
};

type TsgsCityRankingProps = {
  /** GB/T 2260 code of the region to rank (a city such as 310000, a province or a district). Required. */
  region?: TsgsCityRanking["region"];
  /** The period: `2026Q3`, `2026-09` or `2026`. Default: the latest the API publishes. */
  period?: TsgsCityRanking["period"];
  /** What to rank by: `accepted` (default), `mediation-rate`, `change` against the previous period, or `per-sales` (complaints per ¥100 million of sales; only operators whose publisher supplied sales). */
  metric?: TsgsCityRanking["metric"];
  /** `desc` (default) or `asc`. */
  order?: TsgsCityRanking["order"];
  /** `all` (default), `red` (红榜) or `black` (黑榜), as the API's thresholds define them. */
  list?: TsgsCityRanking["list"];
  /** GB/T 4754 filter at any level: a section letter (`F`), a division (`52`), a group (`521`) or a class (`5212`). */
  industry?: TsgsCityRanking["industry"];
  /** Offers a list of the industries (GB/T 4754 divisions) that have operators in the region, to filter by; choosing one sets `industry`. */
  industrySelect?: TsgsCityRanking["industrySelect"];
  /** Rows per page, 1–1000 (default 20). */
  pageSize?: TsgsCityRanking["pageSize"];
  /** For kiosks: seconds between pages (0, the default, is off). Pauses while touched, hovered or focused; off under `prefers-reduced-motion`. */
  autoplay?: TsgsCityRanking["autoplay"];
  /** The page shown, from 1. */
  page?: TsgsCityRanking["page"];
  /** Base URL of the disclosure API. Default: the provider's, else the script tag's `data-api`, else this page's origin. */
  api?: TsgsCityRanking["api"];
  /** Language: `zh-CN`, `zh-TW` or `en`. Default: the provider's, else the script tag's `data-lang`, else the nearest `[lang]` ancestor's, else `zh-CN`. */
  lang?: TsgsCityRanking["lang"];
  /** Colour theme: `light` (default), `dark` or `high-contrast`. */
  theme?: TsgsCityRanking["theme"];
  /** `large` for ageing-friendly display (适老化): body text ≥ 18 px, targets ≥ 44 px. */
  size?: TsgsCityRanking["size"];
  /** A `/v1/rankings` payload the host already holds: shown without a request. */
  data?: TsgsCityRanking["data"];
  /** A person activated an operator's name; `detail: { uscc, name }`. */
  onTsgsMerchantSelect?: (e: CustomEvent<MerchantSelectDetail>) => void;
  /** The ranking is on screen; `detail: { data, stale, fetchedAt }`. */
  onTsgsLoad?: (e: CustomEvent<TsgsLoadDetail>) => void;
  /** It cannot be shown; `detail: { kind, message, field?, status? }`. */
  onTsgsError?: (e: CustomEvent<TsgsErrorDetail>) => void;
};

type TsgsHotIssuesProps = {
  /** GB/T 2260 code of the region (a city such as 310000, a province or a district). Required. */
  region?: TsgsHotIssues["region"];
  /** The period: `2026Q3`, `2026-09` or `2026`. Default: the latest the API publishes. */
  period?: TsgsHotIssues["period"];
  /** Level of the element's heading, 1–6 (default 3), its sub-headings one deeper: set it to fit the page's outline. */
  headingLevel?: TsgsHotIssues["headingLevel"];
  /** Base URL of the disclosure API. Default: the provider's, else the script tag's `data-api`, else this page's origin. */
  api?: TsgsHotIssues["api"];
  /** Language: `zh-CN`, `zh-TW` or `en`. Default: the provider's, else the script tag's `data-lang`, else the nearest `[lang]` ancestor's, else `zh-CN`. */
  lang?: TsgsHotIssues["lang"];
  /** Colour theme: `light` (default), `dark` or `high-contrast`. */
  theme?: TsgsHotIssues["theme"];
  /** `large` for ageing-friendly display (适老化): body text ≥ 18 px, targets ≥ 44 px. */
  size?: TsgsHotIssues["size"];
  /** A `/v1/hot-issues` payload the host already holds: shown without a request. */
  data?: TsgsHotIssues["data"];
  /** The issues are on screen; `detail: { data, stale, fetchedAt }`. */
  onTsgsLoad?: (e: CustomEvent<TsgsLoadDetail>) => void;
  /** They cannot be shown; `detail: { kind, message, field?, status? }`. */
  onTsgsError?: (e: CustomEvent<TsgsErrorDetail>) => void;
};

type TsgsKioskProps = {
  /** GB/T 2260 code of the city (or province or district) to show. Required. */
  region?: TsgsKiosk["region"];
  /** Seconds each slide stays on screen (default 20). */
  interval?: TsgsKiosk["interval"];
  /** Seconds without a touch before the kiosk asks 还在看吗？; 30 s later, unanswered, it returns to the first slide (default 90). */
  idle?: TsgsKiosk["idle"];
  /** Minutes between data refreshes (default 10; every 30 s while offline). */
  refreshInterval?: TsgsKiosk["refreshInterval"];
  /** @deprecated Use `refresh-interval`: `refresh` is the method every tsgs element has. - The old name of `refresh-interval`, read for one more release. */
  legacyRefresh?: TsgsKiosk["legacyRefresh"];
  /** The official disclosure page the QR code opens (https). Default: the publisher's disclosure page
from the data (`/v1/meta`'s `links.disclosure`), else its address. While an operator is shown, on a
static export with operator pages, the QR code opens that operator's page instead. */
  link?: TsgsKiosk["link"];
  /** Base URL of the disclosure API. Default: the provider's, else the script tag's `data-api`, else this page's origin. */
  api?: TsgsKiosk["api"];
  /** Language: `zh-CN`, `zh-TW` or `en`. Default: the provider's, else the script tag's `data-lang`, else the nearest `[lang]` ancestor's, else `zh-CN`. */
  lang?: TsgsKiosk["lang"];
  /** Colour theme: `light` (default), `dark` or `high-contrast`. */
  theme?: TsgsKiosk["theme"];
  /** `large` for ageing-friendly display (适老化): body text ≥ 18 px, targets ≥ 44 px. */
  size?: TsgsKiosk["size"];

  /** (from the elements inside) data is on screen. */
  onTsgsLoad?: (e: CustomEvent<TsgsLoadDetail>) => void;
  /** (from the elements inside) data cannot be shown. */
  onTsgsError?: (e: CustomEvent<TsgsErrorDetail>) => void;
  /** (from the ranking or the search inside) a person chose an operator. */
  onTsgsMerchantSelect?: (e: CustomEvent<MerchantSelectDetail>) => void;
};

type TsgsMerchantCardProps = {
  /** The operator's unified social credit code (统一社会信用代码, 18 characters). Required. */
  uscc?: TsgsMerchantCard["uscc"];
  /** The period to show: `2026Q3`, `2026-09` or `2026`. Default: the latest the API publishes. */
  period?: TsgsMerchantCard["period"];
  /** `full` (default) shows everything; `compact` is one line of name and the two figures, the rest one click away. */
  variant?: TsgsMerchantCard["variant"];
  /** Level of the element's heading, 1–6 (default 3; 4 in `compact`), its sub-headings one deeper: set it to fit the page's outline. */
  headingLevel?: TsgsMerchantCard["headingLevel"];
  /** Base URL of the disclosure API. Default: the provider's, else the script tag's `data-api`, else this page's origin. */
  api?: TsgsMerchantCard["api"];
  /** Language: `zh-CN`, `zh-TW` or `en`. Default: the provider's, else the script tag's `data-lang`, else the nearest `[lang]` ancestor's, else `zh-CN`. */
  lang?: TsgsMerchantCard["lang"];
  /** Colour theme: `light` (default), `dark` or `high-contrast`. */
  theme?: TsgsMerchantCard["theme"];
  /** `large` for ageing-friendly display (适老化): body text ≥ 18 px, targets ≥ 44 px. */
  size?: TsgsMerchantCard["size"];
  /** A disclosure the host already holds (`/v1/merchants/{uscc}` payload): shown without a request. */
  data?: TsgsMerchantCard["data"];
  /** The disclosure is on screen; `detail: { data, stale, fetchedAt }`. */
  onTsgsLoad?: (e: CustomEvent<TsgsLoadDetail>) => void;
  /** It cannot be shown; `detail: { kind, message, field?, status? }`. */
  onTsgsError?: (e: CustomEvent<TsgsErrorDetail>) => void;
};

type TsgsMerchantSearchProps = {
  /** GB/T 2260 code to search within (a city such as 310000, a province or a district). Default: everywhere. */
  region?: TsgsMerchantSearch["region"];
  /** The id of a `<tsgs-merchant-card>` in the same document (or shadow root) to show the chosen operator in. */
  htmlFor?: TsgsMerchantSearch["htmlFor"];
  /** The label above the box. Default: 查询经营者. */
  label?: TsgsMerchantSearch["label"];
  /** Offers a list of the regions that have data (within `region`, two levels down) to narrow the search to. */
  regionSelect?: TsgsMerchantSearch["regionSelect"];
  /** Base URL of the disclosure API. Default: the provider's, else the script tag's `data-api`, else this page's origin. */
  api?: TsgsMerchantSearch["api"];
  /** Language: `zh-CN`, `zh-TW` or `en`. Default: the provider's, else the script tag's `data-lang`, else the nearest `[lang]` ancestor's, else `zh-CN`. */
  lang?: TsgsMerchantSearch["lang"];
  /** Colour theme: `light` (default), `dark` or `high-contrast`. */
  theme?: TsgsMerchantSearch["theme"];
  /** `large` for ageing-friendly display (适老化): body text ≥ 18 px, targets ≥ 44 px. */
  size?: TsgsMerchantSearch["size"];

  /** A person chose an operator; `detail: { uscc, name }`. */
  onTsgsMerchantSelect?: (e: CustomEvent<MerchantSelectDetail>) => void;
  /** Hits for a query are on screen; `detail: { data, stale, fetchedAt }`. */
  onTsgsLoad?: (e: CustomEvent<TsgsLoadDetail>) => void;
  /** A search failed; `detail: { kind, message, field?, status? }`. */
  onTsgsError?: (e: CustomEvent<TsgsErrorDetail>) => void;
};

type TsgsProviderProps = {
  /** Base URL of the disclosure API for every element inside. */
  api?: TsgsProvider["api"];
  /** Language for every element inside: `zh-CN`, `zh-TW` or `en`. */
  lang?: TsgsProvider["lang"];
  /** Colour theme for every element inside: `light`, `dark` or `high-contrast`. */
  theme?: TsgsProvider["theme"];
  /** `large` for ageing-friendly display (适老化) in every element inside. */
  size?: TsgsProvider["size"];
};

type TsgsTrendChartProps = {
  /** GB/T 2260 code of a region. Give one of `region` and `uscc`, or `industry` alone. */
  region?: TsgsTrendChart["region"];
  /** An operator's unified social credit code. */
  uscc?: TsgsTrendChart["uscc"];
  /** GB/T 4754 filter (`F`, `52`, `5212`): an industry nationwide, or within `region`. */
  industry?: TsgsTrendChart["industry"];
  /** `accepted` (default), `mediation-rate`, or `both` on two axes. */
  metric?: TsgsTrendChart["metric"];
  /** `month` (default) or `quarter`. */
  granularity?: TsgsTrendChart["granularity"];
  /** First period of the series (a month or quarter matching `granularity`). Default: 12 months or 8 quarters back. */
  from?: TsgsTrendChart["from"];
  /** Last period of the series. Default: the latest. */
  to?: TsgsTrendChart["to"];
  /** `line` (default) or `bar`. */
  type?: TsgsTrendChart["type"];
  /** Base URL of the disclosure API. Default: the provider's, else the script tag's `data-api`, else this page's origin. */
  api?: TsgsTrendChart["api"];
  /** Language: `zh-CN`, `zh-TW` or `en`. Default: the provider's, else the script tag's `data-lang`, else the nearest `[lang]` ancestor's, else `zh-CN`. */
  lang?: TsgsTrendChart["lang"];
  /** Colour theme: `light` (default), `dark` or `high-contrast`. */
  theme?: TsgsTrendChart["theme"];
  /** `large` for ageing-friendly display (适老化): body text ≥ 18 px, targets ≥ 44 px. */
  size?: TsgsTrendChart["size"];
  /** A `/v1/trends` payload the host already holds: shown without a request. */
  data?: TsgsTrendChart["data"];
  /** The trend is on screen; `detail: { data, stale, fetchedAt }`. */
  onTsgsLoad?: (e: CustomEvent<TsgsLoadDetail>) => void;
  /** It cannot be shown; `detail: { kind, message, field?, status? }`. */
  onTsgsError?: (e: CustomEvent<TsgsErrorDetail>) => void;
};

export type CustomElements = {
  /**
   * Consumer warnings for a region.
   * ---
   *
   *
   * ### **Events:**
   *  - **TsgsLoad** - The warnings are on screen; `detail: { data, stale, fetchedAt }`.
   * - **TsgsError** - They cannot be shown; `detail: { kind, message, field?, status? }`.
   *
   * ### **CSS Properties:**
   *  - **--tsgs-color-surface** - Background. _(default: undefined)_
   * - **--tsgs-color-text** - Text colour. _(default: undefined)_
   * - **--tsgs-color-muted** - Dates, categories and regions. _(default: undefined)_
   * - **--tsgs-color-accent** - Links. _(default: undefined)_
   * - **--tsgs-color-warning** - The rule beside each warning. _(default: undefined)_
   * - **--tsgs-font-family** - Font (default: the browser's sans-serif for the text's language, `zh-CN`, `zh-TW` or `en`). _(default: undefined)_
   * - **--tsgs-font-size** - Body text size (default 15 px; 20 px with `size="large"`). _(default: undefined)_
   * - **--tsgs-alerts-min-height** - Space reserved until the data is there (default 14rem). _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **base** - The whole view.
   * - **sample** - The label saying the data is fictional sample data (示例数据).
   * - **draft** - In a publisher's preview only, the label saying the figures are not yet published (未发布 · 预览).
   * - **heading** - The title with the region.
   * - **period** - Period, publisher and update time.
   * - **list** - The list of warnings.
   * - **item** - One warning.
   * - **title** - A warning's title.
   * - **meta** - A warning's date, category and issuing region.
   * - **date** - A warning's date of publication.
   * - **category** - The complaint category a warning concerns.
   * - **summary** - A warning's summary.
   * - **link** - The link to a warning's full text.
   * - **status** - The loading, error and empty views.
   * - **message** - The message in the error view.
   * - **retry** - The retry button.
   * - **stale** - The notice shown when the data is an old copy.
   */
  "tsgs-alerts": DefineComponent<TsgsAlertsProps & HTMLAttributes>;

  /**
   * A sortable, paged ranking of a region's operators.
   * ---
   *
   *
   * ### **Events:**
   *  - **TsgsMerchantSelect** - A person activated an operator's name; `detail: { uscc, name }`.
   * - **TsgsLoad** - The ranking is on screen; `detail: { data, stale, fetchedAt }`.
   * - **TsgsError** - It cannot be shown; `detail: { kind, message, field?, status? }`.
   *
   * ### **CSS Properties:**
   *  - **--tsgs-color-surface** - Background. _(default: undefined)_
   * - **--tsgs-color-text** - Text colour. _(default: undefined)_
   * - **--tsgs-color-accent** - Buttons, links and the current page. _(default: undefined)_
   * - **--tsgs-color-border** - Table rules. _(default: undefined)_
   * - **--tsgs-color-control-border** - The page-size list's border (keep it ≥ 3:1 against the surface). _(default: undefined)_
   * - **--tsgs-color-focus** - The focus ring. _(default: undefined)_
   * - **--tsgs-font-family** - Font (default: the browser's sans-serif for the text's language, `zh-CN`, `zh-TW` or `en`). _(default: undefined)_
   * - **--tsgs-font-size** - Body text size (default 15 px; 20 px with `size="large"`). _(default: undefined)_
   * - **--tsgs-ranking-min-height** - Space reserved until the data is there (default 15.5rem and 3.25rem a row of the page size). _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **base** - The whole view.
   * - **sample** - The label saying the data is fictional sample data (示例数据).
   * - **draft** - In a publisher's preview only, the label saying the figures are not yet published (未发布 · 预览).
   * - **period** - Period, publisher and update time.
   * - **table** - The ranking table.
   * - **sort** - A sortable column header's button.
   * - **row** - One operator's row.
   * - **merchant** - The button with an operator's name.
   * - **filter** - The industry list (with `industry-select`).
   * - **pager** - Paging controls and the total.
   * - **status** - The loading, error and empty views.
   * - **message** - The message in the error view.
   * - **retry** - The retry button.
   * - **stale** - The notice shown when the data is an old copy.
   */
  "tsgs-city-ranking": DefineComponent<TsgsCityRankingProps & HTMLAttributes>;

  /**
   * The hot, emerging and risky complaint issues of a region.
   * ---
   *
   *
   * ### **Events:**
   *  - **TsgsLoad** - The issues are on screen; `detail: { data, stale, fetchedAt }`.
   * - **TsgsError** - They cannot be shown; `detail: { kind, message, field?, status? }`.
   *
   * ### **CSS Properties:**
   *  - **--tsgs-color-surface** - Background. _(default: undefined)_
   * - **--tsgs-color-text** - Text colour. _(default: undefined)_
   * - **--tsgs-color-accent** - Counts and share bars. _(default: undefined)_
   * - **--tsgs-color-danger** - The 风险 (risk) label. _(default: undefined)_
   * - **--tsgs-color-warning** - The 苗头 (emerging) label. _(default: undefined)_
   * - **--tsgs-font-family** - Font (default: the browser's sans-serif for the text's language, `zh-CN`, `zh-TW` or `en`). _(default: undefined)_
   * - **--tsgs-font-size** - Body text size (default 15 px; 20 px with `size="large"`). _(default: undefined)_
   * - **--tsgs-hot-issues-min-height** - Space reserved until the data is there (default 16rem). _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **base** - The whole view.
   * - **sample** - The label saying the data is fictional sample data (示例数据).
   * - **draft** - In a publisher's preview only, the label saying the figures are not yet published (未发布 · 预览).
   * - **heading** - The title with region and total.
   * - **period** - Period, publisher and update time.
   * - **list** - The list of categories.
   * - **item** - One category.
   * - **kind** - A 热点 / 苗头 / 风险 label.
   * - **note** - The regulator's note on a category.
   * - **status** - The loading, error and empty views.
   * - **message** - The message in the error view.
   * - **retry** - The retry button.
   * - **stale** - The notice shown when the data is an old copy.
   */
  "tsgs-hot-issues": DefineComponent<TsgsHotIssuesProps & HTMLAttributes>;

  /**
   * A full-screen, touch-operated kiosk view of a city's disclosures.
   * ---
   *
   *
   * ### **Events:**
   *  - **TsgsLoad** - (from the elements inside) data is on screen.
   * - **TsgsError** - (from the elements inside) data cannot be shown.
   * - **TsgsMerchantSelect** - (from the ranking or the search inside) a person chose an operator.
   *
   * ### **CSS Properties:**
   *  - **--tsgs-font-size-large** - Body text size of everything inside (default 24 px). _(default: undefined)_
   * - **--tsgs-target-size-large** - Smallest touch target (default 60 px). _(default: undefined)_
   * - **--tsgs-color-surface** - Background. _(default: undefined)_
   * - **--tsgs-color-text** - Text colour. _(default: undefined)_
   * - **--tsgs-color-warning** - The offline badge. _(default: undefined)_
   * - **--tsgs-color-backdrop** - What dims the screen behind 还在看吗？ _(default: undefined)_
   * - **--tsgs-kiosk-min-height** - Space reserved until the element's code is there (default 100dvh). _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **base** - The whole screen.
   * - **header** - Title, clock, publisher and the offline badge.
   * - **clock** - The clock.
   * - **offline** - The 离线 badge shown while the data cannot be refreshed.
   * - **slide** - One slide.
   * - **controls** - The slide buttons, 下一页 and pause/play.
   * - **still-there** - The dialog that asks 还在看吗？ before the kiosk returns to its start.
   * - **qr** - The QR code with its caption.
   */
  "tsgs-kiosk": DefineComponent<TsgsKioskProps & HTMLAttributes>;

  /**
   * A business operator’s complaint disclosure card.
   * ---
   *
   *
   * ### **Events:**
   *  - **TsgsLoad** - The disclosure is on screen; `detail: { data, stale, fetchedAt }`.
   * - **TsgsError** - It cannot be shown; `detail: { kind, message, field?, status? }`.
   *
   * ### **CSS Properties:**
   *  - **--tsgs-color-surface** - Background. _(default: undefined)_
   * - **--tsgs-color-text** - Text colour. _(default: undefined)_
   * - **--tsgs-color-muted** - Secondary text. _(default: undefined)_
   * - **--tsgs-color-border** - Borders and rules. _(default: undefined)_
   * - **--tsgs-color-accent** - Figures, links and buttons. _(default: undefined)_
   * - **--tsgs-color-warning** - Warnings (failed check character, stale data). _(default: undefined)_
   * - **--tsgs-color-sample-surface** - Background of the sample-data label. _(default: undefined)_
   * - **--tsgs-font-family** - Font (default: the browser's sans-serif for the text's language, `zh-CN`, `zh-TW` or `en`). _(default: undefined)_
   * - **--tsgs-font-size** - Body text size (default 15 px; 20 px with `size="large"`). _(default: undefined)_
   * - **--tsgs-radius** - Corner radius. _(default: undefined)_
   * - **--tsgs-card-min-height** - Space reserved until the data is there (default 44rem; in compact, four lines). _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **base** - The card (in `compact`, the `<details>` that holds it).
   * - **sample** - The label saying the data is fictional sample data (示例数据).
   * - **draft** - In a publisher's preview only, the label saying the figures are not yet published (未发布 · 预览).
   * - **header** - Name and code.
   * - **name** - The operator's name.
   * - **uscc** - The unified social credit code.
   * - **uscc-warning** - The warning shown when the code's check character fails.
   * - **period** - Period, publisher and update time.
   * - **figures** - The figures: accepted complaints, mediation success rate and, where sales are known, complaints per sales.
   * - **figure** - Each figure.
   * - **per-sales** - The figure of complaints accepted per ¥100 million of sales (only when the publisher supplied sales).
   * - **definition** - How a figure is defined: the mediation success rate, and complaints per sales.
   * - **per-sales-definition** - How complaints per ¥100 million of sales are defined (also a `definition`).
   * - **registration** - Registration information (工商登记信息).
   * - **categories** - Top complaint categories.
   * - **responses** - The operator's statements and correction requests.
   * - **cases** - Recent de-identified case summaries (full variant).
   * - **links** - Links to the official record and to report an error.
   * - **status** - The loading, error and empty views.
   * - **message** - The message in the error view.
   * - **retry** - The retry button.
   * - **stale** - The notice shown when the data is an old copy.
   */
  "tsgs-merchant-card": DefineComponent<TsgsMerchantCardProps & HTMLAttributes>;

  /**
   * Type-ahead search for operators, paired with the merchant card.
   * ---
   *
   *
   * ### **Events:**
   *  - **TsgsMerchantSelect** - A person chose an operator; `detail: { uscc, name }`.
   * - **TsgsLoad** - Hits for a query are on screen; `detail: { data, stale, fetchedAt }`.
   * - **TsgsError** - A search failed; `detail: { kind, message, field?, status? }`.
   *
   * ### **CSS Properties:**
   *  - **--tsgs-color-surface** - Background. _(default: undefined)_
   * - **--tsgs-color-text** - Text colour. _(default: undefined)_
   * - **--tsgs-color-accent** - The active hit, and the box's border while focused. _(default: undefined)_
   * - **--tsgs-color-control-border** - The box's border (keep it ≥ 3:1 against the surface). _(default: undefined)_
   * - **--tsgs-color-focus** - The focus ring. _(default: undefined)_
   * - **--tsgs-font-family** - Font (default: the browser's sans-serif for the text's language, `zh-CN`, `zh-TW` or `en`). _(default: undefined)_
   * - **--tsgs-font-size** - Body text size (default 15 px; 20 px with `size="large"`). _(default: undefined)_
   * - **--tsgs-search-min-height** - Space reserved until the element's code is there (default: its label, box and status line). _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **base** - The whole search.
   * - **area** - The list of regions to search within (with `region-select`).
   * - **label** - The label above the box.
   * - **input** - The search box.
   * - **status** - The line saying what the search found, or why it found nothing.
   * - **listbox** - The list of hits.
   * - **option** - One hit.
   * - **retry** - The retry button after a failed search.
   */
  "tsgs-merchant-search": DefineComponent<TsgsMerchantSearchProps & HTMLAttributes>;

  /**
   * Shared configuration for the tsgs elements inside it.
   * ---
   *
   *
   * ### **Slots:**
   *  - _default_ - The page content whose tsgs elements take this configuration.
   */
  "tsgs-provider": DefineComponent<TsgsProviderProps & HTMLAttributes>;

  /**
   * A trend chart with an accessible data table.
   * ---
   *
   *
   * ### **Events:**
   *  - **TsgsLoad** - The trend is on screen; `detail: { data, stale, fetchedAt }`.
   * - **TsgsError** - It cannot be shown; `detail: { kind, message, field?, status? }`.
   *
   * ### **CSS Properties:**
   *  - **--tsgs-color-accent** - The accepted-complaints series. _(default: undefined)_
   * - **--tsgs-color-success** - The mediation-rate series. _(default: undefined)_
   * - **--tsgs-color-muted** - Axis labels. _(default: undefined)_
   * - **--tsgs-color-border** - Grid lines. _(default: undefined)_
   * - **--tsgs-chart-height** - Height of the chart (default 16rem). _(default: undefined)_
   * - **--tsgs-chart-min-height** - Space reserved until the data is there (default 35rem). _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **base** - The whole figure.
   * - **sample** - The label saying the data is fictional sample data (示例数据).
   * - **draft** - In a publisher's preview only, the label saying the figures are not yet published (未发布 · 预览).
   * - **period** - Period, publisher and update time.
   * - **chart** - The box that holds the canvas.
   * - **summary** - The sentence that describes the trend.
   * - **table-toggle** - The button that shows or hides the data table.
   * - **table** - The data table.
   * - **status** - The loading, error and empty views.
   * - **message** - The message in the error view.
   * - **retry** - The retry button.
   * - **stale** - The notice shown when the data is an old copy.
   */
  "tsgs-trend-chart": DefineComponent<TsgsTrendChartProps & HTMLAttributes>;
};

declare module "vue" {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface
  interface GlobalComponents extends CustomElements {}
}

declare global {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-interface
    interface IntrinsicElements extends CustomElements {}
  }
}
