-- Quantities confirmed lost: a shipment received short. The supplier may ship that much again.
ALTER TABLE package_lines ADD COLUMN lost bigint NOT NULL DEFAULT 0;
