/** The type of a projection: for some event types, how each updates the read tables. */
import type { EventType, StoredEvent } from '../../domain/events.ts';
import type { Queryable } from '../db.ts';

export type Stored<T extends EventType> = Extract<StoredEvent, { type: T }>;

export type Handlers<T extends EventType> = { [K in T]: (tx: Queryable, e: Stored<K>) => Promise<void> };
