/**
 * A page bundled by esbuild: one subpath import per element it shows, configuration through the
 * provider, events listened to on the document, and a payload the page holds handed over as `.data`.
 */
import { clientFor, type TsgsHotIssues, type TsgsProvider } from 'tsgs';
import 'tsgs/city-ranking';
import 'tsgs/hot-issues';
import 'tsgs/merchant-card';
import 'tsgs/merchant-search';
import 'tsgs/provider';

declare const TSGS_API: string;

(document.querySelector('tsgs-provider') as TsgsProvider).api = TSGS_API;

document.addEventListener('tsgs-merchant-select', (event) => {
  (document.getElementById('chosen-name') as HTMLOutputElement).value = event.detail.name;
});

const hot = document.getElementById('hot') as TsgsHotIssues;
clientFor(TSGS_API)
  .hotIssues({ region: '310000' })
  .then((answer) => {
    hot.data = answer.data;
  });
