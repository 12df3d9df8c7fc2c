/**
 * A React 19 page with tsgs: the tags themselves (typed by tsgs/react-jsx), one of them through the
 * React 18 wrapper (tsgs/react), events into React state, and a payload the app holds handed over as `.data`.
 */
import { useEffect, useState } from 'react';
import { clientFor, type HotIssues } from 'tsgs';
import 'tsgs/city-ranking';
import 'tsgs/hot-issues';
import 'tsgs/merchant-card';
import 'tsgs/provider';
import { TsgsAlerts } from 'tsgs/react/alerts';

const API = import.meta.env.VITE_TSGS_API ?? 'http://localhost:8787';

export function App() {
  const [chosen, setChosen] = useState<string>();
  const [loaded, setLoaded] = useState(0);
  const [issues, setIssues] = useState<HotIssues>();

  // The app fetches this payload itself (through the same client the elements use) and hands it over.
  useEffect(() => {
    const abort = new AbortController();
    clientFor(API)
      .hotIssues({ region: '310000' }, abort.signal)
      .then((answer) => setIssues(answer.data))
      .catch(() => {});
    return () => abort.abort();
  }, []);

  return (
    <tsgs-provider api={API} lang="zh-CN">
      <h1>消费投诉公示</h1>
      <tsgs-city-ranking region="310000" page-size={5} ontsgs-merchant-select={(event) => setChosen(event.detail.uscc)} />
      <p>
        已选择：<output id="chosen">{chosen ?? '—'}</output> · 已加载：<output id="loaded">{loaded}</output>
      </p>
      {chosen ? <tsgs-merchant-card uscc={chosen} variant="compact" ontsgs-load={() => setLoaded((n) => n + 1)} /> : null}
      {issues ? <tsgs-hot-issues id="hot" region="310000" data={issues} /> : null}
      <TsgsAlerts region="310000" limit={3} onTsgsLoad={() => document.body.setAttribute('data-alerts', 'loaded')} />
    </tsgs-provider>
  );
}
