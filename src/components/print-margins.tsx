import { useStore } from '@nanostores/react';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { planQuery } from '../api/queries';
import { useLanguage } from '../i18n/i18n';
import { appMessages } from '../i18n/messages';
import { formatDate } from '../lib/format';

/**
 * The texts of the printed page margins (src/styles/print.css: @page margin boxes). CSS cannot
 * read them from the DOM, so they are handed over as custom properties on <html> holding CSS
 * strings. setProperty is CSSOM, allowed under the strict CSP (no inline <style>); a value that is
 * not a valid CSS string is rejected by the browser, so a hostile plan title cannot inject rules.
 */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, ' ')}"`;
}

// The custom properties live in one constructed stylesheet, in a rule under `@media print`. Set on
// <html>'s own style (as before), every change restyled every element of the page, because custom
// properties inherit: after the first render with the plan that was a second full style pass over
// the view, ~1,050 elements and 10-20 ms on the measures list at 65 measures (trace; decision 027).
// A rule that matches only in print changes nothing on screen. Browsers without adoptedStyleSheets
// (and jsdom) keep the old way.
let printRule: CSSStyleDeclaration | undefined;

function marginStyle(): CSSStyleDeclaration {
  if (printRule) return printRule;
  if (typeof CSSStyleSheet === 'undefined' || !Array.isArray(document.adoptedStyleSheets)) return document.documentElement.style;
  try {
    const sheet = new CSSStyleSheet();
    sheet.insertRule('@media print { :root {} }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    printRule = ((sheet.cssRules[0] as CSSMediaRule).cssRules[0] as CSSStyleRule).style;
    return printRule;
  } catch {
    return document.documentElement.style;
  }
}

function setMargin(name: string, text: string | undefined): void {
  const style = marginStyle();
  if (text === undefined) style.removeProperty(name);
  else style.setProperty(name, cssString(text));
}

/** Plan title, Datenstand and "Seite x von y" for every printed view; mounted once per shell. */
export function PrintMargins() {
  const t = useStore(appMessages);
  const lang = useLanguage();
  const { data: plan } = useQuery(planQuery());
  const title = plan?.title;
  const stand = plan
    ? [t.dataDate({ date: formatDate(plan.dataDate, lang) }), plan.illustrative ? t.illustrative : ''].filter(Boolean).join(' · ')
    : undefined;
  useEffect(() => {
    setMargin('--print-title', title);
    setMargin('--print-stand', stand);
    setMargin('--print-page', t.printPage);
    setMargin('--print-of', t.printOf);
  }, [title, stand, t.printPage, t.printOf]);
  return null;
}

/** A view that shows other data than the Datenstand (a pinned meeting) says so in the margin. */
export function usePrintStand(text: string | undefined): void {
  useEffect(() => {
    setMargin('--print-stand-override', text);
    return () => setMargin('--print-stand-override', undefined);
  }, [text]);
}
