// The floor drawn by React (decision 042): the same requests, figures and words as bench/floor
// (floor-data.js), rendered with react-dom into the same markup, and the lists requested by the
// HTML as the dashboard's builds do. No router, query cache, validation, texts or layout: what the
// dashboard costs beyond this page is its own code; what this page costs beyond the floor is React.
// Plain createElement, no JSX, so it builds without the React plugin.
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { listData, listHeadings, onListPage, overviewData } from '../floor/floor-data.js';

function Overview({ areas }) {
  return [
    h('h1', { key: 'h' }, 'Übersicht'),
    h(
      'ul',
      { key: 'cards', className: 'cards' },
      areas.map((area) =>
        h(
          'li',
          { key: area.id },
          h(
            'article',
            { className: 'area-card', 'data-testid': 'area-card' },
            h('h3', null, area.name),
            h('p', { className: 'area-card__figures' }, area.figures),
          ),
        ),
      ),
    ),
  ];
}

function MeasuresList({ count, rows }) {
  return [
    h('h1', { key: 'h' }, 'Maßnahmen'),
    h('p', { key: 'count', className: 'measures-toolbar__count' }, count),
    h(
      'table',
      { key: 'table' },
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          listHeadings.map((text) => h('th', { key: text, scope: 'col' }, text)),
        ),
      ),
      h(
        'tbody',
        null,
        rows.map(([id, title, ...rest]) =>
          h(
            'tr',
            { key: id },
            h('td', null, id),
            h('th', { scope: 'row' }, title),
            rest.map((text, i) => h('td', { key: i }, text)),
          ),
        ),
      ),
    ),
  ];
}

const main = document.getElementById('main');
const page = onListPage()
  ? listData().then((data) => h(MeasuresList, data))
  : overviewData().then((areas) => h(Overview, { areas }));
page.then(
  (element) => createRoot(main).render(element),
  (error) => createRoot(main).render(h('p', { role: 'alert' }, `Fehler: ${error.message}`)),
);
