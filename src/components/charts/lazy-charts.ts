import { lazy } from 'react';

/**
 * The chart components, each behind React.lazy: recharts (~100 KiB gzip) must never reach the
 * entry chunk. Import charts only through this file; it has no static recharts import.
 */
export const LazyStatusByAreaChart = lazy(() => import('./status-by-area-chart'));
export const LazySeriesLineChart = lazy(() => import('./line-chart'));
