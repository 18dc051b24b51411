import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/components/error-boundary';

function Bomb(): never {
  throw new Error('kaputt');
}

function Harness() {
  const [armed, setArmed] = useState(true);
  return (
    <ErrorBoundary
      fallback={(reset) => (
        <div role="alert">
          <p>Etwas ist schiefgelaufen</p>
          <button
            type="button"
            onClick={() => {
              setArmed(false);
              reset();
            }}
          >
            Erneut
          </button>
        </div>
      )}
    >
      {armed ? <Bomb /> : <p>wieder da</p>}
    </ErrorBoundary>
  );
}

describe('ErrorBoundary', () => {
  it('shows the fallback instead of a blank page and can recover', async () => {
    // React reports the caught error on the console; that is expected here, not a test failure.
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const user = userEvent.setup();
    render(<Harness />);
    expect(screen.getByRole('alert')).toHaveTextContent('Etwas ist schiefgelaufen');
    await user.click(screen.getByRole('button', { name: 'Erneut' }));
    expect(screen.getByText('wieder da')).toBeInTheDocument();
    consoleError.mockRestore();
  });
});
