-- What the portfolio shows of each plan's pipeline, kept beside the document as the other
-- listed columns are: the open opportunities' value and weighted value, what was won, and the
-- revenue objectives' gap. A plan saved before this version shows none until its next save.
ALTER TABLE plans
    ADD COLUMN pipeline bigint NOT NULL DEFAULT 0,
    ADD COLUMN weighted bigint NOT NULL DEFAULT 0,
    ADD COLUMN won      bigint NOT NULL DEFAULT 0,
    ADD COLUMN gap      bigint NOT NULL DEFAULT 0;
