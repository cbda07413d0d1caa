// The options page: the editor, or the review of a capture when the address says #review (=<tab>).
import { useEffect, useState } from 'preact/hooks';
import { OptionsApp } from '../OptionsApp';
import { ReviewApp } from './ReviewApp';

export function reviewTab(hash: string): number | null | undefined {
  const m = /^#review(?:=(\d+))?$/.exec(hash);
  if (!m) return undefined;
  return m[1] ? Number(m[1]) : null;
}

export function OptionsRoot() {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const on = () => setHash(location.hash);
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  const tab = reviewTab(hash);
  return tab === undefined ? <OptionsApp /> : <ReviewApp key={hash} tabId={tab} />;
}
