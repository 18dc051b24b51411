import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/** A view's code could not be loaded (offline, or the file is gone after a new deployment). */
export class ViewLoadError extends Error {
  override name = 'ViewLoadError';

  /** Drops the failed import, so the view's next render imports again. */
  readonly forget: () => void;

  constructor(cause: unknown, forget: () => void) {
    super('view chunk failed to load', { cause });
    this.forget = forget;
  }
}

export function isViewLoadError(error: unknown): error is ViewLoadError {
  return error instanceof ViewLoadError;
}

// Views whose code has arrived, by their loader (the same function routes.tsx and route-preload.ts use).
const loaded = new WeakMap<() => Promise<unknown>, ComponentType<never>>();

/** Loads a view's code and remembers the component, so a view rendered later need not suspend. */
export function loadAndKeep<C>(load: () => Promise<C>): Promise<C> {
  return load().then((component) => {
    loaded.set(load, component as ComponentType<never>);
    return component;
  });
}

/**
 * Like React.lazy, but a failed import can be forgotten. React.lazy keeps the rejected promise, so
 * a view whose chunk failed once (network down in the meeting room) throws the same error until a
 * full reload. The error's `forget()` (called when the boundary shows the failure) puts a fresh
 * lazy in place: the next render after a retry, the `online` event or a navigation imports again.
 * It is not forgotten earlier: React renders the failed lazy once more to throw its error, and a
 * fresh import at that moment would fail and re-render forever while offline. The browser does
 * retry a failed dynamic import (checked in Chromium), so coming back online is enough.
 */
export function retryableLazy<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const state: { current: LazyExoticComponent<ComponentType<P>> } = { current: create() };

  function create(): LazyExoticComponent<ComponentType<P>> {
    const instance = lazy(() =>
      loadAndKeep(load).then(
        (component) => ({ default: component }),
        (cause: unknown) => {
          throw new ViewLoadError(cause, () => {
            if (state.current === instance) state.current = create();
          });
        },
      ),
    );
    return instance;
  }

  function RetryableLazyView(props: P) {
    // Already loaded (main.tsx preloads the first view before its first render): render it
    // directly. Through lazy() it would suspend once, and React commits the content that replaces
    // a fallback at the earliest 300 ms after the fallback appeared (its reveal throttle): an idle
    // gap before every first view (issue 12). A view that did suspend is rendered again from
    // scratch once its code is here, and loadAndKeep has recorded it by then: the lazy wrapper is
    // never committed and later replaced, which would remount the view (test in view-loading).
    const Loaded = loaded.get(load) as ComponentType<P> | undefined;
    if (Loaded) return <Loaded {...props} />;
    const View = state.current;
    return <View {...props} />;
  }
  return RetryableLazyView;
}
