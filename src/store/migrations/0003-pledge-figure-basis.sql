-- Which figure the ledger uses for a pledge and why, where the public record offers several
-- (an amount, stated equivalents in other currencies, a later restatement). Free text, optional.
ALTER TABLE pledges ADD COLUMN figure_basis text;
