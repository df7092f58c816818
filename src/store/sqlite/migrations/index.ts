// Every migration, in version order. Migrations are TypeScript modules holding SQL (not .sql
// files) so the compiled program carries them without a copy step. Never edit a released one:
// add the next number.
import type { Migration } from '../migrate.js';
import { initial } from './001-initial.js';
import { knowledgeBase } from './002-kb.js';
import { eventOrder } from './003-event-order.js';

export const MIGRATIONS: readonly Migration[] = [initial, knowledgeBase, eventOrder];
