/** Projections of shipments and their confirmed receipt. */
import type { Handlers } from './projector.ts';

const todo = async (): Promise<void> => {
  throw new Error('delivery projections are not written yet');
};

export const deliveryHandlers: Handlers<'ShipmentRecorded' | 'ReceiptConfirmed'> = {
  ShipmentRecorded: todo,
  ReceiptConfirmed: todo,
};
