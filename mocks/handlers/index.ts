import { indicatorHandlers } from './indicators';
import { measureHandlers } from './measures';
import { meetingHandlers } from './meetings';
import { planHandlers } from './plan';
import { workAreaHandlers } from './work-areas';

export const handlers = [...planHandlers, ...workAreaHandlers, ...measureHandlers, ...indicatorHandlers, ...meetingHandlers];
