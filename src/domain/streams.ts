/** Stream names of the package, allocation and delivery events: one stream per record. */
export const packageStream = (packageId: string): string => `package:${packageId}`;
export const requirementStream = (lineId: string): string => `requirement:${lineId}`;
export const allocationStream = (allocationId: string): string => `allocation:${allocationId}`;
export const shipmentStream = (shipmentId: string): string => `shipment:${shipmentId}`;
