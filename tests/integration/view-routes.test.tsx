import { renderHook, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { parse } from 'regexparam';
import { describe, expect, it } from 'vitest';
import { Router, useRoute, type Parser } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { matchView } from '../../src/app/route-preload';
import { AppRoutes } from '../../src/app/routes';
import { viewRoutes } from '../../src/app/view-routes';
import { pathParam, paths } from '../../src/lib/paths';
import { renderWithProviders } from '../render';

/**
 * routes.tsx renders the views and route-preload.ts starts their chunks and data before the first
 * render; both read view-routes.ts. These tests hold the three together: every route the router
 * knows has an entry, and the preload picks the view and the id the router then renders.
 */

const entries = Object.entries(viewRoutes);

/** The view and id wouter itself gives for `href`, read as routes.tsx reads it (`pathParam`). */
function routerView(href: string): { name: string; id: string } | undefined {
  const { hook } = memoryLocation({ path: href });
  const wrapper = ({ children }: { children: ReactNode }) => <Router hook={hook}>{children}</Router>;
  for (const [name, route] of entries) {
    const { result, unmount } = renderHook(() => useRoute<{ id?: string }>(route.pattern), { wrapper });
    const [match, params] = result.current;
    unmount();
    if (match) return { name, id: params.id === undefined ? '' : pathParam(params.id) };
  }
  return undefined;
}

function preloadedView(href: string): { name: string; id: string | undefined } | undefined {
  const matched = matchView(href);
  const name = entries.find(([, route]) => route === matched?.route)?.[0];
  return matched && name ? { name, id: matched.id } : undefined;
}

describe('view routes', () => {
  it('every <Route> of routes.tsx has an entry, and every entry is routed', async () => {
    // At an unknown address each <Switch> tries every route in turn, asking the parser for each.
    const asked = new Set<string>();
    const recordingParser: Parser = (route, loose) => {
      asked.add(route);
      return parse(route, loose);
    };
    renderWithProviders(
      <Router parser={recordingParser}>
        <AppRoutes />
      </Router>,
      { path: '/gibt-es-nicht' },
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Seite nicht gefunden' })).toBeInTheDocument();
    expect(await screen.findByText('Datenstand: 16.11.2026')).toBeInTheDocument();
    asked.delete('*'); // the catch-all routes (layout, not found)
    expect([...asked].sort()).toEqual(entries.map(([, route]) => route.pattern).sort());
  });

  it('the preload picks the view the router renders, on every route', () => {
    for (const [name, route] of entries) {
      const href = route.pattern.replace(':id', 'HH-02');
      expect(preloadedView(href), href).toEqual(routerView(href));
      expect(preloadedView(href)?.name).toBe(name);
    }
  });

  it('reads ids as the router does: plain, with an escaped slash, with a literal %', () => {
    const hrefs = [
      paths.measure('HH-02'),
      paths.workArea('HH-02'),
      paths.measure('a/b'), // written by the app: /massnahmen/a%252Fb
      '/massnahmen/a%2Fb', // typed or pasted: wouter's decodeURI keeps %2F, pathParam reads it
      paths.measure('a%2Fb'), // an id that contains "%2F" itself
      paths.measure('Ä ö?#'),
    ];
    for (const href of hrefs) expect(preloadedView(href), href).toEqual(routerView(href));
    expect(preloadedView('/massnahmen/a%2Fb')?.id).toBe('a/b');
    expect(preloadedView(paths.measure('a%2Fb'))?.id).toBe('a%2Fb');
  });

  it('an undecodable id: the same view as the router, but no id to ask the API for', () => {
    const href = '/massnahmen/%E0%A4%A';
    // wouter cannot decode it either and hands the measure page the raw text, which it does not find.
    expect(routerView(href)).toEqual({ name: 'measure', id: '%E0%A4%A' });
    expect(preloadedView(href)).toEqual({ name: 'measure', id: undefined });
  });

  it('an unknown address matches no view, for both', () => {
    expect(preloadedView('/gibt-es-nicht')).toBeUndefined();
    expect(routerView('/gibt-es-nicht')).toBeUndefined();
  });
});
