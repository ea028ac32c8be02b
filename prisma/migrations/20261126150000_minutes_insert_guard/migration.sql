-- Written by hand. 20261126134635_minutes_actions_arising refuses UPDATE and DELETE of the
-- text of signed minutes; an INSERT of a new item, decision or action arising into a
-- signed version (approved, distributed, confirmed or superseded) got through. The
-- database now refuses those too, whoever asks: a signed version's text is complete. A
-- correction is a new DRAFT version, written before it is signed, so it is unaffected;
-- the demo seed likewise writes its minutes as drafts and seals them afterwards.
CREATE OR REPLACE FUNCTION tabled_minutes_text_insert_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  signed text;
BEGIN
  IF TG_TABLE_NAME = 'MinutesItem' THEN
    SELECT v.status::text INTO signed FROM "MinutesVersion" v
     WHERE v.id = NEW."minutesVersionId"
       AND v.status IN ('APPROVED', 'DISTRIBUTED', 'CONFIRMED', 'SUPERSEDED');
  ELSIF NEW."minutesItemId" IS NOT NULL THEN
    signed := tabled_minutes_signed_status(ARRAY[NEW."minutesItemId"]);
  END IF;
  IF signed IS NOT NULL THEN
    RAISE EXCEPTION 'this would add to % minutes, which cannot be changed; start a correction', lower(signed)
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER minutes_item_insert_guard BEFORE INSERT ON "MinutesItem"
  FOR EACH ROW EXECUTE FUNCTION tabled_minutes_text_insert_guard();
CREATE TRIGGER minutes_decision_insert_guard BEFORE INSERT ON "Decision"
  FOR EACH ROW EXECUTE FUNCTION tabled_minutes_text_insert_guard();
CREATE TRIGGER minutes_action_arising_insert_guard BEFORE INSERT ON "MinutesActionArising"
  FOR EACH ROW EXECUTE FUNCTION tabled_minutes_text_insert_guard();
