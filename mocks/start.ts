import { firstViewPainted } from '../src/lib/view-painted';
import { registerMockWorker } from './register-worker';
import { prepareScaledPlan } from './scaled-answer';
import { parseScenario } from './scenario';

/**
 * Starts msw for a mock scenario (`?mock=slow`, faults, scale; mock build only). A chunk of its own,
 * loaded only for a scenario: the plain sample plan needs none of this (decision 031).
 *
 * The worker is registered at once, so the browser fetches, installs and activates it while the msw
 * chunk downloads; msw's start() then finds it registered under the same URL (decisions 008, 021)
 * and, waiting for `controlled`, in control of the page. The msw chunk (~70 KiB gzip, decision
 * 026) is requested once the first view is painted: on a slow network it would otherwise share the
 * bandwidth with the view, whose intro is the largest paint. A view that never marks itself painted
 * (a crash page) waits at most a second after its chunk.
 */
export async function startMockScenario(scenario: string, viewLoaded: Promise<void>): Promise<void> {
  const controlled = registerMockWorker();
  const { scale } = parseScenario(scenario);
  if (scale !== undefined) prepareScaledPlan(scale);
  await Promise.race([firstViewPainted, viewLoaded.then(() => new Promise((resolve) => setTimeout(resolve, 1000)))]);
  const { startMock } = await import('./browser');
  await controlled;
  await startMock(scenario);
}
