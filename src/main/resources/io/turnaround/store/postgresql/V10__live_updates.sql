-- Live updates: every change of a case row (each save writes it; deleting a case deletes it) is announced on the channel
-- turnaround_cases with the case's id, after the transaction commits (PostgreSQL delivers notifications only then, and
-- once per distinct payload in a transaction). The windows listening refresh their list and the open case
-- (store/LiveUpdates.java).
CREATE FUNCTION turnaround_case_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('turnaround_cases', (CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END)::text);
    RETURN NULL;
END;
$$;
CREATE TRIGGER cases_announce AFTER INSERT OR UPDATE OR DELETE ON cases
    FOR EACH ROW EXECUTE FUNCTION turnaround_case_changed();
