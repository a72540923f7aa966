-- The time of the FeatureRequestLinked that last put a piece on its item. A merge travels under its target's key, so it
-- can arrive after a later link of the same piece (the hand-over of an erased target's merge); a merge older than this
-- link does not take the piece off. Null for rows counted from FeedbackReceived alone or before this column existed:
-- such a row is taken off by any merge, as before.
alter table item_feedback add column linked_at timestamptz;
