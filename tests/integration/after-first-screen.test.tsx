import { render, screen } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import { describe, expect, it } from 'vitest';
import { AfterFirstScreen } from '../../src/components/after-first-screen';

/** Records, when its commit reaches the DOM, whether the deferred text is in the document yet. */
function FirstScreen({ seen }: { seen: boolean[] }) {
  useLayoutEffect(() => {
    seen.push(document.body.textContent?.includes('Diagramme und Kennzahlen') ?? false);
  }, [seen]);
  return <h1>Übersicht</h1>;
}

describe('AfterFirstScreen', () => {
  it('leaves its content out of the first commit and renders it right after', async () => {
    const seen: boolean[] = [];
    render(
      <>
        <FirstScreen seen={seen} />
        <AfterFirstScreen>
          <h2>Diagramme und Kennzahlen</h2>
        </AfterFirstScreen>
      </>,
    );
    expect(await screen.findByRole('heading', { level: 2, name: 'Diagramme und Kennzahlen' })).toBeVisible();
    // The first screen was committed (and could paint) without the part below it.
    expect(seen).toEqual([false]);
    expect(screen.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();
  });
});
