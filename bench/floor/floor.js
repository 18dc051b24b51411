// The floor of the bench: a hand-written page without framework, router or validation that fetches
// the same JSON as the dashboard and draws the same figures (work-area cards with their counts and
// progress; the measures list's count and its first rows). The dashboard's "ready" against this
// page's is the ratio bench/run.mjs prints. It reuses the dashboard's test ids and class names only
// so that one "ready" check fits both pages.
import { listData, listHeadings, onListPage, overviewData } from './floor-data.js';

const main = document.getElementById('main');

function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

async function overview() {
  const list = el('ul', { className: 'cards' });
  for (const area of await overviewData()) {
    const card = el('article', { className: 'area-card' }, el('h3', {}, area.name));
    card.append(el('p', { className: 'area-card__figures' }, area.figures));
    card.dataset.testid = 'area-card';
    list.append(el('li', {}, card));
  }
  main.replaceChildren(el('h1', {}, 'Übersicht'), list);
}

async function measuresList() {
  const { count, rows } = await listData();
  const body = el('tbody');
  for (const [id, title, ...rest] of rows) {
    body.append(el('tr', {}, el('td', {}, id), el('th', { scope: 'row' }, title), ...rest.map((c) => el('td', {}, c))));
  }
  const head = el('thead', {}, el('tr', {}, ...listHeadings.map((h) => el('th', { scope: 'col' }, h))));
  const countLine = el('p', { className: 'measures-toolbar__count' }, count);
  main.replaceChildren(el('h1', {}, 'Maßnahmen'), countLine, el('table', {}, head, body));
}

(onListPage() ? measuresList() : overview()).catch((error) => {
  main.replaceChildren(el('p', { role: 'alert' }, `Fehler: ${error.message}`));
});
